from __future__ import annotations

import datetime as dt
from decimal import Decimal

import time_machine
from flask import Flask, session

from admin.chart import bar_chart
from admin.labels import channel_label
from admin.stats import dashboard
from ledger.flags import open_contact_flag
from ledger.models import InvoiceStatus, Payment, PaymentAllocation, Reminder, ReminderStatus
from tests.factories import make_creditor, make_debtor, make_invoice

TODAY = dt.date(2026, 11, 23)


def test_ageing_puts_each_unpaid_amount_in_its_bucket_and_ignores_paid_ones(sqlite_db) -> None:
    debtor = make_debtor(make_creditor())
    for days_late, total in [
        (-5, "10"),
        (0, "1"),
        (1, "20"),
        (30, "2"),
        (31, "30"),
        (60, "3"),
        (61, "40"),
        (90, "4"),
        (91, "50"),
    ]:
        make_invoice(debtor, due_date=TODAY - dt.timedelta(days=days_late), total=total)
    make_invoice(debtor, due_date=None, total="5")
    make_invoice(
        debtor, due_date=TODAY - dt.timedelta(days=200), total="999", status=InvoiceStatus.PAID
    )
    figures = dashboard(TODAY)
    assert figures.ageing == {
        "not_due": {"EUR": Decimal("16.00")},
        "1_30": {"EUR": Decimal("22.00")},
        "31_60": {"EUR": Decimal("33.00")},
        "61_90": {"EUR": Decimal("44.00")},
        "over_90": {"EUR": Decimal("50.00")},
    }
    assert figures.outstanding == {"EUR": Decimal("165.00")}
    assert figures.overdue == {"EUR": Decimal("149.00")}


def test_dso_is_receivables_over_ninety_days_of_invoicing(sqlite_db) -> None:
    debtor = make_debtor(make_creditor())
    make_invoice(
        debtor,
        issue_date=TODAY - dt.timedelta(days=10),
        total="900",
        status=InvoiceStatus.PAID,
        amount_due=Decimal("0"),
    )
    make_invoice(debtor, issue_date=TODAY - dt.timedelta(days=20), total="300")
    assert dashboard(TODAY).dso_days == {"EUR": 23}  # 300 / 1200 * 90 = 22.5 days


def test_cash_recovered_counts_this_months_allocations_only(sqlite_db) -> None:
    creditor = make_creditor()
    invoice = make_invoice(make_debtor(creditor))
    for key, day, amount in [("a", dt.date(2026, 11, 2), "70"), ("b", dt.date(2026, 10, 31), "5")]:
        payment = Payment.create(
            creditor=creditor, key=key, amount=Decimal(amount), received_on=day
        )
        PaymentAllocation.create(payment=payment, invoice=invoice, amount=Decimal(amount))
    assert dashboard(TODAY).recovered_this_month == {"EUR": Decimal("70.00")}


def test_reminders_sent_this_month_are_counted_by_channel(sqlite_db) -> None:
    creditor = make_creditor()
    debtor = make_debtor(creditor)
    sent = dt.datetime(2026, 11, 5, 9, tzinfo=dt.UTC)
    rows = [
        ("email", ReminderStatus.SENT, sent),
        ("email", ReminderStatus.SENT, sent),
        ("sms", ReminderStatus.SENT, sent),
        ("letter", ReminderStatus.FAILED, None),
        ("email", ReminderStatus.SENT, dt.datetime(2026, 10, 30, tzinfo=dt.UTC)),
    ]
    for n, (channel, status, at) in enumerate(rows):
        Reminder.create(
            creditor=creditor,
            debtor=debtor,
            key=f"k{n}",
            ladder="l",
            step_id="s",
            channel=channel,
            due_on=TODAY,
            status=status,
            sent_at=at,
        )
    assert dashboard(TODAY).reminders_by_channel == {"email": 2, "sms": 1}


def test_debtors_to_complete_counts_each_flagged_debtor_once(sqlite_db) -> None:
    creditor = make_creditor()
    first, second = make_debtor(creditor), make_debtor(creditor)
    open_contact_flag(first, "email")
    open_contact_flag(first, "postal_address")
    open_contact_flag(second, "phone")
    assert dashboard(TODAY).debtors_to_complete == 2


def test_the_dashboard_page_shows_the_figures_and_an_svg_chart(admin_client, sqlite_db) -> None:
    debtor = make_debtor(make_creditor())
    make_invoice(debtor, due_date=dt.date(2020, 1, 1), total="1234.50")
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)):
        html = admin_client.get("/admin/").get_data(as_text=True)
    assert "<svg" in html
    assert "1\u202f234,50\xa0€" in html


def test_the_chart_escapes_its_labels() -> None:
    svg = str(bar_chart([("<b>x</b>", Decimal("1"))], "t"))
    assert "<b>" not in svg
    assert "&lt;b&gt;" in svg


def test_channels_are_named_for_staff_in_french_and_in_english(app: Flask) -> None:
    with app.test_request_context():
        assert channel_label("registered_letter") == "Mise en demeure (recommandé)"
        assert channel_label("a_new_channel") == "a_new_channel"
    with app.test_request_context():
        session["lang"] = "en"
        assert channel_label("letter") == "Letter"
