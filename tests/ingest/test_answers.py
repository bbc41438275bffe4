"""Which mails answer a reminder, and how: read from the headers and the report alone."""

from __future__ import annotations

import email
from email.message import EmailMessage

import pytest

from ingest.answers import is_automatic, plus_token, read_answer
from ledger.models import ReplyKind

TOKEN = "abcdefghijklmnop"
INBOX = ("factures@relance.test",)


def answer(**headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "client@tilleuls.test"
    message["Subject"] = headers.pop("Subject", "RE: Rappel")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content("Bonjour")
    return message


@pytest.mark.parametrize(
    "headers",
    [
        {"To": f"factures+r{TOKEN}@relance.test"},
        {"To": "Factures <FACTURES+R" + TOKEN.upper() + "@relance.test>"},
        {"To": "factures@relance.test", "In_Reply_To": f"<relance.r{TOKEN}@relance.test>"},
        {"To": "x@y.test", "References": f"<a@b> <relance.r{TOKEN}@relance.test>"},
        {"To": "x@y.test", "Delivered_To": f"factures+r{TOKEN}@relance.test"},
    ],
)
def test_the_reminder_token_is_found_where_mail_clients_keep_it(headers: dict) -> None:
    found = read_answer(answer(**headers))
    assert found is not None
    assert (found.kind, found.tokens) == (ReplyKind.REPLY, (TOKEN,))


def test_a_mail_naming_no_reminder_is_no_answer() -> None:
    assert read_answer(answer(To="factures@relance.test", In_Reply_To="<x@client.test>")) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"X_Autoreply": "yes"},
        {"X_Auto_Response_Suppress": "All"},
        {"Precedence": "auto_reply"},
        {"Subject": "Réponse automatique : Rappel"},
        {"Subject": "Automatic reply: Reminder"},
        {"Subject": "Out of Office: Rappel"},
        {"Subject": "RE: Absence du bureau"},
    ],
)
def test_automatic_replies_are_told_apart(headers: dict) -> None:
    assert is_automatic(answer(**headers))


@pytest.mark.parametrize(
    "headers",
    [{"Auto_Submitted": "no"}, {"Subject": "RE: Rappel : facture impayée"}, {}],
)
def test_a_person_answering_is_not_automatic(headers: dict) -> None:
    assert not is_automatic(answer(**headers))


def test_a_delayed_delivery_report_is_only_a_delay() -> None:
    raw = (
        "From: MAILER-DAEMON@relay.test\r\n"
        f"To: factures+r{TOKEN}@relance.test\r\n"
        "Subject: Delayed Mail (still being retried)\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nStill trying.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; relay.test\r\n\r\n"
        "Final-Recipient: rfc822; client@tilleuls.test\r\n"
        "Action: delayed\r\nStatus: 4.4.1\r\n\r\n"
        "--B--\r\n"
    ).encode()
    found = read_answer(email.message_from_bytes(raw))
    assert found is not None
    assert (found.kind, found.address) == (ReplyKind.DELAY, "client@tilleuls.test")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (f"factures+r{TOKEN}@relance.test", TOKEN),
        ("factures@relance.test", None),
        (f"autre+r{TOKEN}@relance.test", None),
        ("factures+rshort@relance.test", None),
        (f"factures+r{TOKEN}@ailleurs.test", None),
    ],
)
def test_only_a_plus_address_of_the_inbox_carries_a_token(address: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert plus_token(address, INBOX) == expected
