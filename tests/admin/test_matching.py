from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from flask.testing import FlaskClient

from admin.matching import MatchError, match_manually, suggestions
from ledger.models import Invoice, InvoiceStatus, InvoiceWriteOff, Payment, PaymentAllocation
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
        ("ok", "NaN", "amount"),
        ("ok", "1.234", "amount"),
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
    assert [s.invoice.id for s in suggestions(payment)] == [invoice.id, other.id]


def test_suggestions_rank_reference_then_name_then_amount(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    named = make_invoice(
        make_debtor(creditor, name="Paul Durand"), number="F2026-0777", total="500"
    )
    by_name = make_invoice(make_debtor(creditor, name="Jeanne Martin"), total="300.00")
    by_amount = make_invoice(make_debtor(creditor, name="Luc Moreau"), total="120.00")
    make_invoice(make_debtor(creditor, name="Zoé Garçon"), total="9999.00")
    payment = Payment.create(
        creditor=creditor, key="p", amount=Decimal("120"), received_on=dt.date(2026, 11, 20),
        unallocated=Decimal("120"), reference="VIR M MARTIN JEANNE FACT F2026 0777",
        payer_name="MARTIN JEANNE",
    )  # fmt: skip
    ranked = suggestions(payment)
    assert [s.invoice.id for s in ranked[:3]] == [named.id, by_name.id, by_amount.id]
    assert ranked[0].reasons == ["reference"]
    assert "name" in ranked[1].reasons and ranked[2].reasons == ["amount"]


def test_a_refused_match_says_why_in_french_and_keeps_the_selection(
    staff_client: FlaskClient, unmatched
) -> None:  # type: ignore[no-untyped-def]
    payment, invoice = unmatched
    url = f"/admin/payment/match/{payment.id}"
    token = page_token(staff_client, url)
    form = {"invoice": invoice.id, "amount": "90", "reason": "frais", "csrf_token": token}
    response = staff_client.post(url, data=form)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Il ne reste que 80,00" in html
    assert "amount:" not in html
    assert f'value="{invoice.id}" id="m-{invoice.id}" checked' in html
    assert 'value="90"' in html and 'value="frais"' in html
    staff_client.get("/admin/?lang=en")
    html = staff_client.post(url, data=form).get_data(as_text=True)
    assert "Only €80.00 is due on this invoice." in html


def test_staff_write_off_the_difference_from_the_match_page(
    staff_client: FlaskClient, sqlite_db
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    invoice = make_invoice(make_debtor(creditor), total="100.00")
    payment = Payment.create(
        creditor=creditor, key="p", amount=Decimal("97.22"), received_on=dt.date(2026, 11, 20),
        unallocated=Decimal("97.22"),
    )  # fmt: skip
    url = f"/admin/payment/match/{payment.id}"
    token = page_token(staff_client, url)
    without_reason = {"invoice": invoice.id, "write_off": "1", "csrf_token": token}
    refused = staff_client.post(url, data=without_reason)
    assert refused.status_code == 400
    assert "Dites pourquoi" in refused.get_data(as_text=True)
    done = staff_client.post(url, data={**without_reason, "reason": "frais bancaires"})
    assert done.status_code == 302
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.PAID
    assert InvoiceWriteOff.get().amount == Decimal("2.78")
