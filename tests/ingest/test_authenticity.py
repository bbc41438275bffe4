"""Only a sender the mailbox's own server verified may feed invoices, when that server is named."""

from __future__ import annotations

import pytest

from ingest.authenticity import unverified_sender
from ingest.pipeline import Intake, process_message
from ledger.models import Creditor, Document, InboundMail, Invoice
from tests.ingest import mails

TRUSTED = ("mx.relance.test",)
SENDER = "compta@creditor.test"


@pytest.mark.parametrize(
    ("results", "refusal"),
    [
        (["mx.relance.test; dmarc=pass (p=none) header.from=creditor.test"], ""),
        (["mx.relance.test; dkim=pass header.d=creditor.test header.s=s1"], ""),
        (["mx.relance.test; dkim=pass header.d=mail.creditor.test"], ""),
        (["mx.relance.test; spf=pass smtp.mailfrom=bounce@creditor.test"], ""),
        (
            ["mx.relance.test;\r\n\tspf=fail smtp.mailfrom=creditor.test;\r\n\tdmarc=fail"],
            f"sender {SENDER} not verified (spf=fail, dmarc=fail)",
        ),
        (
            ["mx.relance.test; dkim=pass header.d=evil.test; dmarc=pass header.from=evil.test"],
            f"sender {SENDER} not verified (dkim=pass, dmarc=pass)",
        ),
        (
            ["mx.relance.test; dkim=pass header.d=test"],
            f"sender {SENDER} not verified (dkim=pass)",
        ),
        (
            ["evil.example; dmarc=pass header.from=creditor.test"],
            f"sender {SENDER} not verified: no Authentication-Results from mx.relance.test",
        ),
        (
            ["not a header at all ;;;"],
            f"sender {SENDER} not verified: no Authentication-Results from mx.relance.test",
        ),
    ],
)
def test_a_sender_is_verified_only_by_a_trusted_pass_for_its_own_domain(
    results: list[str], refusal: str
) -> None:
    assert unverified_sender(SENDER, tuple(results), TRUSTED) == refusal


def _mail_with(results: str, number: str) -> bytes:
    return f"Authentication-Results: {results}\r\n".encode() + mails.invoice_mail(number)


def test_a_forged_sender_is_quarantined_with_the_servers_verdict(
    creditor: Creditor, intake: Intake
) -> None:
    checking = Intake(intake.store, intake.parse, TRUSTED)
    raw = _mail_with("mx.relance.test; spf=fail smtp.mailfrom=creditor.test; dmarc=fail", "F-1")
    result = process_message(raw, "imap", checking)
    reason = f"sender {SENDER} not verified (spf=fail, dmarc=fail)"
    assert (result.outcome, result.reason) == ("quarantined", reason)
    assert Document.get().reason == reason
    assert Invoice.select().count() == 0
    assert InboundMail.get().reason == reason


def test_a_verified_sender_feeds_invoices_as_before(creditor: Creditor, intake: Intake) -> None:
    checking = Intake(intake.store, intake.parse, TRUSTED)
    raw = _mail_with("mx.relance.test; dmarc=pass header.from=creditor.test", "F-2")
    assert process_message(raw, "imap", checking).recorded == ("F-2",)
