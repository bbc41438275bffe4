"""Measures `relance parse` on the blind set: `python -m tests.parsing.blind.score`.

Generates the PDFs into a temporary folder (or --out), proves the truth against them, runs
`relance parse --json` over batches of files and prints the exact rate per field.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .generator import generate
from .model import Expected
from .scoring import FIELDS, Record, score
from .selfcheck import check_all

BATCH = 20

Drawer = Callable[[Path, Sequence[str]], list[Expected]]
Prover = Callable[[Path, Iterable[Expected]], list[str]]


def relance_command() -> str:
    beside = Path(sys.executable).parent / "relance"
    return str(beside) if beside.exists() else "relance"


def parse(files: Sequence[Path], batch: int) -> list[Record]:
    """Every JSON line `relance parse --json` prints, batch after batch of files."""
    records: list[Record] = []
    for start in range(0, len(files), batch):
        chunk = [str(f) for f in files[start : start + batch]]
        done = subprocess.run(
            [relance_command(), "parse", "--json", *chunk],
            capture_output=True,
            text=True,
            timeout=120 + 60 * len(chunk),
            check=False,
        )
        for line in done.stdout.splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
        print(f"parsed {min(start + batch, len(files))}/{len(files)} files", file=sys.stderr)
    return records


def table(name: str, figures: dict[str, Any]) -> str:
    lines = [f"== {name}: {figures['invoices']} invoices", f"{'field':<14} exact"]
    for field, rate in figures["exact"].items():
        lines.append(
            f"{field:<14} {rate * 100:6.1f} %" if rate is not None else f"{field:<14}   n/a"
        )
    deductions = figures["total_due_on_deductions"]
    rows = (
        ("all fields exact", f"{(figures['all_fields_exact'] or 0) * 100:.1f} %"),
        (
            "total_due on invoices with deductions",
            f"{deductions['exact']} of {deductions['of']}"
            + (f" ({deductions['rate'] * 100:.1f} %)" if deductions["rate"] is not None else ""),
        ),
        (
            "credit notes with the right (negative) sign",
            "{right} of {of}".format(**figures["credit_notes_negative"]),
        ),
        ("records missing", str(figures["records_missing"])),
        ("records extra (no such invoice)", str(figures["records_extra"])),
        ("files answered with an error", str(figures["file_errors"])),
        ("wrong records", str(figures["wrong_records"])),
        ("wrong with empty problems and confidence >= 0.5", str(figures["wrong_silent"])),
    )
    lines += [f"{label}: {value}" for label, value in rows]
    return "\n".join(lines)


def run(
    subset: str, out: Path, batch: int, drawer: Drawer = generate, prover: Prover = check_all
) -> dict[str, Any]:
    """Scores one subset; `drawer` and `prover` make and self-check another set's files."""
    subsets = ("text", "scans") if subset == "all" else (subset,)
    expected = drawer(out, subsets)
    problems = prover(out, expected)
    if problems:
        raise SystemExit("the truth does not match the PDFs:\n" + "\n".join(problems))
    files = sorted({out / item.subset / item.file for item in expected})
    (out / "truth.json").write_text(
        json.dumps([item.as_json() for item in expected], ensure_ascii=False, indent=1)
    )
    records = parse(files, batch)
    (out / "records.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    )
    groups: dict[str, list[Expected]] = {s: [e for e in expected if e.subset == s] for s in subsets}
    if subset == "all":
        groups["all"] = list(expected)
    report = {
        "fields": [name for name, _, _ in FIELDS],
        "files": len(files),
        "subsets": {name: score(items, records).as_json() for name, items in groups.items()},
    }
    (out / "report.json").write_text(json.dumps(report, indent=2))
    return report


def main(
    argv: Sequence[str] | None = None,
    drawer: Drawer = generate,
    prover: Prover = check_all,
    name: str = "blind",
    about: str | None = None,
) -> int:
    parser = argparse.ArgumentParser(description=about or __doc__)
    parser.add_argument("--subset", choices=("text", "scans", "all"), default="all")
    parser.add_argument("--out", type=Path, help="keep the PDFs, truth, records and report here")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--batch", type=int, default=BATCH, help="files per relance call")
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix=f"relance-{name}-"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        report = run(args.subset, folder, args.batch, drawer, prover)
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print("\n\n".join(table(name, figures) for name, figures in report["subsets"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
