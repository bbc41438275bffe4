"""Writes the fourth blind set's PDFs into a folder and says what each one should read as."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from tests.parsing.blind.model import Expected

from .layouts import LAYOUTS
from .layouts.base import Layout
from .sheet import SHEETS

SUBSETS = ("text",)


def write_file(layout: Layout, seed: int, path: Path) -> Expected:
    sheet = SHEETS[layout.producer](path, layout.letter)
    inv = layout.invoice(random.Random(f"blind4/{layout.key}/{seed}"), seed)
    layout.draw(sheet, inv)
    sheet.save()
    return Expected(
        file=path.name,
        pages=tuple(range(1, sheet.number + 1)),
        layout=layout.key,
        seed=seed,
        subset="text",
        deduction=bool(inv.deductions),
        credit_note=inv.credit_note,
        truth=inv.truth(),
    )


def generate(
    folder: Path,
    subsets: Sequence[str] = SUBSETS,
    seeds: Sequence[int] | None = None,
    layouts: Sequence[str] | None = None,
) -> list[Expected]:
    """Every file of the text subset (this set has no scans); `seeds` and `layouts` narrow it."""
    if tuple(subsets) != SUBSETS:
        raise SystemExit("the fourth blind set holds text PDFs only: use --subset text")
    chosen = [layout for layout in LAYOUTS if layouts is None or layout.key in layouts]
    (folder / "text").mkdir(parents=True, exist_ok=True)
    expected = []
    for layout in chosen:
        for seed in range(layout.seeds) if seeds is None else seeds:
            expected.append(
                write_file(layout, seed, folder / "text" / f"{layout.key}-{seed:03d}.pdf")
            )
    return expected
