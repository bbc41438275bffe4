from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from flask.testing import FlaskClient

from ledger.clock import today
from ledger.flags import open_contact_flag
from ledger.letters import record_batch
from ledger.models import (
    ContactFlag,
    Debtor,
    DebtorNote,
    Document,
    DocumentOutcome,
    InboundMail,
    Invoice,
    InvoiceStatus,
    Reminder,
    ReminderStatus,
    SystemState,
)
from ledger.storage import blobs
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


def stored_document(settings, name: str = "facture.pdf", **fields) -> Document:  # type: ignore[no-untyped-def]
    key = blobs.put(PDF, ".pdf")
    values = {"sha256": key[3:67], "original_filename": name, "storage_path": key}
    return Document.create(**{**values, **fields})


def test_a_document_pdf_is_served_inline_with_a_safe_file_name(
    staff_client: FlaskClient, settings
) -> None:  # type: ignore[no-untyped-def]
    document = stored_document(settings, name='évil"\r\nX-Injected: 1.pdf')
    response = staff_client.get(f"/admin/document/pdf/{document.id}")
    assert response.status_code == 200
    assert response.data == PDF
    assert response.mimetype == "application/pdf"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("inline")
    assert "\r" not in disposition and "\n" not in disposition and '"evil' not in disposition
    assert "X-Injected" not in response.headers
    assert response.headers["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "stored", ["../../etc/passwd", "/etc/passwd", "", "ab/missing.pdf", f"ab/ab{'0' * 62}.pdf"]
)
def test_a_document_path_outside_the_data_folder_is_never_served(
    staff_client: FlaskClient, settings, stored: str
) -> None:  # type: ignore[no-untyped-def]
    document = Document.create(sha256="b" * 64, storage_path=stored)
    assert staff_client.get(f"/admin/document/pdf/{document.id}").status_code == 404


def test_the_quarantine_filter_shows_only_quarantined_documents(
    staff_client: FlaskClient, settings
) -> None:  # type: ignore[no-untyped-def]
    stored_document(settings, name="good.pdf", outcome=DocumentOutcome.INGESTED)
    stored_document(settings, name="bad.pdf", outcome=DocumentOutcome.QUARANTINED, reason="x" * 500)
    html = staff_client.get("/admin/document/?flt0_0=quarantined").get_data(as_text=True)
    assert "bad.pdf" in html
    assert "good.pdf" not in html
    assert "x" * 100 not in html
    assert "x" * 70 in html


def test_a_refused_mail_is_listed_with_its_reason_and_its_subject_escaped(
    staff_client: FlaskClient,
) -> None:
    InboundMail.create(
        key="k1",
        source="smtp",
        sender="inconnu@ailleurs.test",
        subject="<b>Facture</b>",
        outcome=DocumentOutcome.QUARANTINED,
        reason="sender not allowed for any creditor",
    )
    html = staff_client.get("/admin/mail/?flt0_0=quarantined").get_data(as_text=True)
    assert "inconnu@ailleurs.test" in html
    assert "sender not allowed for any creditor" in html
    assert "&lt;b&gt;Facture&lt;/b&gt;" in html
    assert "<b>Facture</b>" not in html


def test_a_letter_batch_is_downloaded_and_marked_as_posted(
    staff_client: FlaskClient, settings
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    reminder = Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key="k",
        ladder="standard",
        step_id="r3",
        channel="letter",
        due_on=today(),
        status=ReminderStatus.SENT,
        file_path=blobs.put(PDF, ".pdf"),
        print_day=today(),
    )
    record_batch(today().isoformat(), today(), blobs.put(PDF, ".pdf"), [reminder.id], len(PDF))
    name = f"{today().isoformat()}.pdf"
    page = staff_client.get("/admin/letters/").get_data(as_text=True)
    assert name in page
    download = staff_client.get(f"/admin/letters/download/{name}")
    assert download.data == PDF
    assert download.headers["Content-Disposition"].startswith("attachment")
    token = page_token(staff_client, "/admin/letters/")
    staff_client.post(f"/admin/letters/posted/{name}", data={"csrf_token": token})
    assert Reminder.get_by_id(reminder.id).outcome.startswith("posted")
    page = staff_client.get("/admin/letters/").get_data(as_text=True)
    assert "mark-posted" not in page


