"""Writes the third blind set's PDFs into a folder and says what each one should read as."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from tests.parsing.blind.model import Expected, Invoice

from .layouts import LAYOUTS
from .layouts.base import Layout
from .press import PRESSES

SUBSETS = ("text",)


def make_invoice(layout: Layout, seed: int) -> Invoice:
    return layout.invoice(random.Random(f"blind3/{layout.key}/{seed}"), seed)


def batches(layout: Layout, seeds: Sequence[int]) -> Iterator[list[int]]:
    """Consecutive seeds grouped into files, cycling through the layout's batch sizes."""
    start, turn = 0, 0
    while start < len(seeds):
        size = layout.batch_sizes[turn % len(layout.batch_sizes)]
        yield list(seeds[start : start + size])
        start, turn = start + size, turn + 1


def write_file(layout: Layout, seeds: Sequence[int], path: Path) -> list[Expected]:
    press = PRESSES[layout.producer](path)
    expected = []
    for seed in seeds:
        inv = make_invoice(layout, seed)
        first = press.number + 1
        layout.draw(press, inv)
        expected.append(
            Expected(
                file=path.name,
                pages=tuple(range(first, press.number + 1)),
                layout=layout.key,
                seed=seed,
                subset="text",
                deduction=bool(inv.deductions),
                credit_note=inv.credit_note,
                truth=inv.truth(),
            )
        )
    press.save()
    return expected


def generate(
    folder: Path,
    subsets: Sequence[str] = SUBSETS,
    seeds: Sequence[int] | None = None,
    layouts: Sequence[str] | None = None,
) -> list[Expected]:
    """Every file of the text subset (this set has no scans); `seeds` and `layouts` narrow it."""
    if tuple(subsets) != SUBSETS:
        raise SystemExit("the third blind set holds text PDFs only: use --subset text")
    chosen = [layout for layout in LAYOUTS if layouts is None or layout.key in layouts]
    expected: list[Expected] = []
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for layout in chosen:
        numbers = list(range(layout.seeds)) if seeds is None else list(seeds)
        for group in batches(layout, numbers):
            path = folder / "text" / f"{layout.key}-{group[0]:03d}.pdf"
            expected += write_file(layout, group, path)
    return expected
