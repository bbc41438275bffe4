"""The head of the page: letterhead, the debtor's block (and a rival one), the metadata."""

from __future__ import annotations

from tests.parsing.composer.draft import Draft
from tests.parsing.composer.labels import LABELS

IDS = {
    "FR": ("SIRET {a} {b} {c} {d}", "TVA intracom. FR{e}{a}{b}{c}", "RCS Lyon B {a} {b} {c}",
           "IBAN FR76 3000 4{f} {g} {g} {g} 1{e}"),
    "BE": ("N° entreprise BE 0{a}.{b}.{c}", "TVA BE 0{a}.{b}.{c}", "IBAN BE68 5390 0754 {g}"),
    "CH": ("IDE CHE-{a}.{b}.{c} TVA", "IBAN CH93 0076 2011 6238 {g} 7"),
    "GB": ("Company No. 04{a}{e}", "VAT Reg No. GB {a} {g} {e}", "Sort code 20-{e}-{e}"),
    "US": ("EIN {e}-{a}{g}",),
    "CA": ("TPS {a}{b}{c} RT0001", "TVQ 1{a}{b}{c} TQ0001"),
}  # fmt: skip


def seller_ids(draft: Draft) -> list[str]:
    digits = {"a": draft.digits(3), "b": draft.digits(3), "c": draft.digits(3),
              "d": draft.digits(5), "e": draft.digits(2), "f": draft.digits(3),
              "g": draft.digits(4)}  # fmt: skip
    return [template.format(**digits) for template in IDS[draft.facts.country]]


def letterhead(draft: Draft) -> float:
    """The seller's name and address (and perhaps contacts and ids); returns its bottom."""
    rng, seller = draft.rng, draft.facts.seller
    draft.picks["letterhead"] = where = rng.choice(("left", "left", "centre", "right"))
    draft.picks["ids_in_header"] = rng.random() < 0.4
    lines = [seller.name, *seller.address.lines]
    contacts = [draft.picks["phone"].format(v=seller.phone[0]), seller.email]
    ids = seller_ids(draft)
    draft.picks["seller_ids"] = ids
    if rng.random() < 0.7:
        lines += contacts
        draft.picks["footer_contacts"] = False
    else:
        draft.picks["footer_contacts"] = True
    if draft.picks["ids_in_header"]:
        lines += ids[:2]
    x = {"left": draft.margin, "centre": draft.width / 2, "right": draft.right_edge}[where]
    top = draft.margin + draft.size + 4
    write = {"left": draft.sheet.text, "centre": draft.sheet.centre, "right": draft.sheet.right}
    write[where](x, top, lines[0], draft.size + 4, bold=True)
    small = max(6.5, draft.size - 1)
    return draft.lines(x, top + draft.step + 4, lines[1:], small, align=where)


def footer_lines(draft: Draft) -> list[str]:
    seller = draft.facts.seller
    parts = [seller.name, " ".join(seller.address.lines[-1:]) if draft.rng.random() < 0.5 else
             " - ".join(seller.address.lines)]  # fmt: skip
    if draft.picks["footer_contacts"]:
        parts += [seller.phone[0], seller.email]
    parts += draft.picks["seller_ids"][0 if not draft.picks["ids_in_header"] else 2 :]
    return draft.wrap(" - ".join(parts), draft.right_edge - draft.margin, max(6, draft.size - 2))


def debtor_block(draft: Draft, x: float, y: float) -> float:
    """The debtor's address in the window; returns the baseline after it."""
    rng, facts = draft.rng, draft.facts
    debtor, language = facts.debtor, facts.language
    seller = facts.seller
    if rng.random() < 0.15:
        back = " · ".join((seller.name, *seller.address.lines))
        draft.sheet.text(x, y - draft.step, back, 6)
        draft.sheet.rule(
            x, y - draft.step + 2, x + draft.sheet.measure(back, 6), y - draft.step + 2
        )
        y += 4
    labelled = rng.random() < 0.6 or (facts.rival is not None and rng.random() < 0.5)
    if labelled:
        draft.sheet.text(x, y, str(draft.picks["debtor"]), draft.size, bold=True)
        y += draft.step
    lines = [debtor.name]
    if rng.random() < 0.1:
        lines.append(
            "À l'attention de M. Pierre Lenoir" if language == "fr" else "Attn: Accounts Payable"
        )
    lines += list(debtor.address.lines)
    if debtor.phone:
        lines.append(str(draft.picks["phone"]).format(v=debtor.phone[0]))
    if debtor.email:
        lines.append(str(draft.picks["email"]).format(v=debtor.email))
    return draft.lines(x, y, lines, draft.size + (0.5 if rng.random() < 0.5 else 0))


def rival_block(draft: Draft, x: float, y: float) -> float:
    rival = draft.facts.rival
    assert rival is not None
    draft.sheet.text(x, y, str(draft.picks["rival"]), draft.size, bold=True)
    name = (
        draft.facts.debtor.name
        if draft.rng.random() < 0.5
        else ("Chantier" if draft.facts.language == "fr" else "Site")
    )
    return draft.lines(x, y + draft.step, [name, *rival.lines])


def meta_fields(draft: Draft) -> list[tuple[str, str]]:
    """(label, value) for the header: number, date, perhaps due date, client ref, noise."""
    facts, words, rng = draft.facts, draft.picks, draft.rng
    rows = [(str(words["credit_number" if facts.credit else "number"]), facts.number),
            (str(words["date"]), draft.day(facts.issued))]  # fmt: skip
    draft.picks["due_in_meta"] = facts.due_kind == "date" and rng.random() < 0.7
    if draft.picks["due_in_meta"]:
        rows.append((str(words["due"]), draft.day(facts.due)))
    if facts.customer_ref:
        rows.insert(rng.randint(1, len(rows)), (str(words["ref"]), facts.customer_ref))
    noise = list(LABELS[facts.language]["noise"])
    for label, value in rng.sample(noise, k=rng.choice((0, 0, 1, 2))):
        rows.insert(rng.randint(1, len(rows)), (label, draft.fill(value)))
    return rows


def meta_rows(draft: Draft, x: float, y: float, rows: list[tuple[str, str]]) -> float:
    """`Label : value` lines, or labels in one column and values in the next."""
    if draft.rng.random() < 0.5:
        return draft.lines(x, y, [f"{label} : {value}" if draft.facts.language == "fr"
                                  else f"{label}: {value}" for label, value in rows])  # fmt: skip
    column = x + max(draft.sheet.measure(label, draft.size) for label, _ in rows) + 12
    for label, value in rows:
        draft.sheet.text(x, y, label, draft.size)
        draft.sheet.text(column, y, value, draft.size, bold=draft.rng.random() < 0.2)
        y += draft.step
    return y


def meta_grid(draft: Draft, y: float, rows: list[tuple[str, str]]) -> float:
    """Labels in small print over their values, boxed, wrapping to a second band if needed."""
    small = max(6, draft.size - 1.5)
    x = draft.margin
    draft.sheet.rule(draft.margin, y - small - 3, draft.right_edge, y - small - 3)
    for label, value in rows:
        width = max(draft.sheet.measure(label, small), draft.sheet.measure(value, draft.size, True))
        width += 14
        if x + width > draft.right_edge:
            x, y = draft.margin, y + small + draft.step + 8
        draft.sheet.text(x, y, label, small)
        draft.sheet.text(x, y + draft.step, value, draft.size, bold=True)
        x += width
    bottom = y + draft.step + 5
    draft.sheet.rule(draft.margin, bottom, draft.right_edge, bottom)
    return bottom + draft.step
