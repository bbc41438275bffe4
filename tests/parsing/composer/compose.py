"""One invoice composed from a seed: building blocks drawn and placed, then rendered."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.parsing.composer import blocks, body
from tests.parsing.composer.draft import Draft
from tests.parsing.composer.facts import Facts, draw
from tests.parsing.composer.sheet import PRODUCERS


@dataclass(frozen=True)
class Composed:
    name: str
    pdf: bytes
    truth: dict[str, object]
    facts: Facts
    choices: dict[str, object]


def compose(seed: int) -> Composed:
    rng = random.Random(f"composer-{seed}")
    facts = draw(rng)
    draft = Draft.start(rng, facts)
    draft.picks["credit_negative"] = rng.random() < 0.5
    draft.picks["producer"] = producer = rng.choice(tuple(PRODUCERS))
    head(draft)
    body.table(draft)
    body.totals(draft)
    body.notes(draft)
    body.footers(draft, blocks.footer_lines(draft))
    choices = {key: value for key, value in draft.picks.items() if key in CHOICES}
    choices.update(paper=draft.sheet.paper, face=draft.sheet.face, size=draft.size,
                   pages=len(draft.sheet.pages))  # fmt: skip
    return Composed(f"composed-{seed}.pdf", PRODUCERS[producer](draft.sheet), facts.record(),
                    facts, choices)  # fmt: skip


CHOICES = ("producer", "letterhead", "ids_in_header", "meta_style", "debtor_side", "due_in_meta",
           "credit_negative", "rival_at")  # fmt: skip


def head(draft: Draft) -> None:
    rng, facts, sheet = draft.rng, draft.facts, draft.sheet
    bottom = blocks.letterhead(draft)
    style = draft.picks["meta_style"] = rng.choice(("grid", "rows", "title"))
    title = str(draft.picks["credit_title" if facts.credit else "title"])
    rows = blocks.meta_fields(draft)
    window = max(bottom + 2 * draft.step, sheet.height * rng.uniform(0.15, 0.2))
    side = draft.picks["debtor_side"] = rng.choice(
        ("left", "right") if draft.picks["letterhead"] == "centre" else
        ("right", "right", "left") if draft.picks["letterhead"] == "left" else ("left",)
    )  # fmt: skip
    x_debtor = draft.margin + rng.uniform(0, 25) if side == "left" else draft.width * 0.55
    x_other = draft.width * 0.55 if side == "left" else draft.margin
    low = blocks.debtor_block(draft, x_debtor, window)
    other = window
    titled = False
    draft.picks["rival_at"] = None
    if style == "rows" and rng.random() < 0.6:
        sheet.text(x_other, window, title, draft.size + 6, bold=True)
        other = blocks.meta_rows(draft, x_other, window + draft.step * 2, rows)
        titled = True
    elif facts.rival is not None:
        other = blocks.rival_block(draft, x_other, window)
        draft.picks["rival_at"] = "beside"
    y = max(low, other) + draft.step
    if facts.rival is not None and draft.picks["rival_at"] is None:
        y = blocks.rival_block(draft, x_other if rng.random() < 0.5 else x_debtor, y) + draft.step
        draft.picks["rival_at"] = "below"
    if not titled:
        y += draft.step
        if style == "title":
            number = rows[0]
            issued = next(row for row in rows if row[0] == draft.picks["date"])
            line = _title_line(draft, title, number[1], issued[1])
            sheet.text(draft.margin, y, line, draft.size + 5, bold=True)
            rest = [row for row in rows if row is not number and (row is not issued or
                                                                 " du " not in line)]  # fmt: skip
            y = blocks.meta_rows(draft, draft.margin, y + 2 * draft.step, rest) if rest else y
        else:
            sheet.text(draft.margin, y, title, draft.size + 6, bold=True)
            y += 2.2 * draft.step
            y = (blocks.meta_grid if style == "grid" else _rows_below)(draft, y, rows)
    draft.y = y + draft.step


def _rows_below(draft: Draft, y: float, rows: list[tuple[str, str]]) -> float:
    return blocks.meta_rows(draft, draft.margin, y, rows)


def _title_line(draft: Draft, title: str, number: str, issued: str) -> str:
    if draft.facts.language == "fr":
        return draft.rng.choice((f"{title} N° {number}", f"{title} {number} du {issued}"))
    return draft.rng.choice((f"{title} #{number}", f"{title} {number}"))
