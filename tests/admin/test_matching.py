from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from flask.testing import FlaskClient

from admin.matching import MatchError, candidates, match_manually
from ledger.models import Invoice, InvoiceStatus, Payment, PaymentAllocation
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice


@pytest.fixture
def unmatched(sqlite_db):  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    invoice = make_invoice(make_debtor(creditor, customer_ref="C7"), total="80.00")
    payment = Payment.create(
        creditor=creditor,
        key="p1",
        amount=Decimal("100"),
        received_on=dt.date(2026, 11, 20),
        unallocated=Decimal("100"),
        reference="VIR SANS REFERENCE",
        customer_ref="C7",
    )
    return payment, invoice


def test_staff_match_an_unmatched_payment_by_hand(staff_client: FlaskClient, unmatched) -> None:  # type: ignore[no-untyped-def]
    payment, invoice = unmatched
    queue = staff_client.get("/admin/payment/?flt0_0=1").get_data(as_text=True)
    assert "VIR SANS REFERENCE" in queue
    url = f"/admin/payment/match/{payment.id}"
    assert invoice.number in staff_client.get(url).get_data(as_text=True)
    token = page_token(staff_client, url)
    response = staff_client.post(
        url, data={"invoice": invoice.id, "amount": "", "csrf_token": token}
    )
    assert response.status_code == 302
    allocation = PaymentAllocation.get()
    assert (allocation.amount, allocation.matched_by) == (Decimal("80.00"), "manual:claire")
    assert Payment.get_by_id(payment.id).unallocated == Decimal("20.00")
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.PAID


@pytest.mark.parametrize(
    ("invoice_id", "amount", "field"),
    [
        ("", "10", "invoice"),
        ("999", "10", "invoice"),
        ("ok", "abc", "amount"),
        ("ok", "150", "amount"),
        ("ok", "90", "amount"),
        ("ok", "-5", "amount"),
    ],
)
def test_a_wrong_manual_match_is_refused_naming_the_field(
    unmatched, invoice_id: str, amount: str, field: str
) -> None:  # type: ignore[no-untyped-def]
    payment, invoice = unmatched
    chosen = str(invoice.id) if invoice_id == "ok" else invoice_id
    with pytest.raises(MatchError) as refused:
        match_manually(payment, chosen, amount, by="claire")
    assert refused.value.field == field
    assert PaymentAllocation.select().count() == 0


def test_the_payers_invoices_come_first(unmatched) -> None:  # type: ignore[no-untyped-def]
    payment, invoice = unmatched
    other = make_invoice(make_debtor(payment.creditor), due_date=dt.date(2020, 1, 1))
    assert [i.id for i in candidates(payment)] == [invoice.id, other.id]