@pytest.mark.parametrize("name", ["..%2Fsecret.pdf", "secret.txt", "missing.pdf", "2026-01-02.pdf"])
def test_only_the_batches_of_days_with_letters_are_served(
    staff_client: FlaskClient, settings, name: str
) -> None:  # type: ignore[no-untyped-def]
    record_batch(today().isoformat(), today(), blobs.put(PDF, ".pdf"), [], len(PDF))
    assert staff_client.get(f"/admin/letters/download/{name}").status_code == 404


def test_a_phone_call_outcome_closes_the_task_and_lands_on_the_timeline(
    staff_client: FlaskClient,
) -> None:
    debtor = make_debtor(make_creditor(), phone="+33612345678")
    task = Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key="call",
        ladder="standard",
        step_id="call",
        channel="phone_task",
        due_on=today(),
        status=ReminderStatus.PENDING,
    )
    assert debtor.name in staff_client.get("/admin/phone/").get_data(as_text=True)
    token = page_token(staff_client, "/admin/phone/")
    staff_client.post(
        f"/admin/phone/{task.id}",
        data={"outcome": "reached", "text": "pays on Friday", "csrf_token": token},
    )
    stored = Reminder.get_by_id(task.id)
    assert stored.outcome == "call: reached: pays on Friday" and stored.done_at is not None
    assert DebtorNote.get(DebtorNote.debtor == debtor).kind == "call"
    assert debtor.name not in staff_client.get("/admin/phone/").get_data(as_text=True)


def test_the_rules_page_shows_the_file_and_the_error_the_engine_published(
    admin_client: FlaskClient, settings
) -> None:  # type: ignore[no-untyped-def]
    ok = admin_client.get("/admin/rules/").get_data(as_text=True)
    assert "Les règles sont valides" in ok
    assert "reminder_1" in ok
    SystemState.create(key="rules.error", value="rules.yaml:3: <unknown> channel")
    broken = admin_client.get("/admin/rules/").get_data(as_text=True)
    assert "rules.yaml:3: &lt;unknown&gt; channel" in broken


def test_the_rules_page_names_the_line_of_a_mistake_in_the_file(
    admin_client: FlaskClient, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.rules.write_text("ladders:\n  standard:\n    - {id: r1, at: soon, channel: fax}\n")
    html = admin_client.get("/admin/rules/").get_data(as_text=True)
    assert "serait refusé" in html
    assert f"{settings.rules}:3" in html


def test_the_rules_page_dry_runs_the_next_seven_days(admin_client: FlaskClient, settings) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor(), name="Due Soon", email="due@soon.test", ladder="standard")
    make_invoice(debtor, number="F-77", due_date=today())
    make_invoice(
        make_debtor(debtor.creditor, name="Far Away", ladder="standard"),
        due_date=today() + dt.timedelta(days=60),
    )
    html = admin_client.get("/admin/rules/").get_data(as_text=True)
    assert "Due Soon" in html and "F-77" in html and "1re relance (e-mail)" in html
    assert (today() + dt.timedelta(days=1)).strftime("%d/%m/%Y") in html
    assert "Far Away" not in html
    assert Reminder.select().count() == 0


def test_staff_may_not_open_the_rules(staff_client: FlaskClient) -> None:
    assert staff_client.get("/admin/rules/").status_code == 403


def test_debtor_actions_change_the_invoices_and_write_the_timeline(
    staff_client: FlaskClient,
) -> None:
    debtor = make_debtor(make_creditor())
    first, second = make_invoice(debtor), make_invoice(debtor)
    url = f"/admin/debtor/file/{debtor.id}"
    token = page_token(staff_client, url)
    act = f"{url}/act"
    until = (today() + dt.timedelta(days=10)).isoformat()
    staff_client.post(
        act, data={"action": "promise", "until": until, "invoice": first.id, "csrf_token": token}
    )
    staff_client.post(act, data={"action": "dispute", "invoice": second.id, "csrf_token": token})
    staff_client.post(
        act,
        data={"action": "do_not_contact", "reason": "décès", "confirm": "1", "csrf_token": token},
    )
    staff_client.post(
        act,
        data={"action": "call", "outcome": "reached", "text": "rappel lundi", "csrf_token": token},
    )
    promised = Invoice.get_by_id(first.id)
    assert (promised.status, promised.pause_until.isoformat()) == (InvoiceStatus.PROMISED, until)
    assert Invoice.get_by_id(second.id).status == InvoiceStatus.DISPUTED
    assert Debtor.get_by_id(debtor.id).do_not_contact is True
    timeline = staff_client.get(url).get_data(as_text=True)
    assert "rappel lundi" in timeline
    day = (today() + dt.timedelta(days=10)).strftime("%d/%m/%Y")
    assert f"Promesse de paiement avant le {day}" in timeline
    assert "Litige : " in timeline and "Ne pas contacter" in timeline


