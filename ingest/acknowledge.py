"""A short reply to the creditor saying what their mail gave. Never to an unknown sender.

Sent after the mail's outcome is committed: a failed acknowledgement is noted on the mail's
row and never costs an invoice.
"""

from __future__ import annotations

import logging
import queue
import smtplib
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from ingest.pipeline import MailResult
from ledger.inbound import note_on_mail
from ledger.models import db
from ledger.relay import open_relay

log = logging.getLogger(__name__)
SHOWN_NUMBERS = 20


@dataclass(frozen=True)
class AckSettings:
    outgoing_smtp_url: str
    from_address: str
    review_link: str


def acknowledgement_text(result: MailResult, review_link: str) -> str:
    """The French reply: "3 factures enregistrées (F-101, F-102, F-103), 1 à vérifier : <lien>"."""
    parts = []
    if result.recorded:
        n = len(result.recorded)
        shown = ", ".join(result.recorded[:SHOWN_NUMBERS])
        more = ", …" if n > SHOWN_NUMBERS else ""
        word = "facture enregistrée" if n == 1 else "factures enregistrées"
        parts.append(f"{n} {word} ({shown}{more})")
    if result.to_review or (result.refused and parts):
        parts.append(f"{len(result.to_review) + len(result.refused)} à vérifier : {review_link}")
    if not parts:
        reason = "aucune facture jointe" if "no invoice" in result.reason else "à vérifier"
        return f"Aucune facture enregistrée ({reason}) : {review_link}"
    return ", ".join(parts)


def send_acknowledgement(result: MailResult, ack: AckSettings) -> bool:
    """Reply to the creditor's sender; on failure note it on the mail and return False."""
    if result.already_seen or result.creditor_id is None or not result.sender:
        return False
    message = EmailMessage()
    message["From"] = ack.from_address
    message["To"] = result.sender
    message["Subject"] = "Relance : réception de vos factures"
    message["Message-ID"] = make_msgid(domain=ack.from_address.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-replied"
    message.set_content(acknowledgement_text(result, ack.review_link) + "\n\n— Relance\n")
    try:
        _send(ack.outgoing_smtp_url, message)
    except (OSError, smtplib.SMTPException) as error:
        log.warning("acknowledgement to %s failed: %s", result.sender, error)
        with db.connection_context():
            note_on_mail(result.key, f"acknowledgement not sent: {error}"[:500])
        return False
    return True


def _send(url: str, message: EmailMessage) -> None:
    with open_relay(url, timeout=30) as client:
        client.send_message(message)


class Acknowledger:
    """Sends acknowledgements from its own thread, so a slow relay never slows the intake.

    Best effort by design: a reply still queued when the process dies is not sent (the
    invoices themselves are committed before anything is queued here).
    """

    name = "acknowledgements"

    def __init__(self, ack: AckSettings) -> None:
        self.ack = ack
        self._queue: queue.Queue[MailResult | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def submit(self, result: MailResult) -> None:
        if not result.already_seen and result.creditor_id is not None:
            self._queue.put(result)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(60)

    def _run(self) -> None:
        while (result := self._queue.get()) is not None:
            try:
                send_acknowledgement(result, self.ack)
            except Exception:
                log.exception("acknowledgement to %s failed", result.sender)
