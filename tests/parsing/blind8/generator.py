"""Draws the eighth blind set: every layout for its seeds, each from `blind8/<layout>/<seed>`."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.parsing.blind.model import Expected

from .layouts import LAYOUTS


@dataclass(frozen=True)
class Drawn(Expected):
    """An expected invoice and, when its due date comes from terms alone, those terms."""

    terms: str | None = None


def generate(
    out: Path,
    subsets: Sequence[str],
    seeds: Iterable[int] | None = None,
    layouts: Iterable[str] | None = None,
) -> list[Expected]:
    if set(subsets) != {"text"}:
        raise SystemExit("blind8 holds text PDFs only: run it with --subset text")
    folder = out / "text"
    folder.mkdir(parents=True, exist_ok=True)
    chosen = set(layouts) if layouts is not None else None
    picked = list(seeds) if seeds is not None else None
    expected: list[Expected] = []
    for layout in LAYOUTS:
        if chosen is not None and layout.key not in chosen:
            continue
        for seed in picked if picked is not None else range(layout.seeds):
            name = f"{layout.key}-{seed:03d}.pdf"
            rng = random.Random(f"blind8/{layout.key}/{seed}")
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
