"""How far to trust a record read from the layout: the fields found, and checks that what the page
says adds up. A failed check is named in `problems` (and the record then goes to review):

- the totals: the item lines add up to the net (or the grand total), HT + TVA = TTC, and a VAT
  printed with its rate is that rate of the net;
- the amount due: what the page prints as due is the total less the deductions it lists;
- the dates: due on or after the issue, within a year; the payment terms give the due date;
  several due dates (an instalment schedule) are said;
- the debtor is not the issuer (same name, address, e-mail, phone, SIRET/SIREN or VAT number);
- no phone or e-mail printed on the page and claimed by no one is left unread
  (unread_contacts.py, stray_contacts.py);
- a credit note only when the title says so: a negative total on an invoice is doubted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal

from parsing.layout import labels as L
from parsing.layout.address import street_problem
from parsing.layout.amounts import find_amounts
from parsing.layout.claimed_contacts import claimed_contacts
from parsing.layout.debtor_name import is_issuers_name, name_doubts
from parsing.layout.due import Due, terms_allow
from parsing.layout.items import add_up_to, item_amounts
from parsing.layout.money import Money, amount_at, last_amount, net_and_vat
from parsing.layout.seller import Seller, legal_ids
from parsing.layout.stray_contacts import unread_contact_problems
from parsing.layout.unread_address import unread_address
from parsing.pdf import Cell, Page
from parsing.plausibility import address_problems, date_problems
from parsing.record import ParsedDebtor, ParsedInvoice
from parsing.sanity import DUE_ABOVE_TOTAL, DUE_BEFORE_ISSUE, DUE_TOO_LATE, NEGATIVE_INVOICE

_CENT = Decimal("0.02")
# Swiss totals are rounded to 5 centimes: what is due may differ from the total by that.
_ROUNDING = Decimal("0.05")
# A line under the total saying what it holds ("dont TVA", "soit en CHF"), or what a late or an
# early payment would change (penalties, the recovery fee, a discount offered): nothing taken
# off what is due now.
_BREAKDOWN = re.compile(
    r"^\s*(?:dont|y\s+compris|incl(?:\.|uding|us)?|of\s+which|davon|inkl\.?|enth[äa]lt|soit"
    r"|[ée]quivalent|equivalent|i\.\s?e\.)(?=\W|$)"
    r"|indemnit|p[ée]nalit|recouvrement|escompte|skonto|late\s+(?:payment\s+)?(?:fee|charge)"
    r"|if\s+paid|si\s+paiement|en\s+cas\s+de\s+retard",
    re.I,
)
# A line of a payments table: the means of payment first.
_PAYMENT = re.compile(
    r"^\s*(?:virement|vir\b|sepa|ch[èe]que|carte|cb\b|esp[èe]ces|pr[ée]l[èe]vement|paiement|r[èe]glement"
    r"|versement|bank\s+transfer|transfer|cheque|check|card|cash|payment|[üu]berweisung"
    r"|lastschrift|zahlung)",
    re.IGNORECASE,
)
_GUTSCHRIFT = re.compile(r"^\s*gutschrift\b", re.IGNORECASE | re.MULTILINE)
# Payment terms beyond three months are rare (French law caps them at 60 days between
# businesses): a due date later than that, with no terms to say so, may be another date
# (a contract's end, a next instalment).
_USUAL_TERMS = timedelta(days=92)
_LETTER = re.compile(r"[^\W\d_]{2}")
_RATE = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%")


# A name line that is something else: an address, a return address, a label, an e-mail.
_NOT_A_NAME = re.compile(
    r"[·•|]|@|\b\d{4,5}\s+[A-ZÀ-Ý]|^\d+[\s,]|^(?:client|customer|bill(?:ed)?\s+to|factur[ée]\s+[àa]"
    r"|destinataire|sold\s+to|invoice\s+to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Evidence:
    """What the page says besides the record's fields, for the checks."""

    money: Money
    due: Due
    seller: Seller
    debtor_ids: frozenset[str] = frozenset()  # legal numbers printed in the debtor's block
    debtor_doubts: tuple[str, ...] = ()  # met while choosing the debtor's block
    number_doubts: tuple[str, ...] = ()  # another invoice number printed as plainly
    debtor_block: tuple[Cell, ...] = ()  # its lines on the first page


