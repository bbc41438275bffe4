from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
import pytest

from ledger.manual_payments import allocate_manually, unmatched_payments
from ledger.models import Invoice, InvoiceStatus, Payment, PaymentAllocation
from ledger.payments import (
    AllocationError,
    PaymentFacts,
    PlannedAllocation,
    PlannedPayment,
    creditor_lock,
    existing_keys,
    record_payments,
)
from tests.factories import make_creditor, make_debtor, make_invoice


def planned(key: str, amount: str, *allocations: tuple[Invoice, str]) -> PlannedPayment:
    facts = PaymentFacts(key=key, amount=Decimal(amount), received_on=dt.date(2026, 11, 20))
    return PlannedPayment(
        facts,
        [PlannedAllocation(i.id, i.number, Decimal(a), "invoice_number") for i, a in allocations],
    )


def fresh(invoice: Invoice) -> Invoice:
    return Invoice.get_by_id(invoice.id)


def test_a_partial_payment_leaves_the_rest_due_and_the_invoice_partially_paid(
    ledger_db: peewee.Database,
) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), total="100.00")
    record_payments(invoice.creditor, [planned("k1", "40.00", (invoice, "40.00"))], "b1")
    assert (fresh(invoice).status, fresh(invoice).amount_due) == (
        "partially_paid",
        Decimal("60.00"),
    )


def test_several_payments_settle_one_invoice(ledger_db: peewee.Database) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), total="100.00")
    record_payments(invoice.creditor, [planned("k1", "40.00", (invoice, "40.00"))], "b1")
    record_payments(invoice.creditor, [planned("k2", "60.00", (invoice, "60.00"))], "b2")
    assert (fresh(invoice).status, fresh(invoice).amount_due) == ("paid", Decimal("0.00"))
    assert PaymentAllocation.select().where(PaymentAllocation.invoice == invoice).count() == 2


def test_one_payment_settles_several_invoices_and_keeps_the_excess_as_credit(
    ledger_db: peewee.Database,
) -> None:
    debtor = make_debtor(make_creditor())
    a, b = make_invoice(debtor, total="30.00"), make_invoice(debtor, total="50.00")
    ids = record_payments(
        debtor.creditor, [planned("k", "100.00", (a, "30.00"), (b, "50.00"))], "batch"
    )
    assert fresh(a).status == fresh(b).status == "paid"
    assert Payment.get_by_id(ids["k"]).unallocated == Decimal("20.00")
    assert [p.id for p in unmatched_payments()] == [ids["k"]]


@pytest.mark.parametrize(
    ("status", "paid", "after"),
    [
        (InvoiceStatus.DISPUTED, "100.00", "paid"),
        (InvoiceStatus.PROMISED, "100.00", "paid"),
        (InvoiceStatus.IN_PLAN, "100.00", "paid"),
        (InvoiceStatus.DISPUTED, "10.00", "disputed"),
        (InvoiceStatus.PROMISED, "10.00", "promised"),
        (InvoiceStatus.OPEN, "10.00", "partially_paid"),
    ],
)
def test_a_fully_paid_invoice_is_paid_whatever_it_was_and_a_part_keeps_a_dispute(
    ledger_db: peewee.Database, status: str, paid: str, after: str
) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), total="100.00", status=status)
    record_payments(invoice.creditor, [planned("k", paid, (invoice, paid))], "b")
    assert fresh(invoice).status == after


def test_a_key_already_held_is_refused_rather_than_counted_twice(
    ledger_db: peewee.Database,
) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), total="100.00")
    record_payments(invoice.creditor, [planned("k", "10.00", (invoice, "10.00"))], "b1")
    assert existing_keys(invoice.creditor, ["k", "other"]) == {"k"}
    with pytest.raises(peewee.IntegrityError), creditor_lock(invoice.creditor):
        record_payments(invoice.creditor, [planned("k", "10.00", (invoice, "10.00"))], "b2")
    assert fresh(invoice).amount_due == Decimal("90.00")


def test_an_allocation_beyond_what_is_due_rolls_the_file_back(
    ledger_db: peewee.Database,
) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), total="10.00")
    with pytest.raises(AllocationError), creditor_lock(invoice.creditor):
        record_payments(invoice.creditor, [planned("k", "20.00", (invoice, "20.00"))], "b")
    assert Payment.select().count() == 0
    assert fresh(invoice).amount_due == Decimal("10.00")


def unmatched(creditor: object, amount: str) -> Payment:
    return Payment.create(
        creditor=creditor,
        key=f"manual-{amount}",
        amount=Decimal(amount),
        received_on=dt.date(2026, 11, 20),
        unallocated=Decimal(amount),
    )


def test_a_manual_match_applies_part_of_an_unmatched_payment(
    ledger_db: peewee.Database,
) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), total="100.00")
    payment = unmatched(invoice.creditor, "150.00")
    allocation = allocate_manually(payment, invoice, "100.00")
    assert allocation.matched_by == "manual"
    assert fresh(invoice).status == "paid"
    assert Payment.get_by_id(payment.id).unallocated == Decimal("50.00")


@pytest.mark.parametrize(
    ("amount", "invoice_fields", "reason"),
    [
        ("60.00", {}, "only 50.00 of the payment is unallocated"),
        ("20.00", {"total": "10.00"}, "only 10.00 is due"),
        ("0", {}, "must be positive"),
        ("10.00", {"is_credit_note": True}, "credit note"),
        ("10.00", {"status": "cancelled"}, "the invoice is cancelled"),
    ],
)
def test_a_manual_match_refuses_what_would_break_the_books(
    ledger_db: peewee.Database, amount: str, invoice_fields: dict[str, object], reason: str
) -> None:
    invoice = make_invoice(make_debtor(make_creditor()), **invoice_fields)
    payment = unmatched(invoice.creditor, "50.00")
    with pytest.raises(AllocationError, match=reason):
        allocate_manually(payment, invoice, amount)
    assert Payment.get_by_id(payment.id).unallocated == Decimal("50.00")


def test_a_manual_match_refuses_another_creditors_invoice(ledger_db: peewee.Database) -> None:
    invoice = make_invoice(make_debtor(make_creditor()))
    payment = unmatched(make_creditor(), "50.00")
    with pytest.raises(AllocationError, match="another creditor"):
        allocate_manually(payment, invoice, "10.00")
