"""Re-date a creditor's invoices after its reading of "N jours fin de mois" changed.

Only open invoices whose due date those terms gave (Invoice.due_terms and due_reading, kept at
intake) are re-dated: not a date printed on the invoice, nor one a person validated or
corrected (review clears the terms: a person's date wins), nor a paid, disputed, cancelled,
handed-over or planned invoice, nor a credit note. First a plan (which invoices, old → new
due date), then, once a person confirmed that very plan, the change in one transaction, each
invoice written on its debtor's timeline as staff's other edits are (ledger/review.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

import peewee

from ledger.errors import LedgerError
from ledger.locks import hold_for_transaction
from ledger.models import Creditor, Debtor, DebtorNote, Invoice, InvoiceStatus, MonthEndReading, db

# Still owed and followed by the ladder: a disputed, planned or handed-over invoice is staff's.
REDATABLE = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PROMISED)
# The rule as the parser names it under either reading ("45 jours fin de mois le 10", "fin de
# mois + 45 jours le 10").
_TERMS = re.compile(r"(?:(\d{1,3}) jours fin de mois|fin de mois \+ (\d{1,3}) jours)(?: le (\d+))?")


class StaleRedate(LedgerError):
    """What would be re-dated is no longer what the person confirmed (an invoice was paid, the
    reading changed again, another person re-dated): nothing was changed."""

    def __init__(self, creditor: str) -> None:
        super().__init__(f"{creditor}: the invoices to re-date changed since the preview")
        self.creditor = creditor


@dataclass(frozen=True)
class Redate:
    invoice_id: int
    number: str
    debtor_id: int
    debtor: str
    issue_date: dt.date
    terms: str
    old_due: dt.date
    new_due: dt.date
    old_reading: str


@dataclass(frozen=True)
class RedatePlan:
    creditor_id: int
    creditor: str
    reading: str
    changes: tuple[Redate, ...]
    # Open invoices recorded before the ledger kept where a due date came from (migration 16):
    # nothing tells whether terms gave theirs, so they are left to a person.
    unknown: int

    @property
    def fingerprint(self) -> str:
        """What the person saw and confirms: apply_redate refuses any other plan."""
        changes = ",".join(f"{c.invoice_id}:{c.old_due}:{c.new_due}" for c in self.changes)
        return f"{self.reading}|{changes}"


def month_end_terms(terms: str) -> tuple[int, int] | None:
    """(N, the day "… le X" names, else 0) of "N jours fin de mois" terms as recorded."""
    match = _TERMS.fullmatch(terms.strip())
    if match is None:
        return None
    return int(match.group(1) or match.group(2)), int(match.group(3) or 0)


def month_end_due(issued: dt.date, days: int, on: int, reading: str) -> dt.date:
    """The due date of "`days` jours fin de mois" (`on` > 0: "… le `on`") by `reading`, counted
    as the parser counts it (parsing/layout/dates.py; ledger/ imports nothing of ours, a test
    keeps the two equal)."""
    if reading == MonthEndReading.MONTH_END_THEN_DAYS:
        day = _month_end(issued) + dt.timedelta(days=days)
        if not on:
            return day
        if day.day <= on:
            return day.replace(day=on)
        return (_month_end(day) + dt.timedelta(days=1)).replace(day=on)
    month_end = _month_end(issued + dt.timedelta(days=days))
    return month_end + dt.timedelta(days=on) if on else month_end


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _open(creditor: Creditor) -> peewee.Expression:
    return (
        (Invoice.creditor == creditor)
        & Invoice.status.in_(REDATABLE)
        & ~Invoice.is_credit_note
        & Invoice.due_date.is_null(False)
    )


def plan_redate(creditor: Creditor) -> RedatePlan:
    """The creditor's open invoices whose due date its reading as it is now would change."""
    reading = creditor.month_end_reading
    rows = (
        Invoice.select(Invoice, Debtor.id, Debtor.name)
        .join(Debtor)
        .where(
            _open(creditor)
            & Invoice.due_reading.is_null(False)
            & (Invoice.due_reading != reading)
            & Invoice.issue_date.is_null(False)
        )
        .order_by(Invoice.due_date, Invoice.number)
    )
    changes = []
    for invoice in rows:
        found = month_end_terms(invoice.due_terms or "")
        if found is None or found[1] > 28:
            continue
        new_due = month_end_due(invoice.issue_date, *found, reading)
        if new_due != invoice.due_date:
            changes.append(
                Redate(
                    invoice.id,
                    invoice.number,
                    invoice.debtor_id,
                    invoice.debtor.name,
                    invoice.issue_date,
                    invoice.due_terms,
                    invoice.due_date,
                    new_due,
                    invoice.due_reading,
                )
            )
    unknown = Invoice.select().where(_open(creditor) & Invoice.due_terms.is_null()).count()
    return RedatePlan(creditor.id, creditor.name, reading, tuple(changes), unknown)


def apply_redate(creditor: Creditor, confirmed: str, *, by: str) -> RedatePlan:
    """Re-date the invoices of the plan the person confirmed (its `fingerprint`), all or none;
    StaleRedate when the plan is no longer that one. Each invoice's new due date is written on
    its debtor's timeline with the author."""
    with db.atomic():
        hold_for_transaction(f"redate-{creditor.id}")
        creditor = Creditor.get_by_id(creditor.id)
        plan = plan_redate(creditor)
        if plan.fingerprint != confirmed:
            raise StaleRedate(creditor.name)
        for change in plan.changes:
            updated = (
                Invoice.update(due_date=change.new_due, due_reading=plan.reading)
                .where(
                    (Invoice.id == change.invoice_id)
                    & (Invoice.due_date == change.old_due)
                    & (Invoice.due_reading == change.old_reading)
                )
                .execute()
            )
            if updated != 1:
                raise StaleRedate(creditor.name)
            DebtorNote.create(
                debtor=change.debtor_id,
                author=by,
                kind="action",
                text=(
                    f"re-dated: {change.number} (due_date {change.old_due} → {change.new_due}; "
                    f"{change.terms}, creditor's reading {plan.reading})"
                ),
            )
    return plan
