"""What staff decide about a debtor's unpaid invoices, each decision noted on the timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ledger.clock import today
from ledger.errors import LedgerError
from ledger.models import Debtor, DebtorNote, Invoice, InvoiceStatus, db

# Statuses staff may move between; paid and cancelled invoices are left alone.
ADJUSTABLE = InvoiceStatus.UNPAID


class FollowUpError(LedgerError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _invoices(debtor: Debtor, invoice_ids: Iterable[int] | None) -> list[Invoice]:
    query = Invoice.select().where((Invoice.debtor == debtor) & Invoice.status.in_(ADJUSTABLE))
    ids = [int(i) for i in invoice_ids or ()]
    if ids:
        query = query.where(Invoice.id.in_(ids))
    found = list(query.order_by(Invoice.due_date, Invoice.id))
    if not found:
        raise FollowUpError("invoices", "no unpaid invoice of this debtor selected")
    return found


def _note(debtor: Debtor, author: str, text: str, kind: str = "action") -> DebtorNote:
    return DebtorNote.create(debtor=debtor, author=author, kind=kind, text=text)


def _set_status(
    debtor: Debtor,
    invoice_ids: Iterable[int] | None,
    status: str,
    author: str,
    text: str,
    pause_until: dt.date | None = None,
) -> list[Invoice]:
    with db.atomic():
        invoices = _invoices(debtor, invoice_ids)
        Invoice.update(status=status, pause_until=pause_until).where(
            Invoice.id.in_([i.id for i in invoices])
        ).execute()
        numbers = ", ".join(i.number for i in invoices)
        _note(debtor, author, f"{text}: {numbers}")
    return invoices


def dispute(
    debtor: Debtor, invoice_ids: Iterable[int] | None, *, by: str, reason: str = ""
) -> list[Invoice]:
    with db.atomic():
        Debtor.update(dispute=True).where(Debtor.id == debtor.id).execute()
        text = "dispute" + (f" ({reason})" if reason else "")
        return _set_status(debtor, invoice_ids, InvoiceStatus.DISPUTED, by, text)


def promise(
    debtor: Debtor, invoice_ids: Iterable[int] | None, until: dt.date, *, by: str
) -> list[Invoice]:
    """A promise to pay: no reminder for these invoices before `until`."""
    if until <= today():
        raise FollowUpError("until", "a promise needs a date in the future")
    return _set_status(
        debtor, invoice_ids, InvoiceStatus.PROMISED, by, f"promise to pay by {until}", until
    )


def pause(
    debtor: Debtor,
    invoice_ids: Iterable[int] | None,
    until: dt.date,
    *,
    by: str,
    reason: str = "",
) -> list[Invoice]:
    """No reminder for these invoices before `until`; their status does not change."""
    if until <= today():
        raise FollowUpError("until", "a pause needs a date in the future")
    with db.atomic():
        invoices = _invoices(debtor, invoice_ids)
        Invoice.update(pause_until=until).where(Invoice.id.in_([i.id for i in invoices])).execute()
        because = f" ({reason.strip()[:300]})" if reason.strip() else ""
        _note(
            debtor, by, f"paused until {until}{because}: " + ", ".join(i.number for i in invoices)
        )
    return invoices


def payment_plan(debtor: Debtor, invoice_ids: Iterable[int] | None, *, by: str) -> list[Invoice]:
    return _set_status(debtor, invoice_ids, InvoiceStatus.IN_PLAN, by, "payment plan")


def hand_over(
    debtor: Debtor, invoice_ids: Iterable[int] | None, *, by: str, reason: str = ""
) -> list[Invoice]:
    text = "handed over" + (f" ({reason.strip()[:300]})" if reason.strip() else "")
    return _set_status(debtor, invoice_ids, InvoiceStatus.HANDED_OVER, by, text)


def resume(debtor: Debtor, invoice_ids: Iterable[int] | None, *, by: str) -> list[Invoice]:
    """Back to the ladder: open (or partially paid) again, no pause, dispute lifted."""
    with db.atomic():
        invoices = _invoices(debtor, invoice_ids)
        for invoice in invoices:
            partly = invoice.amount_due < invoice.total
            invoice.status = InvoiceStatus.PARTIALLY_PAID if partly else InvoiceStatus.OPEN
            invoice.pause_until = None
            invoice.save()
        still_disputed = (
            Invoice.select()
            .where((Invoice.debtor == debtor) & (Invoice.status == InvoiceStatus.DISPUTED))
            .exists()
        )
        Debtor.update(dispute=still_disputed).where(Debtor.id == debtor.id).execute()
        _note(debtor, by, "resumed: " + ", ".join(i.number for i in invoices))
    return invoices


def set_do_not_contact(debtor: Debtor, value: bool, *, by: str, reason: str = "") -> None:
    because = f" ({reason.strip()[:300]})" if reason.strip() else ""
    with db.atomic():
        Debtor.update(do_not_contact=value).where(Debtor.id == debtor.id).execute()
        _note(debtor, by, ("do not contact" if value else "may be contacted again") + because)


def assign_ladder(debtor_ids: Iterable[int], ladder: str | None, *, by: str) -> int:
    """Staff's choice of ladder wins over the rules; None returns the debtors to the rules."""
    ids = [int(i) for i in debtor_ids]
    with db.atomic():
        count = Debtor.update(ladder=ladder or None).where(Debtor.id.in_(ids)).execute()
        DebtorNote.insert_many(
            [
                {"debtor": i, "author": by, "kind": "action", "text": f"ladder: {ladder or '-'}"}
                for i in ids
            ]
        ).execute()
    return count


def add_note(debtor: Debtor, text: str, *, by: str, kind: str = "note") -> DebtorNote:
    text = text.strip()
    if not text:
        raise FollowUpError("text", "a note cannot be empty")
    if kind not in ("note", "call"):
        raise FollowUpError("kind", "a note is a note or a call")
    return _note(debtor, by, text[:5000], kind)


def note_edit(debtor: Debtor, changes: list[str], *, by: str) -> DebtorNote:
    """Staff changed the debtor's details: who, and each field's old and new value."""
    return _note(debtor, by, ("edited: " + "; ".join(changes))[:5000])


def lapse_promises(
    day: dt.date, invoice_ids: Iterable[int] | None = None, *, by: str = "relance"
) -> list[Invoice]:
    """Promises whose date passed unpaid (all, or those of `invoice_ids`): the invoices go
    back to the ladder (at their next step) and each debtor's timeline says "promise not
    kept". A promise lapses the day after its date: `day` itself still honours a promise
    made for `day`."""
    query = Invoice.select().where(
        (Invoice.status == InvoiceStatus.PROMISED) & (Invoice.pause_until < day)
    )
    if invoice_ids is not None:
        query = query.where(Invoice.id.in_(list(invoice_ids)))
    lapsed = list(query.order_by(Invoice.debtor, Invoice.due_date, Invoice.id))
    by_debtor: dict[int, list[Invoice]] = {}
    for invoice in lapsed:
        by_debtor.setdefault(invoice.debtor_id, []).append(invoice)
    with db.atomic():
        for debtor_id, invoices in by_debtor.items():
            until = max(i.pause_until for i in invoices)
            for invoice in invoices:
                partly = invoice.amount_due < invoice.total
                invoice.status = InvoiceStatus.PARTIALLY_PAID if partly else InvoiceStatus.OPEN
                invoice.pause_until = None
                invoice.save()
            DebtorNote.create(
                debtor=debtor_id,
                author=by,
                kind="action",
                text=f"promise not kept (by {until.isoformat()}): "
                + ", ".join(i.number for i in invoices),
            )
    return lapsed
