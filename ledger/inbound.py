"""Inbound mail bookkeeping: which mails are done, and where an IMAP folder was left."""

from __future__ import annotations

import uuid
from typing import Any

from ledger.clock import now
from ledger.models import Document, DocumentOutcome, InboundMail, MailboxCursor, db


def finished_mail(key: str) -> InboundMail | None:
    """The mail recorded under `key` once its outcome was committed, else None."""
    mail = InboundMail.get_or_none(InboundMail.key == key)
    if mail is None or mail.outcome == DocumentOutcome.PENDING:
        return None
    return mail


def finished_under_legacy_key(
    legacy_key: str, message_id: str, hashes: set[str]
) -> InboundMail | None:
    """A mail recorded before keys held the content (plain Message-ID): the same mail only if
    the documents it left are these very files."""
    mail = finished_mail(legacy_key)
    if mail is None:
        return None
    kept = {
        d.sha256 for d in Document.select(Document.sha256).where(Document.message_id == message_id)
    }
    return mail if kept == hashes else None


def record_mail(key: str, **recorded: Any) -> None:
    """The mail's outcome on its InboundMail row. A queued mail has its row already, pending,
    with its bytes kept: it gets its outcome. Otherwise the row is new, and a second commit of
    the same mail fails on its key."""
    if not recorded.get("spool_path"):
        recorded.pop("spool_path", None)
    queued = (InboundMail.key == key) & (InboundMail.outcome == DocumentOutcome.PENDING)
    if not InboundMail.update(**recorded).where(queued).execute():
        InboundMail.create(key=key, **recorded)


def first_document(sha256: str) -> Document | None:
    """The first document with these bytes that was not itself a duplicate."""
    return (
        Document.select()
        .where(Document.sha256 == sha256, Document.outcome != DocumentOutcome.DUPLICATE)
        .order_by(Document.id)
        .first()
    )


def record_refusal(address: str, mail_from: str, rcpt_tos: tuple[str, ...], answer: str) -> None:
    """An SMTP transaction the receiver refused: who asked, for whom, what it was told."""
    sender = mail_from.strip().strip("<>").lower()[:254]
    to = ", ".join(rcpt_tos) or "-"
    InboundMail.create(
        key=f"refused:{uuid.uuid4().hex}",
        source="smtp",
        sender=sender,
        outcome=DocumentOutcome.REFUSED,
        reason=f"client {address}, to {to}: {answer}"[:2000],
        processed_at=now(),
    )


def note_on_mail(key: str, note: str) -> None:
    """Append a line to a mail's reason (an acknowledgement that failed, say)."""
    mail = InboundMail.get_or_none(InboundMail.key == key)
    if mail is not None:
        mail.reason = "\n".join(filter(None, [mail.reason, note]))[:4000]
        mail.save()


def cursor(account: str, folder: str, uidvalidity: int) -> MailboxCursor:
    """The folder's cursor; a new UIDVALIDITY starts it over (old UIDs mean nothing now)."""
    with db.atomic():
        found = MailboxCursor.get_or_none(
            (MailboxCursor.account == account) & (MailboxCursor.folder == folder)
        )
        if found is None:
            return MailboxCursor.create(account=account, folder=folder, uidvalidity=uidvalidity)
        if found.uidvalidity != uidvalidity:
            found.uidvalidity = uidvalidity
            found.last_uid = 0
            found.save()
        return found


def advance_cursor(account: str, folder: str, uidvalidity: int, uid: int) -> None:
    (
        MailboxCursor.update(last_uid=uid)
        .where(
            MailboxCursor.account == account,
            MailboxCursor.folder == folder,
            MailboxCursor.uidvalidity == uidvalidity,
            MailboxCursor.last_uid < uid,
        )
        .execute()
    )
