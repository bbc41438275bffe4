"""Credits the bank takes back: a returned direct debit, a reversed transfer.

A return undoes the payment it names: each invoice that payment lowered owes that part again
(a negative allocation, and a negative write-off for a remainder it had closed), a paid
invoice reopens, and the payment leaves the unmatched queue for good (`returned_on`). Credit
the debtor still has unused in that currency is then set against it (oldest invoice first,
as whenever credit meets an open invoice). The engine carries the reopened invoice on from
the last step delivered. The payment is
found by what the bank repeats on a return: the same line's key, the end-to-end id, else the
same reference and amount (one payment only: two that fit leave the return to a person).
A return the bank announces but that names no payment of ours is kept with `payment` None
for a person; a plain debit line of a CSV that names none is no return at all.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ledger.credits import offset_credit_notes
from ledger.models import (
    Creditor,
    Invoice,
    InvoiceStatus,
    InvoiceWriteOff,
    Payment,
    PaymentAllocation,
    PaymentReturn,
)
from ledger.payments import ZERO

RETURNED = "returned"
_MIN_REFERENCE = 4


@dataclass(frozen=True)
class ReturnFacts:
    """One returned or reversed credit as read from a file; `key` is stable across imports."""

    key: str
    amount: Decimal
    returned_on: dt.date
    currency: str = "EUR"
    reason_code: str = ""
    reason: str = ""
    reference: str = ""
    payer_name: str = ""
    end_to_end_id: str = ""
    # The payment line this one reverses, when the file repeats it (a CSV status "reversed").
    original_key: str = ""
    # The bank says it is a return (CAMT); False: a debit line that may be one (CSV).
    announced: bool = True


@dataclass
class PlannedReturn:
    facts: ReturnFacts
    payment_id: int | None = None
    payment_key: str = ""
    reopened: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def recorded(self) -> bool:
        """Whether the return is kept in the ledger (undoing a payment, or for a person)."""
        return self.payment_id is not None or self.facts.announced


def existing_return_keys(creditor: Creditor, keys: Iterable[str]) -> set[str]:
    wanted = sorted(set(keys))
    if not wanted:
        return set()
    query = PaymentReturn.select(PaymentReturn.key).where(
        (PaymentReturn.creditor == creditor) & PaymentReturn.key.in_(wanted)
    )
    return {key for (key,) in query.tuples()}


def plan_returns(creditor: Creditor, returns: Sequence[ReturnFacts]) -> list[PlannedReturn]:
    """Which payment each return undoes and which invoices it reopens; writes nothing."""
    planned = []
    taken: set[int] = set()
    for facts in returns:
        found = _payments_reversed_by(creditor, facts, taken)
        if len(found) != 1:
            note = (
                "several payments fit this return: a person chooses"
                if found
                else "no payment of ours fits this return"
            )
            planned.append(PlannedReturn(facts, note=note))
            continue
        payment = found[0]
        taken.add(payment.id)
        allocated, written = _what_it_did(payment)
        touched = [i for i in {*allocated, *written} if allocated[i] + written[i] > ZERO]
        numbers = Invoice.select(Invoice.number).where(Invoice.id.in_(touched or [0]))
        planned.append(
            PlannedReturn(
                facts,
                payment_id=payment.id,
                payment_key=payment.key,
                reopened=sorted(number for (number,) in numbers.tuples()),
            )
        )
    return planned


def _payments_reversed_by(creditor: Creditor, facts: ReturnFacts, taken: set[int]) -> list[Payment]:
    alive = (
        (Payment.creditor == creditor)
        & Payment.returned_on.is_null()
        & (Payment.currency == facts.currency)
        & (Payment.received_on <= facts.returned_on)
    )
    if facts.original_key:
        found = list(Payment.select().where(alive & (Payment.key == facts.original_key)))
        if found:
            return [p for p in found if p.id not in taken]
    same_amount = alive & (Payment.amount == facts.amount)
    if facts.end_to_end_id:
        found = list(
            Payment.select()
            .where(same_amount & (Payment.end_to_end_id == facts.end_to_end_id))
            .order_by(Payment.received_on.desc(), Payment.id.desc())
        )
        found = [p for p in found if p.id not in taken]
        if found:
            return found[:1]
    reference = " ".join(facts.reference.split())
    if len(reference) >= _MIN_REFERENCE:
        found = list(
            Payment.select().where(same_amount & (Payment.reference == reference)).limit(3)
        )
        return [p for p in found if p.id not in taken]
    return []


def _what_it_did(payment: Payment) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    """Per invoice, what `payment` allocated and what it wrote off, net of undone rows."""
    allocated: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for allocation in PaymentAllocation.select().where(PaymentAllocation.payment == payment):
        allocated[allocation.invoice_id] += allocation.amount
    written: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for write_off in InvoiceWriteOff.select().where(InvoiceWriteOff.payment == payment):
        written[write_off.invoice_id] += write_off.amount
    return allocated, written


def apply_returns(creditor: Creditor, planned: Sequence[PlannedReturn], batch: str) -> None:
    """Record the returns and undo their payments; call inside `creditor_lock`."""
    for plan in planned:
        if not plan.recorded:
            continue
        facts = plan.facts
        PaymentReturn.create(
            creditor=creditor,
            key=facts.key,
            payment=plan.payment_id,
            amount=facts.amount,
            currency=facts.currency,
            returned_on=facts.returned_on,
            reason_code=facts.reason_code[:8],
            reason=facts.reason[:300],
            reference=facts.reference[:300],
            payer_name=facts.payer_name[:200],
            import_batch=batch,
        )
        if plan.payment_id is not None:
            undo_payment(Payment.get_by_id(plan.payment_id), facts.returned_on)


def undo_payment(payment: Payment, returned_on: dt.date) -> list[Invoice]:
    """Take back everything `payment` did to invoices, then use the debtors' unused credit
    notes on what reopened; the reopened invoices (as reopened, before any credit)."""
    allocated, written = _what_it_did(payment)
    reopened = []
    for invoice in Invoice.select().where(Invoice.id.in_(list({*allocated, *written}) or [0])):
        back = ZERO
        if allocated[invoice.id] > ZERO:
            PaymentAllocation.create(
                payment=payment,
                invoice=invoice,
                amount=-allocated[invoice.id],
                matched_by=RETURNED,
            )
            back += allocated[invoice.id]
        if written[invoice.id] > ZERO:
            InvoiceWriteOff.create(
                invoice=invoice,
                payment=payment,
                amount=-written[invoice.id],
                reason="payment returned",
            )
            back += written[invoice.id]
        if back > ZERO and invoice.status != InvoiceStatus.CANCELLED:
            invoice.amount_due += back
            invoice.status = status_after_return(invoice.status, invoice.amount_due, invoice.total)
            invoice.save()
            reopened.append(invoice)
    payment.returned_on = returned_on
    payment.unallocated = ZERO
    payment.save()
    for debtor_id in sorted({invoice.debtor_id for invoice in reopened}):
        offset_credit_notes(debtor_id)
    return reopened


def status_after_return(status: str, amount_due: Decimal, total: Decimal) -> str:
    """A paid invoice owes again: open when nothing of it is paid any more, else partially
    paid; a dispute, promise, plan or handover still stands."""
    if status in (InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OPEN):
        return InvoiceStatus.OPEN if amount_due >= total else InvoiceStatus.PARTIALLY_PAID
    return status


def unreported_returns(creditor: Creditor) -> list[PaymentReturn]:
    """Returns the creditor has not been told about yet (the daily digest's section)."""
    return list(
        PaymentReturn.select()
        .where((PaymentReturn.creditor == creditor) & PaymentReturn.reported_on.is_null())
        .order_by(PaymentReturn.returned_on, PaymentReturn.id)
    )


def mark_reported(returns: Iterable[PaymentReturn], day: dt.date) -> None:
    ids = [r.id for r in returns]
    if ids:
        PaymentReturn.update(reported_on=day).where(PaymentReturn.id.in_(ids)).execute()
