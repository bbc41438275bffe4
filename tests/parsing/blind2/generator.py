"""Writes the second blind set's PDFs into a folder and says what each one should read as."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from tests.parsing.blind.model import Expected, Invoice

from .layouts import LAYOUTS
from .layouts.base import Layout
from .scanner import scan
from .sheet import PRODUCERS

SUBSETS = ("text", "scans")
SCAN_LAYOUTS = (
    "fr_syndic",
    "fr_avocat",
    "fr_creche",
    "fr_plombier",
    "be_fiduciaire",
    "uk_merchant",
    "us_print",
)
SCAN_SEEDS = (700, 701, 702)


def make_invoice(layout: Layout, seed: int) -> Invoice:
    return layout.invoice(random.Random(f"blind2:{layout.key}:{seed}"), seed)


def batches(layout: Layout, seeds: Sequence[int]) -> Iterator[list[int]]:
    """Consecutive seeds grouped into files, cycling through the layout's batch sizes."""
    start, turn = 0, 0
    while start < len(seeds):
        size = layout.batch_sizes[turn % len(layout.batch_sizes)]
        yield list(seeds[start : start + size])
        start, turn = start + size, turn + 1


def write_file(layout: Layout, seeds: Sequence[int], path: Path, subset: str) -> list[Expected]:
    sheet = PRODUCERS[layout.producer](path)
    expected = []
    for seed in seeds:
        inv = make_invoice(layout, seed)
        first = sheet.number + 1
        layout.draw(sheet, inv)
        expected.append(
            Expected(
                file=path.name,
                pages=tuple(range(first, sheet.number + 1)),
                layout=layout.key,
                seed=seed,
                subset=subset,
                deduction=bool(inv.deductions),
                credit_note=inv.credit_note,
                truth=inv.truth(),
            )
        )
    sheet.save()
    return expected


def generate(
    folder: Path,
    subsets: Sequence[str] = SUBSETS,
    seeds: Sequence[int] | None = None,
    layouts: Sequence[str] | None = None,
) -> list[Expected]:
    """Every file of the chosen subsets; `seeds` and `layouts` narrow the set (for tests).

    Scans are drawn first as text PDFs under `sources/` (the self-check reads those), then
    rendered and worn into image-only PDFs under `scans/`.
    """
    chosen = [layout for layout in LAYOUTS if layouts is None or layout.key in layouts]
    expected: list[Expected] = []
    if "text" in subsets:
        (folder / "text").mkdir(parents=True, exist_ok=True)
        for layout in chosen:
            numbers = list(range(layout.seeds)) if seeds is None else list(seeds)
            for group in batches(layout, numbers):
                path = folder / "text" / f"{layout.key}-{group[0]:03d}.pdf"
                expected += write_file(layout, group, path, "text")
    if "scans" in subsets:
        (folder / "sources").mkdir(parents=True, exist_ok=True)
        (folder / "scans").mkdir(parents=True, exist_ok=True)
        for layout in chosen:
            if layout.key not in SCAN_LAYOUTS:
                continue
            for seed in SCAN_SEEDS if seeds is None else SCAN_SEEDS[:1]:
                name = f"scan-{layout.key}-{seed:03d}.pdf"
                expected += write_file(layout, [seed], folder / "sources" / name, "scans")
                scan(folder / "sources" / name, folder / "scans" / name, random.Random(name))
    return expected
