"""Draws the fifth blind set's PDFs from the seeds alone and returns the truth of each."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from pathlib import Path

from tests.parsing.blind.model import Expected

from .layouts import LAYOUTS
from .layouts.base import Layout
from .sheet import FpdfSheet, LabSheet, Sheet


def sheet_for(layout: Layout, seed: int, path: Path) -> Sheet:
    if layout.producer == "fpdf2":
        return FpdfSheet(path, layout.size)
    return LabSheet(path, layout.size, layout.turn(seed))


def draw_one(layout: Layout, seed: int, folder: Path) -> Expected:
    invoice = layout.make(random.Random(f"blind5/{layout.key}/{seed}"), seed)
    name = f"{layout.key}-{seed:03d}.pdf"
    sheet = sheet_for(layout, seed, folder / name)
    layout.draw(sheet, invoice)
    pages = sheet.save()
    return Expected(
        file=name,
        pages=tuple(range(1, pages + 1)),
        layout=layout.key,
        seed=seed,
        subset="text",
        deduction=bool(invoice.deductions),
        credit_note=invoice.credit_note,
        truth=invoice.truth(),
    )


def generate(
    out: Path,
    subsets: Sequence[str] = ("text",),
    seeds: Iterable[int] | None = None,
    layouts: Iterable[str] | None = None,
) -> list[Expected]:
    """Every invoice of the chosen layouts and seeds, drawn into `out/text/`."""
    if set(subsets) != {"text"}:
        raise SystemExit("the fifth blind set holds text PDFs only: use --subset text")
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set(layouts) if layouts is not None else None
    chosen = [layout for layout in LAYOUTS if wanted is None or layout.key in wanted]
    return [
        draw_one(layout, seed, folder)
        for layout in chosen
        for seed in (seeds if seeds is not None else range(layout.seeds))
    ]