def _period(invoice: ParsedInvoice, money: Money) -> Decimal | None:
    """The total of this document's own charges: a statement's total holds the balance brought
    forward besides."""
    if invoice.total is None or not money.carried or money.carried < 0:
        return invoice.total
    return abs(invoice.total) - money.carried


def _totals_add_up(invoice: ParsedInvoice, pages: list[Page], money: Money) -> bool | None:
    """True when HT + TVA = TTC, False when they are printed and do not, None when not printed."""
    net, vats = net_and_vat(pages)
    total = _period(invoice, money)
    if net is None or total is None:
        return None
    total = abs(total)
    return (
        any(abs(net + vat - total) < _CENT for vat in vats) or abs(net + sum(vats) - total) < _CENT
    )


def _items_add_up(invoice: ParsedInvoice, pages: list[Page], money: Money) -> str | None:
    """The problem when the item lines add up to neither the net total (printed, or the grand
    total less the VAT printed) nor the grand total."""
    amounts = item_amounts(pages)
    net, vats = net_and_vat(pages)
    total = _period(invoice, money)
    before_vat = abs(total) - sum(vats) if total is not None and vats else None
    targets = [target for target in (net, before_vat, total) if target is not None]
    if not amounts or not targets or add_up_to(amounts, targets):
        return None
    printed = " nor ".join(str(abs(target)) for target in targets)
    return f"item lines do not add up to the totals printed ({printed})"


def _vat_at_its_rate(pages: list[Page]) -> bool | None:
    """False when a single VAT line prints a rate and an amount that is not that rate of the
    net (beyond rounding); None when it cannot be told."""
    net, _ = amount_at(pages, L.NET)
    hits = [hit for hit in L.values(pages, L.VAT, last_amount) if hit.place != "below"]
    rates = {match.group(1) for hit in hits if (match := _RATE.search(hit.cell.text))}
    if net is None or len(hits) != 1 or len(rates) != 1:
        return None
    rate = Decimal(rates.pop().replace(",", "."))
    expected = abs(net) * rate / 100
    return abs(abs(hits[0].value[0]) - expected) <= max(Decimal("0.05"), expected / 200)


def _payments(pages: list[Page]) -> set[Decimal]:
    """The amounts of the payments a page lists ("Virement  05/11/2017  201,00 €"), each and
    their sum: what may stand between the total and what is due without a deduction's label."""
    found = [
        abs(amounts[-1][0])
        for page in pages
        for line in page.lines
        if _PAYMENT.match(line.cells[0].text) and (amounts := find_amounts(line.cells[-1].text))
    ]
    return {*found, sum(found, Decimal(0))}


def _money_problems(invoice: ParsedInvoice, pages: list[Page], money: Money) -> list[str]:
    problems = _balance_problems(money)
    total, due = invoice.total, invoice.total_due
    taken = sum(money.deductions, Decimal(0))
    if money.deductions and total is not None:
        left = abs(total) - taken
        # a balance in the debtor's favour is what the deductions leave below zero
        shown = None if money.due_printed is None else abs(money.due_printed)
        shown = -shown if money.favour and shown is not None else shown
        if shown is None:
            problems.append(f"amount due not printed: total {abs(total)} less deductions {taken}")
        elif abs(shown - left) >= _CENT and shown != abs(total):
            problems.append(
                f"amount due {shown} is not the total {abs(total)} less the deductions {taken}"
            )
        elif abs(money.due_printed) == abs(total) and taken:
            problems.append(
                f"amount due {abs(total)} is the total although deductions of {taken} are printed"
            )
    elif (
        money.due_printed is not None
        and total is not None
        and money.total_printed
        and abs(money.due_printed) < abs(total) - _ROUNDING
        and abs(total) - abs(money.due_printed) not in _payments(pages)
    ):
        problems.append(
            f"amount due {abs(money.due_printed)} is less than the total {abs(total)} and no "
            "deduction printed explains it"
        )
    if total is not None and due is not None and abs(due) > abs(total):
        problems.append(DUE_ABOVE_TOTAL)
    if total is not None and total < 0 and not money.credit_title:
        problems.append(NEGATIVE_INVOICE)
    return problems


