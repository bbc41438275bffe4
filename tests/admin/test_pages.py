from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from flask import Flask
from flask.testing import FlaskClient

from ledger.flags import open_contact_flag
from ledger.models import Document, DocumentOutcome, Payment, Reminder, ReminderStatus
from tests.factories import make_creditor, make_debtor, make_invoice

PAGES = [
    "/admin/",
    "/admin/worklist/",
    "/admin/debtor/",
    "/admin/debtor/?flt0_0=1",
    "/admin/invoice/",
    "/admin/payment/",
    "/admin/reminder/",
    "/admin/document/",
    "/admin/document/?flt0_0=quarantined",
    "/admin/letters/",
    "/admin/phone/",
    "/admin/rules/",
    "/admin/adminuser/",
]


@pytest.fixture
def ledger_rows(sqlite_db):  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    debtor = make_debtor(creditor, name="Dupont SARL", customer_ref="C1")
    invoice = make_invoice(debtor, due_date=dt.date(2026, 10, 1), total="250.00")
    open_contact_flag(debtor, "email", step_id="r1", amount_at_stake=Decimal("250.00"))
    Payment.create(
        creditor=creditor,
        key="p1",
        amount=Decimal("40"),
        received_on=dt.date(2026, 11, 20),
        unallocated=Decimal("40"),
        reference="VIR DUPONT",
    )
    Reminder.create(
        creditor=creditor,
        debtor=debtor,
        key="k1",
        ladder="standard",
        step_id="call",
        channel="phone_task",
        due_on=dt.date(2026, 11, 23),
        status=ReminderStatus.PENDING,
    )
    Document.create(
        sha256="0" * 64,
        original_filename="scan.pdf",
        outcome=DocumentOutcome.QUARANTINED,
        reason="no invoice number found",
    )
    return debtor, invoice


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_for_an_administrator(
    admin_client: FlaskClient, ledger_rows, url: str
) -> None:
    response = admin_client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[-2000:]


def test_the_debtor_file_shows_the_timeline(admin_client: FlaskClient, ledger_rows) -> None:
    debtor, invoice = ledger_rows
    html = admin_client.get(f"/admin/debtor/file/{debtor.id}").get_data(as_text=True)
    assert invoice.number in html
    assert "Dupont SARL" in html


def test_pages_are_french_by_default_and_english_on_request(
    app: Flask, admin_client: FlaskClient
) -> None:
    assert "Tableau de bord" in admin_client.get("/admin/").get_data(as_text=True)
    assert "Dashboard" in admin_client.get("/admin/?lang=en").get_data(as_text=True)
    assert "Outstanding" in admin_client.get("/admin/").get_data(as_text=True)


def test_a_hand_made_sort_on_an_unsortable_column_is_ignored(admin_client: FlaskClient) -> None:
    assert admin_client.get("/admin/invoice/?sort=5&desc=1").status_code == 200


def test_the_overdue_filter_lists_only_late_unpaid_invoices(
    admin_client: FlaskClient, sqlite_db
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    make_invoice(debtor, number="LATE-1", due_date=dt.date(2020, 1, 1))
    make_invoice(debtor, number="PAID-1", due_date=dt.date(2020, 1, 1), status="paid")
    make_invoice(debtor, number="SOON-1", due_date=dt.date(2999, 1, 1))
    html = admin_client.get("/admin/invoice/?flt0_0=1").get_data(as_text=True)
    assert "LATE-1" in html
    assert "PAID-1" not in html and "SOON-1" not in html
