"""Draws the tenth set's PDFs and their truth from the seed alone (nothing is kept in git)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from pathlib import Path

from tests.parsing.blind.model import Expected
from tests.parsing.blind9.generator import Drawn

from .layouts import LAYOUTS


def generate(
    out: Path,
    subsets: Sequence[str],
    seeds: Iterable[int] | None = None,
    layouts: Iterable[str] | None = None,
) -> list[Expected]:
    if "scans" in subsets:
        raise SystemExit("the tenth blind set holds text PDFs only: use --subset text")
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set(layouts) if layouts is not None else None
    chosen = list(seeds) if seeds is not None else None
    expected: list[Expected] = []
    for layout in LAYOUTS:
        if wanted is not None and layout.key not in wanted:
            continue
        for seed in chosen if chosen is not None else range(layout.seeds):
            name = f"{layout.key}-{seed:03d}.pdf"
            rng = random.Random(f"blind10/{layout.key}/{seed}")
            for piece in layout.draw(folder / name, rng, seed):
                invoice = piece.invoice
                expected.append(
                    Drawn(
                        file=name,
                        pages=piece.pages,
                        layout=layout.key,
                        seed=seed,
                        subset="text",
                        deduction=any(d.amount > 0 for d in invoice.deductions),
                        credit_note=invoice.credit_note,
                        truth=invoice.truth(),
                        terms=piece.terms,
                    )
                )
    return expected
