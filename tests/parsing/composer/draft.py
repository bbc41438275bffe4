"""The state one invoice is composed with: its facts, the choices drawn for it, and the pen."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tests.parsing.composer.facts import Facts
from tests.parsing.composer.formats import amount_writer, date_writer
from tests.parsing.composer.labels import LABELS
from tests.parsing.composer.sheet import FACES, Sheet


@dataclass
class Draft:
    rng: random.Random
    facts: Facts
    sheet: Sheet
    size: float
    margin: float
    money: Callable[[Decimal], str]
    day: Callable[[date], str]
    picks: dict[str, object] = field(default_factory=dict)
    y: float = 0.0

    @classmethod
    def start(cls, rng: random.Random, facts: Facts) -> Draft:
        american = facts.country in ("US", "CA")
        paper = "Letter" if american == (rng.random() < 0.85) else "A4"
        face = rng.choice(FACES)
        top = 9.0 if face == "Courier" else 11.0
        size = rng.choice([s / 2 for s in range(14, int(top * 2) + 1)])
        draft = cls(rng, facts, Sheet(paper=paper, face=face), size, rng.uniform(30, 52),
                    amount_writer(rng, facts.country), date_writer(rng, facts.country,
                                                                   facts.language))  # fmt: skip
        vocabulary = LABELS[facts.language]
        for key, values in vocabulary.items():
            draft.picks[key] = rng.choice(values) if isinstance(values, tuple) else values
        return draft

    @property
    def step(self) -> float:
        return self.size * 1.3

    @property
    def width(self) -> float:
        return self.sheet.width

    @property
    def right_edge(self) -> float:
        return self.sheet.width - self.margin

    @property
    def bottom(self) -> float:
        return self.sheet.height - self.margin - 3 * self.step

    def digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def fill(self, template: str) -> str:
        return template.format(d4=self.digits(4), d5=self.digits(5), d6=self.digits(6),
                               date=self.day(self.facts.issued))  # fmt: skip

    def lines(self, x: float, y: float, values: list[str], size: float | None = None,
              bold_first: bool = False, align: str = "left") -> float:  # fmt: skip
        """Writes lines from baseline y; returns the baseline after the last one."""
        size = size or self.size
        for index, value in enumerate(values):
            bold = bold_first and index == 0
            if align == "right":
                self.sheet.right(x, y, value, size, bold)
            elif align == "centre":
                self.sheet.centre(x, y, value, size, bold)
            else:
                self.sheet.text(x, y, value, size, bold)
            y += size * 1.3
        return y

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        out, line = [], ""
        for word in text.split():
            candidate = f"{line} {word}".strip()
            if line and self.sheet.measure(candidate, size) > width:
                out.append(line)
                line = word
            else:
                line = candidate
        return out + ([line] if line else [])
