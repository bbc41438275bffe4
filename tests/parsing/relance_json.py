"""What the synthetic sets' scorers read: `relance parse --json` run over their files, the command
a user runs rather than the library, so that a set measures the whole chain."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path


def parse_files(folder: Path, names: Iterable[str], per_call: int = 0) -> dict[str, dict]:
    """Each file's first record, by file name; `per_call` files per command (0: all at once)."""
    relance = Path(sys.executable).with_name("relance")
    files = [str(folder / name) for name in names]
    step = per_call or len(files) or 1
    found: dict[str, dict] = {}
    for start in range(0, len(files), step):
        run = subprocess.run([relance, "parse", "--json", *files[start : start + step]],
                             capture_output=True, text=True, check=False)  # fmt: skip
        for line in run.stdout.splitlines():
            record = json.loads(line)
            found.setdefault(Path(record["file"]).name, record)
    return found


def silent(record: dict) -> bool:
    """Would reach a debtor unchecked: no problem named and confidence at or above 0.5."""
    return not record.get("problems") and (record.get("confidence") or 0) >= 0.5
