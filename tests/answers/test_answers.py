"""Answers to a reminder come home: a reply through the SMTP receiver or Dovecot lands on the
debtor's timeline, pauses the ladder and waits for staff; a Postfix bounce makes the address
unusable; an out-of-office is only noted; a stranger without a token stays refused."""

from __future__ import annotations

import datetime as dt
import smtplib
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
import time_machine

from admin.timeline import timeline
from admin.worklist import save_contact, worklist
from ingest.imap import ImapWatcher
from ingest.pipeline import Intake, process_message
from ingest.services import IngestConfig, SmtpReceiver, SpoolProcessor
from ingest.smtp import SmtpOptions
from ledger.models import (
    ContactFlag,
    Debtor,
    DebtorReply,
    InboundMail,
    Reminder,
    ReminderStatus,
    ReplyKind,
)
from ledger.replies import replies_to_handle
from ledger.storage import BlobStore
from scheduler.engine import plan_day, step_of_item
from scheduler.passes import run_pass
from scheduler.rules import parse_rules
from scheduler.snapshots import load_snapshots
from tests.factories import make_invoice
from tests.ingest.conftest import deliver, folder_counts
from tests.scheduler.conftest import PAYING_RULES_TEXT, reachable_debtor
from tests.servers.ports import free_port
from tests.servers.smtp_sink import Received

INBOX = "factures@relance.test"
R1 = dt.date(2026, 12, 7)  # r1 of an invoice due on Friday 4 December
SENT_AT = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def never_parse(data: bytes, filename: str, options: object = None) -> list:
    raise AssertionError(f"an answer to a reminder was parsed for invoices ({filename})")


@pytest.fixture
def intake(blob_store: BlobStore) -> Intake:
    return Intake(blob_store, never_parse)


@pytest.fixture
def reminded(acme, config, smtp_sink) -> Iterator[Received]:  # type: ignore[no-untyped-def]
    """A first reminder sent to SCI Les Tilleuls for F-1 (due 4 Dec), the clock on 7 Dec."""
    with time_machine.travel(SENT_AT, tick=False):
        debtor = reachable_debtor(acme)
        make_invoice(debtor, number="F-1", due_date=dt.date(2026, 12, 4), total="300.00")
        make_invoice(debtor, number="F-2", due_date=dt.date(2026, 12, 11), total="50.00")
        assert run_pass(parse_rules(PAYING_RULES_TEXT), config, R1).sent == 1
        smtp_sink.wait_for(1)
        yield smtp_sink.received[0]


@pytest.fixture
def receiver(tmp_path: Path, intake: Intake) -> Iterator[tuple[SmtpReceiver, SpoolProcessor]]:
    config = IngestConfig(
        data_dir=tmp_path, inbox=(INBOX,), smtp=SmtpOptions("127.0.0.1", free_port(), 500_000)
    )
    processor = SpoolProcessor(config, intake)
    smtp = SmtpReceiver(config, processor)
    smtp.start()
    yield smtp, processor
    smtp.stop()
    processor.stop()


def reply_to(
    reminder: Received, text: str, *, to: str | None = None, subject: str = "", **headers: str
) -> bytes:
    """What a debtor's mail client writes when they answer the reminder."""
    original = reminder.message
    reply = EmailMessage()
    reply["From"] = "Paul Tilleul <paiements@tilleuls.test>"
    reply["To"] = to or str(original["Reply-To"])
    reply["Subject"] = subject or f"RE: {original['Subject']}"
    reply["Date"] = format_datetime(SENT_AT + dt.timedelta(hours=2))
    reply["Message-ID"] = f"<answer-{abs(hash(text))}@tilleuls.test>"
    reply["In-Reply-To"] = original["Message-ID"]
    reply["References"] = original["Message-ID"]
    for name, value in headers.items():
        reply[name.replace("_", "-")] = value
    reply.set_content(text)
    return reply.as_bytes()


