"""The body of the invoice: item table (over pages when long), totals with deductions, the
due-date expression and the small print."""

from __future__ import annotations

from decimal import Decimal

from tests.parsing.composer.draft import Draft
from tests.parsing.composer.labels import LABELS, tax_label


def _signed(draft: Draft, value: Decimal) -> Decimal:
    return -value if draft.facts.credit and draft.picks["credit_negative"] else value


def _next_page(draft: Draft) -> None:
    draft.lines(draft.margin, draft.bottom + draft.step, [str(draft.picks["carried"])],
                max(6, draft.size - 1))  # fmt: skip
    draft.sheet.new_page()
    draft.y = draft.margin + draft.size
    title = str(draft.picks["credit_title" if draft.facts.credit else "title"])
    draft.sheet.text(draft.margin, draft.y, f"{draft.facts.seller.name} - {title} "
                     f"{draft.facts.number}", max(6, draft.size - 1))  # fmt: skip
    draft.y += 2 * draft.step


def table(draft: Draft) -> None:
    facts, sheet = draft.facts, draft.sheet
    width = draft.right_edge
    heads = draft.picks["columns"]
    stops = (width * 0.58, width * 0.72, width * 0.82, width)
    two_rates = len({line.rate for line in facts.lines}) > 1 or facts.country == "CA"

    def header() -> None:
        sheet.text(draft.margin, draft.y, heads[0], draft.size, bold=True)
        for stop, head in zip(stops, heads[1:], strict=True):
            if head == heads[3] and not two_rates:
                continue
            sheet.right(stop, draft.y, head, draft.size, bold=True)
        sheet.rule(draft.margin, draft.y + 3, width, draft.y + 3)
        draft.y += draft.step + 2

    header()
    for line in facts.lines:
        if draft.y > draft.bottom - 2 * draft.step:
            _next_page(draft)
            header()
        shown = line.rate.replace(".", ",") if facts.language == "fr" else line.rate
        cells = (str(line.quantity), draft.money(line.unit), f"{shown} %",
                 draft.money(_signed(draft, line.amount)))  # fmt: skip
        sheet.text(draft.margin, draft.y, line.label, draft.size)
        for stop, cell, head in zip(stops, cells, heads[1:], strict=True):
            if head == heads[3] and not two_rates:
                continue
            sheet.right(stop, draft.y, cell, draft.size)
        draft.y += draft.step
    draft.y += draft.step


def totals(draft: Draft) -> None:
    facts, words, rng = draft.facts, draft.picks, draft.rng
    rows: list[tuple[str, Decimal]] = [(str(words["net"]), facts.net)]
    for rate, _base, tax in facts.taxes():
        rows.append((tax_label(facts.country, facts.language, rate, str(words["tax"])), tax))
    rows.append((str(words["gross"]), facts.total))
    deducted = []
    for kind, value in facts.deductions:
        label = str(rng.choice(LABELS[facts.language][kind])).format(ref=f"AV-{draft.digits(4)}")
        deducted.append((label, -value if rng.random() < 0.6 else value))
    if facts.credit:
        last = words["credit_due"]
    elif not facts.deductions:
        last = words["plain_due"]
    elif any(kind == "subsidy" for kind, _ in facts.deductions):
        last = words["due_subsidy"]
    else:
        last = words["due_amount"]
    shown = [(label, _signed(draft, value)) for label, value in rows] + deducted
    if last is not None:
        total = -facts.total if facts.credit else facts.total_due
        shown.append(
            (str(last), total if facts.credit and words["credit_negative"] else abs(total))
        )
    if draft.y + len(shown) * draft.step > draft.bottom:
        _next_page(draft)
    x = draft.width * rng.uniform(0.5, 0.6)
    for index, (label, value) in enumerate(shown):
        strong = index == len(shown) - 1
        draft.sheet.text(x, draft.y, label, draft.size, bold=strong)
        draft.sheet.right(draft.right_edge, draft.y, draft.money(value), draft.size, bold=strong)
        draft.y += draft.step
    draft.y += draft.step


def notes(draft: Draft) -> None:
    """The due expression when not in the header, bank details, thanks and penalties."""
    facts, words, rng = draft.facts, draft.picks, draft.rng
    text: list[str] = []
    if facts.due_kind == "date" and not words["due_in_meta"]:
        sep = " : " if facts.language == "fr" else ": "
        text.append(f"{words['due']}{sep}{draft.day(facts.due)}")
    elif facts.due_kind == "terms":
        text.append(str(words["terms"]).format(n=facts.terms_days))
    elif facts.due_kind == "receipt":
        text.append(str(words["receipt"]))
    elif facts.due_kind == "debit":
        text.append(str(words["debit"]).format(date=draft.day(facts.due)))
    if facts.credit and facts.refers_to:
        text.insert(0, str(words["refers"]).format(ref=facts.refers_to))
    if rng.random() < 0.6:
        text.append(str(words["thanks"]))
    width = draft.right_edge - draft.margin
    small = max(6, draft.size - 1.5)
    fine = draft.wrap(str(words["penalties"]), width, small) if rng.random() < 0.6 else []
    if draft.y + (len(text) + len(fine)) * draft.step > draft.bottom:
        _next_page(draft)
    draft.y = draft.lines(draft.margin, draft.y, text)
    draft.y = draft.lines(draft.margin, draft.y + 4, fine, small)


def footers(draft: Draft, lines: list[str]) -> None:
    small = max(6, draft.size - 2)
    pages = draft.sheet.pages
    numbered = draft.rng.random() < 0.5 or len(pages) > 1
    for index in range(1, len(pages) + 1):
        draft.sheet.current = index - 1
        y = draft.sheet.height - draft.margin - (len(lines) - 1) * small * 1.3
        draft.lines(draft.width / 2, y, lines, small, align="centre")
        if numbered:
            number = str(draft.picks["page"]).format(i=index, n=len(pages))
            draft.sheet.right(draft.right_edge, y - small * 1.6, number, small)
    draft.sheet.current = len(pages) - 1