def _balance_problems(money: Money) -> list[str]:
    """A statement's amount due against its lines when no total of the period is printed to
    check it by: the balance brought forward, the charges, the payments and credits."""
    if money.carried is None:
        return []
    due = money.due_printed
    if due is None:
        return [f"amount due not printed: a balance brought forward of {money.carried}"]
    if money.total_printed:
        return []
    if money.lines_sum is None:
        return [
            f"amount due {due} with a balance brought forward of {money.carried}: no total of "
            "the period nor lines above it to check it by"
        ]
    if abs(money.lines_sum - due) >= _CENT:
        return [
            f"amount due {due} is not what the lines above it add up to ({money.lines_sum}), "
            f"with the balance brought forward {money.carried}"
        ]
    return []


def _self_billed(pages: list[Page], money: Money) -> str | None:
    """A "Gutschrift" is a credit note in common German, and also, by law (§ 14 UStG), an
    invoice the customer writes for its supplier: an amount still owed. Which one, a person
    says."""
    if money.credit_title and _GUTSCHRIFT.search(pages[0].text):
        return "is_credit_note: titled Gutschrift, also the name of a self-billed invoice"
    return None


def _unexplained_under_total(invoice: ParsedInvoice, pages: list[Page], money: Money) -> str | None:
    """The problem when a line under the grand total prints an amount under a label none of the
    totals' ("Règlement reçu par chèque  -50,00") while the amount due is taken as the total:
    it may be a payment or a deduction the reader does not know, so the amount due is doubted."""
    total = invoice.total
    if total is None or (money.due_printed is not None and money.due_printed != total):
        return None
    hits = [
        hit
        for hit in L.values(pages, L.TOTAL, last_amount)
        if hit.place != "below" and abs(hit.value[0]) == abs(total)
    ]
    if not hits:
        return None
    cell = hits[-1].cell
    page = next(page for page in pages if any(cell in line.cells for line in page.lines))
    row = next(index for index, line in enumerate(page.lines) if cell in line.cells)
    last_y = page.lines[row].y
    for line in page.lines[row + 1 : row + 7]:
        if line.y - last_y > 2.5 * cell.size:
            break
        last_y = line.y
        label = " ".join(c.text for c in line.cells if c.x1 <= line.cells[-1].x0)
        amounts = find_amounts(line.cells[-1].text) if len(line.cells) > 1 else []
        if not amounts or not amounts[-1][0] or not _LETTER.search(label):
            continue
        if L.is_label(label) or _BREAKDOWN.search(label):
            continue
        return f"total_due: an amount under the total is not accounted for ({label.strip()[:40]})"
    return None


def _date_problems(invoice: ParsedInvoice, due: Due) -> list[str]:
    problems = []
    issued, due_date = invoice.issue_date, invoice.due_date
    if issued and due_date:
        if due_date < issued:
            problems.append(DUE_BEFORE_ISSUE)
        elif due_date > issued + timedelta(days=400):
            problems.append(DUE_TOO_LATE)
        elif due_date > issued + _USUAL_TERMS and invoice.due_rule is None and not due.by_terms:
            days = (due_date - issued).days
            problems.append(f"due_date: {days} days after the issue date, with no terms printed")
        elif invoice.due_rule is None and due.by_terms and due.by_terms[0] is not None:
            rule = due.by_terms[1]
            if not terms_allow(due_date, issued, rule):
                problems.append(
                    f"payment terms ({rule}) give {due.by_terms[0].isoformat()}, "
                    f"not the due date printed {due_date.isoformat()}"
                )
    if len(due.printed) > 1:
        shown = ", ".join(day.isoformat() for day in sorted(due.printed)[:4])
        problems.append(f"several due dates printed ({shown}): the earliest taken")
    return problems + list(due.doubts)


