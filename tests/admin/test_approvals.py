"""À valider: formal notices and handovers wait for a person, who sees the debtor's history
and approves or rejects with a reason (issue 11)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from flask.testing import FlaskClient

from ledger.invoices import InvoiceFacts, record_invoice
from ledger.models import DebtorNote, Invoice, Reminder, ReminderInvoice, ReminderStatus
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice

DAY = dt.date(2026, 12, 7)


def waiting_notice() -> Reminder:
    creditor = make_creditor(name="Plomberie Durand SARL")
    debtor = make_debtor(creditor, name="Garage <Martin>")
    invoice = make_invoice(debtor, number="F-40", total="1200.00", currency="GBP")
    earlier = Reminder.create(
        creditor=creditor,
        debtor=debtor,
        key="r3",
        ladder="standard",
        step_id="r3",
        channel="letter",
        due_on=DAY - dt.timedelta(days=9),
        status=ReminderStatus.SENT,
    )
    ReminderInvoice.create(
        reminder=earlier, invoice=invoice, ladder="standard", step_id="r3", amount_due=1200
    )
    notice = Reminder.create(
        creditor=creditor,
        debtor=debtor,
        key="notice",
        ladder="standard",
        step_id="notice",
        channel="registered_letter",
        due_on=DAY,
        status=ReminderStatus.AWAITING_APPROVAL,
        totals={"GBP": Decimal("1200.00")},
    )
    ReminderInvoice.create(
        reminder=notice, invoice=invoice, ladder="standard", step_id="notice", amount_due=1200
    )
    return notice


def test_the_queue_shows_the_step_its_invoices_in_their_currency_and_the_history(
    staff_client: FlaskClient,
) -> None:
    waiting_notice()
    html = staff_client.get("/admin/approvals/").get_data(as_text=True)
    flat = html.replace("\u202f", " ").replace("\xa0", " ")
    assert "Garage &lt;Martin&gt;" in html
    assert "Mise en demeure (recommandé)" in html
    assert "F-40" in flat and "1 200,00 £GB" in flat
    assert "2e relance (courrier)" in html and "Envoyée" in html
    assert "À valider" in html


def test_staff_approve_a_notice_and_it_goes_out_at_the_next_pass(staff_client: FlaskClient) -> None:
    notice = waiting_notice()
    token = page_token(staff_client, "/admin/approvals/")
    answer = staff_client.post(
        f"/admin/approvals/{notice.id}", data={"decision": "approve", "csrf_token": token}
    )
    assert answer.status_code == 302
    again = Reminder.get_by_id(notice.id)
    assert (again.status, again.decided_by) == (ReminderStatus.PENDING, "claire")


def test_a_rejection_without_a_reason_is_refused_and_with_one_is_kept(
    staff_client: FlaskClient,
) -> None:
    notice = waiting_notice()
    token = page_token(staff_client, "/admin/approvals/")
    staff_client.post(
        f"/admin/approvals/{notice.id}", data={"decision": "reject", "csrf_token": token}
    )
    assert Reminder.get_by_id(notice.id).status == ReminderStatus.AWAITING_APPROVAL
    page = staff_client.get("/admin/approvals/").get_data(as_text=True)
    assert "Indiquez le motif du refus." in page
    staff_client.post(
        f"/admin/approvals/{notice.id}",
        data={"decision": "reject", "reason": "paie vendredi", "csrf_token": token},
    )
    assert Reminder.get_by_id(notice.id).status == ReminderStatus.REJECTED
    assert DebtorNote.get().text == "rejected: notice (registered_letter): paie vendredi"
    timeline = staff_client.get(f"/admin/debtor/file/{notice.debtor_id}").get_data(as_text=True)
    assert "Refusée : notice (Mise en demeure (recommandé)) : paie vendredi" in timeline


def test_the_timeline_shows_a_jumped_step_with_its_reason_and_a_credit_note_set_against_an_invoice(
    staff_client: FlaskClient,
) -> None:
    creditor = make_creditor()
    debtor = make_debtor(creditor, name="Mme Agnès Moreau", kind="consumer")
    invoice = make_invoice(debtor, number="F-1", total="100.00")
    record_invoice(
        creditor,
        debtor,
        InvoiceFacts(
            number="AV-1", total=Decimal("30"), amount_due=Decimal("30"), is_credit_note=True
        ),
    )
    Reminder.create(
        creditor=creditor,
        debtor=debtor,
        key="skip",
        ladder="standard",
        step_id="courtesy",
        channel="email",
        due_on=DAY,
        status=ReminderStatus.SKIPPED,
        outcome="skipped: its time, before the due date, passed",
    )
    html = staff_client.get(f"/admin/debtor/file/{debtor.id}").get_data(as_text=True)
    flat = html.replace("\u202f", " ").replace("\xa0", " ").replace("&#39;", "'")
    assert "Étape sautée : son moment, avant l'échéance, est passé" in flat
    assert "AV-1 imputé sur F-1 : 30,00 €" in flat
    assert "Particulier" in flat
    assert Invoice.get_by_id(invoice.id).amount_due == Decimal("70.00")
