"""Draws the sixth blind set: each layout's seeds as text PDFs, with each invoice's truth.

Every invoice's random stream is seeded by `blind6/<layout>/<seed>` alone, so a seed always
draws the same PDF; nothing generated is kept in git.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from pathlib import Path

from tests.parsing.blind.model import Expected

from .layouts import LAYOUTS


def generate(
    out: Path,
    subsets: Sequence[str],
    seeds: Iterable[int] | None = None,
    layouts: Iterable[str] | None = None,
) -> list[Expected]:
    if tuple(subsets) != ("text",):
        raise SystemExit("the sixth blind set holds text PDFs only: use --subset text")
    wanted = set(layouts) if layouts is not None else None
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    expected: list[Expected] = []
    for layout in LAYOUTS:
        if wanted is not None and layout.key not in wanted:
            continue
        for seed in seeds if seeds is not None else range(layout.seeds):
            rng = random.Random(f"blind6/{layout.key}/{seed}")
            name = f"{layout.key}-{seed:03d}.pdf"
            for pages, bill in layout.draw(rng, seed, folder / name):
                expected.append(
                    Expected(
                        file=name,
                        pages=pages,
                        layout=layout.key,
                        seed=seed,
                        subset="text",
                        deduction=bill.deduction,
                        credit_note=bill.credit_note,
                        truth=bill.truth(),
                    )
                )
    return expected
