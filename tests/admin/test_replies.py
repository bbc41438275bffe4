"""Réponses à traiter: staff read what a debtor answered and decide in one click."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask.testing import FlaskClient

from ledger.clock import today
from ledger.models import (
    ContactFlag,
    Debtor,
    DebtorNote,
    DebtorReply,
    Invoice,
    Reminder,
    ReminderInvoice,
    ReplyKind,
)
from ledger.replies import AnswerFacts, record_answer
from ledger.storage import blobs
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice


def answered(kind: str = ReplyKind.REPLY, text: str = "J'ai payé hier.") -> DebtorReply:
    creditor = make_creditor(name="Plomberie Durand")
    debtor = make_debtor(creditor, name="Boulangerie <Martin>", email="martin@client.test")
    invoice = make_invoice(debtor, number="F-77", due_date=today() - dt.timedelta(days=5))
    make_invoice(debtor, number="F-78", due_date=today() + dt.timedelta(days=30))
    reminder = Reminder.create(
        creditor=creditor,
        debtor=debtor,
        key="k1",
        ladder="standard",
        step_id="r1",
        channel="email",
        due_on=today(),
        status="sent",
        recipient="martin@client.test",
        reply_token="abcdefghijklmnop",
    )
    ReminderInvoice.create(
        reminder=reminder, invoice=invoice, ladder="standard", step_id="r1", amount_due=100
    )
    return record_answer(
        AnswerFacts(
            reminder_id=reminder.id,
            kind=kind,
            mail_key="<a@client.test>",
            sender="martin@client.test",
            subject="RE: Rappel",
            excerpt=text,
        )
    )


def act(client: FlaskClient, reply: DebtorReply, **form: str):  # type: ignore[no-untyped-def]
    token = page_token(client, "/admin/replies/")
    return client.post(f"/admin/replies/{reply.id}", data={"csrf_token": token, **form})


def test_the_page_lists_the_replies_to_handle_in_french_with_the_text_escaped(
    staff_client: FlaskClient,
) -> None:
    answered(text="<script>alert(1)</script> j'ai payé")
    page = staff_client.get("/admin/replies/").get_data(as_text=True)
    assert "Réponses à traiter" in page
    assert "Boulangerie &lt;Martin&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; j&#39;ai payé" in page
    assert "<script>alert(1)" not in page
    for label in ("Promesse de paiement", "Litige", "Déjà payé", "Mauvais contact"):
        assert label in page


def test_a_promise_with_a_date_pauses_the_invoice_the_reminder_was_about(
    staff_client: FlaskClient,
) -> None:
    reply = answered()
    until = today() + dt.timedelta(days=10)
    response = act(staff_client, reply, action="promise", until=until.isoformat())
    assert response.status_code == 302
    promised = Invoice.get(Invoice.number == "F-77")
    assert (promised.status, promised.pause_until) == ("promised", until)
    assert Invoice.get(Invoice.number == "F-78").status == "open"
    handled = DebtorReply.get_by_id(reply.id)
    assert (handled.resolution, handled.handled_by) == ("promise", "claire")
    assert "Aucune réponse à traiter." in staff_client.get("/admin/replies/").get_data(as_text=True)


def test_a_promise_without_a_date_is_refused_and_the_reply_waits(
    staff_client: FlaskClient,
) -> None:
    reply = answered()
    act(staff_client, reply, action="promise", until="")
    assert DebtorReply.get_by_id(reply.id).handled_at is None
    assert Invoice.get(Invoice.number == "F-77").status == "open"


@pytest.mark.parametrize(
    ("action", "check"),
    [
        ("dispute", lambda d: Invoice.get(Invoice.number == "F-77").status == "disputed"),
        (
            "paid",
            lambda d: (
                DebtorNote.get(DebtorNote.debtor == d).text
                == "says paid already: look for the payment"
            ),
        ),
        (
            "wrong_contact",
            lambda d: (
                Debtor.get_by_id(d.id).email_problem == "wrong_contact"
                and ContactFlag.get(ContactFlag.debtor == d).reason
                == "email address 'martin@client.test' reaches the wrong person"
            ),
        ),
        ("done", lambda d: Invoice.get(Invoice.number == "F-77").status == "open"),
    ],
)
def test_each_quick_action_does_what_it_says_and_closes_the_task(
    staff_client: FlaskClient, action: str, check
) -> None:  # type: ignore[no-untyped-def]
    reply = answered()
    response = act(staff_client, reply, action=action)
    assert response.status_code == 302
    if action == "paid":
        assert "/admin/payment/" in response.headers["Location"]
    assert check(Debtor.get_by_id(reply.debtor_id))
    assert DebtorReply.get_by_id(reply.id).resolution == action


def test_the_debtor_file_shows_the_answers_on_the_timeline(staff_client: FlaskClient) -> None:
    reply = answered(text="Facture contestée.")
    record_answer(
        AnswerFacts(
            reminder_id=reply.reminder_id,
            kind=ReplyKind.BOUNCE,
            mail_key="<dsn@relay.test>",
            address="martin@client.test",
            diagnostic="smtp; 550 5.1.1 user unknown",
        )
    )
    page = staff_client.get(f"/admin/debtor/file/{reply.debtor_id}").get_data(as_text=True)
    assert "Réponse" in page and "Facture contestée." in page
    assert "Non distribuable" in page and "550 5.1.1 user unknown" in page
    assert 'id="email-invalid"' in page


def test_the_mail_as_received_is_downloaded_never_shown(staff_client: FlaskClient, app) -> None:  # type: ignore[no-untyped-def]
    raw = b"From: martin@client.test\r\nSubject: RE\r\n\r\n<script>alert(1)</script>preuve\r\n"
    stored = blobs.put(raw, ".eml")
    reply = answered()
    DebtorReply.update(storage_path=stored).where(DebtorReply.id == reply.id).execute()
    assert f"/admin/replies/{reply.id}/mail" in staff_client.get("/admin/replies/").get_data(
        as_text=True
    )
    response = staff_client.get(f"/admin/replies/{reply.id}/mail")
    assert response.status_code == 200
    assert response.data == raw
    assert response.headers["Content-Type"].startswith("message/rfc822")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in response.headers["Content-Security-Policy"]
    DebtorReply.update(storage_path="../../etc/passwd").where(DebtorReply.id == reply.id).execute()
    assert staff_client.get(f"/admin/replies/{reply.id}/mail").status_code == 404


def test_the_dashboard_counts_the_replies_to_handle(staff_client: FlaskClient) -> None:
    answered()
    page = staff_client.get("/admin/").get_data(as_text=True)
    assert re.search(
        r'id="todo-replies">\s*<a href="/admin/replies/"><span class="todo-count">1</span>', page
    )
