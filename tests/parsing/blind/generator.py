"""Writes the blind set's PDFs into a folder and returns what each one should read as."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4

from .layouts import LAYOUTS
from .layouts.common import Layout
from .model import Expected, Invoice
from .pen import new_canvas
from .scans import SCAN_LAYOUTS, SCAN_SEEDS, scan

SUBSETS = ("text", "scans")


def make_invoice(layout: Layout, seed: int) -> Invoice:
    return layout.invoice(random.Random(f"{layout.key}:{seed}"), seed)


def batches(layout: Layout, seeds: Sequence[int]) -> Iterator[list[int]]:
    """Consecutive seeds grouped into files, cycling through the layout's batch sizes."""
    start = 0
    for index in range(len(seeds)):
        if start >= len(seeds):
            return
        size = layout.batch_sizes[index % len(layout.batch_sizes)]
        yield list(seeds[start : start + size])
        start += size


def write_file(layout: Layout, seeds: Sequence[int], path: Path, subset: str) -> list[Expected]:
    canvas = new_canvas(path, A4)
    expected = []
    for seed in seeds:
        inv = make_invoice(layout, seed)
        canvas.setPageSize(A4)
        canvas.setPageRotation(0)
        first = canvas.getPageNumber()
        layout.draw(canvas, inv)
        last = canvas.getPageNumber()
        canvas.showPage()
        expected.append(
            Expected(
                file=path.name,
                pages=tuple(range(first, last + 1)),
                layout=layout.key,
                seed=seed,
                subset=subset,
                deduction=bool(inv.deductions),
                credit_note=inv.credit_note,
                truth=inv.truth(),
            )
        )
    canvas.save()
    return expected


def generate(
    folder: Path,
    subsets: Sequence[str] = SUBSETS,
    seeds: Sequence[int] | None = None,
    layouts: Sequence[str] | None = None,
) -> list[Expected]:
    """Every file of the chosen subsets; `seeds` and `layouts` narrow the set (for tests).

    Scans are drawn first as text PDFs under `sources/` (kept for the self-check), then
    rasterised and degraded into image-only PDFs under `scans/`.
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
                source = folder / "sources" / name
                expected += write_file(layout, [seed], source, "scans")
                scan(source, folder / "scans" / name, random.Random(name))
    return expected