def postfix_bounce(reminder: Received) -> bytes:
    """A delivery-status notification as Postfix writes it, the reminder returned whole."""
    boundary = "4F2A1C0123.1796630472/relay.example.net"
    envelope = reminder.mail_from
    return (
        (
            "Return-Path: <>\r\n"
            "Received: by relay.example.net (Postfix) id 4F2A1C0123;\r\n"
            "\tMon,  7 Dec 2026 10:31:12 +0100 (CET)\r\n"
            "Date: Mon,  7 Dec 2026 10:31:12 +0100 (CET)\r\n"
            "From: MAILER-DAEMON@relay.example.net (Mail Delivery System)\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\n"
            f"To: {envelope}\r\n"
            "Auto-Submitted: auto-replied\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status;\r\n"
            f'\tboundary="{boundary}"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n"
            "Message-Id: <20261207093112.4F2A1C0123@relay.example.net>\r\n"
            "\r\n"
            "This is a MIME-encapsulated message.\r\n\r\n"
            f"--{boundary}\r\n"
            "Content-Description: Notification\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
            "This is the mail system at host relay.example.net.\r\n\r\n"
            "I'm sorry to have to inform you that your message could not\r\n"
            "be delivered to one or more recipients. It's attached below.\r\n\r\n"
            "<paiements@tilleuls.test>: host mx.tilleuls.test[192.0.2.25] said: 550 5.1.1\r\n"
            "    <paiements@tilleuls.test>: Recipient address rejected: User unknown in\r\n"
            "    virtual mailbox table (in reply to RCPT TO command)\r\n\r\n"
            f"--{boundary}\r\n"
            "Content-Description: Delivery report\r\n"
            "Content-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; relay.example.net\r\n"
            "X-Postfix-Queue-ID: 4F2A1C0123\r\n"
            f"X-Postfix-Sender: rfc822; {envelope}\r\n"
            "Arrival-Date: Mon,  7 Dec 2026 10:31:10 +0100 (CET)\r\n\r\n"
            "Final-Recipient: rfc822; paiements@tilleuls.test\r\n"
            "Original-Recipient: rfc822;paiements@tilleuls.test\r\n"
            "Action: failed\r\n"
            "Status: 5.1.1\r\n"
            "Remote-MTA: dns; mx.tilleuls.test\r\n"
            "Diagnostic-Code: smtp; 550 5.1.1 <paiements@tilleuls.test>: Recipient address\r\n"
            "    rejected: User unknown in virtual mailbox table\r\n\r\n"
            f"--{boundary}\r\n"
            "Content-Description: Undelivered Message\r\n"
            "Content-Type: message/rfc822\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        ).encode()
        + reminder.raw
        + f"\r\n--{boundary}--\r\n".encode()
    )


def send(receiver, mail_from: str, to: str, raw: bytes) -> None:  # type: ignore[no-untyped-def]
    with smtplib.SMTP("127.0.0.1", receiver[0].options.port, timeout=10) as client:
        client.sendmail(mail_from, [to], raw)
    receiver[1].drain()


def sent_reminder() -> Reminder:
    """The reminder F-1's r1 went out in (its courtesy, jumped, is recorded beside it)."""
    return Reminder.get(Reminder.step_id == "r1")


def due_steps(day: dt.date) -> list[tuple[str, str]]:
    """(invoice, the step it is due for) on `day`, whatever message carries it."""
    rules = parse_rules(PAYING_RULES_TEXT)
    actions = plan_day(load_snapshots(day), rules, day).actions
    return sorted({(c.invoice.number, step_of_item(c.step_id)) for a in actions for c in a.covered})


def test_a_reply_through_the_smtp_receiver_is_on_the_timeline_pauses_and_waits_for_staff(
    reminded: Received, receiver
) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(SENT_AT + dt.timedelta(hours=2), tick=False):
        raw = reply_to(reminded, "Bonjour, j'ai payé hier par virement. Paul")
        send(receiver, "paiements@tilleuls.test", str(reminded.message["Reply-To"]), raw)
    reminder = sent_reminder()
    [answer] = DebtorReply.select()
    assert (answer.kind, answer.debtor_id, answer.reminder_id) == (
        ReplyKind.REPLY,
        reminder.debtor_id,
        reminder.id,
    )
    assert answer.sender == "paiements@tilleuls.test"
    assert "j'ai payé hier" in answer.excerpt
    assert InboundMail.get().outcome == "reply"
    assert [r.id for r in replies_to_handle()] == [answer.id]
    debtor = Debtor.get_by_id(reminder.debtor_id)
    assert [e.item.id for e in timeline(debtor) if e.kind == "answer"] == [answer.id]
    # F-2's courtesy mail falls due on the 8th: the answer holds the ladder back 5 days.
    assert due_steps(dt.date(2026, 12, 8)) == []
    assert due_steps(dt.date(2026, 12, 10)) == []
    assert due_steps(dt.date(2026, 12, 14)) == [("F-1", "r2"), ("F-2", "r1")]


def test_a_reply_in_the_dovecot_mailbox_naming_only_the_thread_is_taken_over_imap(
    reminded: Received, dovecot, intake: Intake
) -> None:  # type: ignore[no-untyped-def]
    raw = reply_to(reminded, "Facture contestée : travaux non terminés.", to=INBOX)
    with time_machine.travel(SENT_AT + dt.timedelta(hours=3), tick=False):
        deliver(dovecot, raw)
        assert ImapWatcher(dovecot.url, intake).drain() == 1
    [answer] = DebtorReply.select()
    assert answer.kind == ReplyKind.REPLY
    assert answer.debtor_id == sent_reminder().debtor_id
    assert "contestée" in answer.excerpt
    assert folder_counts(dovecot)["Relance/Processed"] == 1
    assert list(replies_to_handle()) == [answer]
    assert due_steps(dt.date(2026, 12, 8)) == []


def test_a_postfix_bounce_fails_the_reminder_and_flags_the_address_like_a_missing_one(
    reminded: Received, receiver, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(SENT_AT + dt.timedelta(hours=1), tick=False):
        send(receiver, "", reminded.mail_from, postfix_bounce(reminded))
    reminder = sent_reminder()
    assert reminder.status == ReminderStatus.FAILED
    assert reminder.last_error.startswith("bounced: paiements@tilleuls.test: smtp; 550 5.1.1")
    [answer] = DebtorReply.select()
    assert (answer.kind, answer.address) == (ReplyKind.BOUNCE, "paiements@tilleuls.test")
    assert list(replies_to_handle()) == []
    debtor = Debtor.get_by_id(reminder.debtor_id)
    [flag] = ContactFlag.select().where(ContactFlag.resolved_at.is_null())
    assert (flag.kind, flag.reason) == ("email", "email address 'paiements@tilleuls.test' bounces")
    total, rows = worklist()
    assert total == 1 and rows[0].debtor.id == debtor.id

    # Never retried to the same address; the next e-mail step is blocked like a missing e-mail.
    rules = parse_rules(PAYING_RULES_TEXT)
    with time_machine.travel(dt.datetime(2026, 12, 14, 9, 0, tzinfo=dt.UTC), tick=False):
        run_pass(rules, config, dt.date(2026, 12, 14))
    to_debtor = [m for m in smtp_sink.messages() if m["To"] != "compta@acme.test"]
    assert len(to_debtor) == 1
    [digest] = [m for m in smtp_sink.messages() if m["To"] == "compta@acme.test"]
    assert (
        "adresse e-mail paiements@tilleuls.test invalide"
        in digest.get_body(("plain",)).get_content()
    )
    assert Reminder.get_by_id(reminder.id).status == ReminderStatus.FAILED
    blocked = Reminder.get((Reminder.channel == "email") & (Reminder.step_id == "r2"))
    assert blocked.status == ReminderStatus.BLOCKED_MISSING_CONTACT

    # Staff give a new address: the flag closes and the blocked step goes out to it.
    save_contact(debtor, {"email": "compta@tilleuls.test"}, by="claire")
    assert ContactFlag.select().where(ContactFlag.resolved_at.is_null()).count() == 0
    with time_machine.travel(dt.datetime(2026, 12, 15, 9, 0, tzinfo=dt.UTC), tick=False):
        run_pass(rules, config, dt.date(2026, 12, 15))
    assert [m["To"] for m in smtp_sink.wait_for(3)][-1] == "compta@tilleuls.test"


def test_an_out_of_office_is_noted_without_pausing_the_ladder(reminded: Received, receiver) -> None:  # type: ignore[no-untyped-def]
    raw = reply_to(
        reminded,
        "Je suis absent jusqu'au 4 janvier.",
        subject="Réponse automatique : absent du bureau",
        Auto_Submitted="auto-replied",
    )
    with time_machine.travel(SENT_AT + dt.timedelta(hours=1), tick=False):
        send(receiver, "paiements@tilleuls.test", str(reminded.message["Reply-To"]), raw)
    [answer] = DebtorReply.select()
    assert answer.kind == ReplyKind.AUTO_REPLY
    assert answer.handled_at is not None
    assert list(replies_to_handle()) == []
    assert due_steps(dt.date(2026, 12, 8)) == [("F-2", "courtesy")]


def test_a_stranger_without_a_reminder_token_is_refused_as_before(
    reminded: Received, receiver, intake: Intake
) -> None:  # type: ignore[no-untyped-def]
    stray = EmailMessage()
    stray["From"] = "inconnu@ailleurs.test"
    stray["To"] = INBOX
    stray["Subject"] = "Bonjour"
    stray.set_content("Une facture pour vous ?")
    forged = EmailMessage()
    forged["From"] = "inconnu@ailleurs.test"
    forged["To"] = "factures+raaaaaaaaaaaaaaaa@relance.test"
    forged["Subject"] = "RE: Rappel"
    forged.set_content("Un jeton inventé")
    with smtplib.SMTP("127.0.0.1", receiver[0].options.port, timeout=10) as client:
        client.ehlo()
        client.mail("inconnu@ailleurs.test")
        code, text = client.rcpt(INBOX)
        assert code == 550 and b"5.7.1" in text
        client.rset()
        client.mail("inconnu@ailleurs.test")
        code, _ = client.rcpt("factures+raaaaaaaaaaaaaaaa@relance.test")
        assert code == 550
    # Through a mailbox (IMAP), the same stray mail is quarantined; a forged token too.
    assert process_message(stray.as_bytes(), "imap", intake).outcome == "quarantined"
    assert process_message(forged.as_bytes(), "imap", intake).outcome == "quarantined"
    assert DebtorReply.select().count() == 0