def test_a_promise_in_the_past_is_refused_with_a_message(staff_client: FlaskClient) -> None:
    debtor = make_debtor(make_creditor())
    invoice = make_invoice(debtor)
    url = f"/admin/debtor/file/{debtor.id}"
    token = page_token(staff_client, url)
    response = staff_client.post(
        f"{url}/act",
        data={"action": "promise", "until": "2020-01-01", "csrf_token": token},
        follow_redirects=True,
    )
    assert "une promesse demande une date future" in response.get_data(as_text=True)
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.OPEN


def test_assign_ladder_in_bulk_from_the_debtor_list(staff_client: FlaskClient) -> None:
    creditor = make_creditor()
    debtors = [make_debtor(creditor), make_debtor(creditor)]
    token = page_token(staff_client, "/admin/debtor/")
    response = staff_client.post(
        "/admin/debtor/action/",
        data={"action": "assign_ladder", "rowid": [d.id for d in debtors], "csrf_token": token},
    )
    assert response.status_code == 302
    form_url = response.headers["Location"]
    assert "assign-ladder" in form_url
    staff_client.post(
        form_url,
        data={
            "ladder": "standard",
            "csrf_token": token,
            "ids": ",".join(str(d.id) for d in debtors),
        },
    )
    assert {d.ladder for d in Debtor.select()} == {"standard"}
    refused = staff_client.post(
        form_url,
        data={"ladder": "invented", "csrf_token": token, "ids": str(debtors[0].id)},
    )
    assert refused.status_code == 200
    assert Debtor.get_by_id(debtors[0].id).ladder == "standard"


def test_editing_a_debtor_validates_the_email_and_resolves_flags(
    staff_client: FlaskClient,
) -> None:
    debtor = make_debtor(make_creditor(), name="Edit Me")
    open_contact_flag(debtor, "email", amount_at_stake=Decimal("10"))
    url = f"/admin/debtor/edit/?id={debtor.id}"
    token = page_token(staff_client, url)
    form = {"name": "Edit Me", "country": "FR", "language": "fr", "csrf_token": token}
    staff_client.post(url, data={**form, "email": "broken"})
    assert Debtor.get_by_id(debtor.id).email is None
    staff_client.post(url, data={**form, "email": "edit@example.fr"})
    assert Debtor.get_by_id(debtor.id).email == "edit@example.fr"
    assert ContactFlag.get(ContactFlag.debtor == debtor).resolved_at is not None


def test_long_untrusted_values_are_truncated_in_lists(staff_client: FlaskClient) -> None:
    make_invoice(make_debtor(make_creditor(), name="N" * 300))
    html = staff_client.get("/admin/invoice/").get_data(as_text=True)
    assert "N" * 100 not in html
    assert "N" * 50 in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("flt0_0=standard", {"On the ladder"}),
        ("flt0_0=-", {"Rules decide", "Flagged"}),
        ("flt0_1=1", {"Flagged"}),
        ("flt0_1=0", {"On the ladder", "Rules decide"}),
    ],
)
def test_the_debtor_filters_by_ladder_and_open_flag(
    staff_client: FlaskClient, query: str, expected: set[str]
) -> None:
    creditor = make_creditor()
    make_debtor(creditor, name="On the ladder", ladder="standard")
    make_debtor(creditor, name="Rules decide")
    open_contact_flag(make_debtor(creditor, name="Flagged"), "email")
    html = staff_client.get(f"/admin/debtor/?{query}").get_data(as_text=True)
    shown = {name for name in ("On the ladder", "Rules decide", "Flagged") if name in html}
    assert shown == expected


def test_refused_smtp_transactions_are_listed_among_the_mails_received(
    staff_client: FlaskClient,
) -> None:
    from ledger.inbound import record_refusal

    record_refusal(
        "203.0.113.7",
        "intrus@elsewhere.test",
        ("factures@relance.localhost",),
        "550 5.7.1 Sender <intrus@elsewhere.test> is not allowed to send invoices here",
    )
    page = staff_client.get("/admin/mail/").get_data(as_text=True)
    assert "intrus@elsewhere.test" in page
    assert "Refusé" in page
    assert "203.0.113.7" in page
