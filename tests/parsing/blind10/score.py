"""Measures `relance parse` on the tenth blind set: `python -m tests.parsing.blind10.score`.

Draws the PDFs into a temporary folder (or --out), proves the truth against them, runs
`relance parse --json` over batches of files and prints the exact rate per field, with the
first set's scorer and this set's generator and self-check. The set holds text PDFs only:
use `--subset text`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tests.parsing.blind.score import main as score_main

from .generator import generate
from .selfcheck import check_all


def main(argv: Sequence[str] | None = None) -> int:
    return score_main(argv, generate, check_all, name="blind10", about=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