def _seller_problems(
    invoice: ParsedInvoice, seller: Seller, debtor_ids: frozenset[str]
) -> list[str]:
    debtor = invoice.debtor
    problems = []
    if debtor.name and _NOT_A_NAME.search(debtor.name):
        problems.append("debtor name looks like an address or a label")
    if debtor.name and (
        debtor.name.casefold() in seller.names or is_issuers_name(debtor.name, seller)
    ):
        problems.append("debtor name is the issuer's")
    if debtor.email:
        domain = debtor.email.rsplit("@", 1)[1].lower()
        same_domain = domain in seller.domains
        if debtor.email in seller.emails or same_domain:
            problems.append("debtor e-mail is the issuer's")
    if debtor.phone and debtor.phone in seller.phones:
        problems.append("debtor phone is the issuer's")
    in_name = legal_ids(debtor.name) if debtor.name else set()
    if in_name & seller.ids:
        problems.append("debtor name carries the issuer's legal number")
    elif debtor_ids & seller.ids:
        problems.append("debtor legal number is the issuer's")
    if _same_address(debtor, seller):
        problems.append("debtor address is the issuer's")
    return problems


def _same_address(debtor: ParsedDebtor, seller: Seller) -> bool:
    """Whether the debtor's street (each of its parts) and postcode are printed as the
    issuer's."""
    if not (debtor.street and debtor.postcode):
        return False
    parts = [*debtor.street.split(", "), debtor.postcode]
    return all(
        re.search(rf"(?<!\w){re.escape(' '.join(part.casefold().split()))}(?!\w)", seller.text)
        for part in parts
    )


def assess(
    invoice: ParsedInvoice, pages: list[Page], evidence: Evidence, threshold: float = 0.6
) -> ParsedInvoice:
    """The record with its confidence and the problems the checks found; any problem puts the
    confidence under the review `threshold`."""
    problems: list[str] = []
    checks = 0
    added_up = _totals_add_up(invoice, pages, evidence.money)
    if added_up is False:
        problems.append("totals do not add up (HT + TVA ≠ TTC)")
    checks += added_up is True
    if items := _items_add_up(invoice, pages, evidence.money):
        problems.append(items)
    if _vat_at_its_rate(pages) is False:
        problems.append("VAT printed is not its rate of the net amount")
    problems += _money_problems(invoice, pages, evidence.money)
    if evidence.money.currency_doubt:
        problems.append(evidence.money.currency_doubt)
    if unexplained := _unexplained_under_total(invoice, pages, evidence.money):
        problems.append(unexplained)
    if self_billed := _self_billed(pages, evidence.money):
        problems.append(self_billed)
    dates = _date_problems(invoice, evidence.due) + date_problems(invoice)
    checks += bool(invoice.issue_date and invoice.due_date and not dates)
    problems += dates + address_problems(invoice.debtor)
    problems += _seller_problems(invoice, evidence.seller, evidence.debtor_ids)
    problems += name_doubts(pages[0], evidence.debtor_block, invoice.debtor.name)
    problems += unread_contact_problems(
        pages, evidence.debtor_block, invoice.debtor, evidence.seller
    )
    problems += unread_address(pages[0], evidence.debtor_block, invoice.debtor, evidence.seller)
    problems += filter(None, [street_problem(invoice.debtor.street)])
    problems += claimed_contacts(pages[0], evidence.debtor_block, invoice.debtor, evidence.seller)
    problems += evidence.debtor_doubts + evidence.number_doubts
    fields = {
        "invoice_number": invoice.invoice_number,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "total_due": invoice.total_due,
        "currency": invoice.currency,
        "debtor.name": invoice.debtor.name,
    }
    missing = [
        name
        for name, value in fields.items()
        # A credit note is never reminded: it needs no due date.
        if value is None and not (name == "due_date" and invoice.is_credit_note)
    ]
    problems += [f"{name} not found" for name in missing]
    debtor = invoice.debtor
    if not (debtor.email or debtor.phone or debtor.postcode):
        problems.append("debtor contact not found (no email, phone or postal address)")
    elif debtor.postcode and debtor.country is None:
        problems.append("debtor country not found")
    found = len(fields) - len(missing)
    doubts = len(problems) - sum(p.endswith("not found") for p in problems)
    confidence = max(0.0, min(0.1 + 0.12 * found + 0.08 * checks - 0.1 * doubts, 0.95))
    assessed = replace(invoice, confidence=confidence, problems=())
    return assessed.doubted(problems, threshold) if problems else assessed
