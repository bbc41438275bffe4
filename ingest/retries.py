"""When a mail keeps failing: retried, counted, then quarantined with the error; and what is
never counted against a mail (the database away, a full or failing disk, the store away)."""

from __future__ import annotations

import errno
import logging
from typing import TYPE_CHECKING, Any

import peewee

from ingest.mime import headline, raw_key
from ledger.clock import now
from ledger.inbound import finished_mail
from ledger.models import DocumentOutcome, InboundMail, db
from ledger.storage import StorageUnavailable

if TYPE_CHECKING:
    from ingest.pipeline import Intake

log = logging.getLogger(__name__)

# A mail that fails this many times in a row is quarantined rather than tried forever.
MAX_ATTEMPTS = 5

# The database itself is away: retry later, never blame the mail.
DATABASE_DOWN = (peewee.OperationalError, peewee.InterfaceError)
# The disk is full or failing: the same, for files (spool, stored documents).
_DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS})


def environment_down(error: BaseException) -> bool:
    """Whether `error` says the machine cannot work now (database away, disk full or failing,
    the blob store out of reach) rather than that this mail is bad: such a failure is retried
    and never counted."""
    if isinstance(error, (*DATABASE_DOWN, StorageUnavailable)):
        return True
    return isinstance(error, OSError) and error.errno in _DISK_ERRNOS


def gave_up(
    failures: dict[Any, int], key: Any, raw: bytes, source: str, intake: Intake, error: Exception
) -> bool:
    """Count one more failure of the mail `key` (call it inside the `except`); at the
    MAX_ATTEMPTS-th the mail is quarantined with the error, and True says to move on."""
    attempts = failures[key] = failures.get(key, 0) + 1
    log.exception("%s mail %s failed (attempt %d)", source, key, attempts)
    if attempts < MAX_ATTEMPTS:
        return False
    reason = f"could not be processed: {type(error).__name__}: {error}"
    quarantine_unprocessable(raw, source, intake, reason)
    return True


def quarantine_unprocessable(raw: bytes, source: str, intake: Intake, reason: str) -> None:
    """A mail the pipeline cannot take (it keeps failing on it, or it is too large):
    quarantined, visible, with its bytes (or its headers) kept."""
    key = raw_key(raw)
    stored = intake.store.put(raw, ".eml")
    sender, subject = headline(raw)
    with db.connection_context(), db.atomic():
        if finished_mail(key) is None:
            InboundMail.insert(
                key=key,
                source=source,
                sender=sender,
                subject=subject,
                spool_path=stored,
                outcome=DocumentOutcome.QUARANTINED,
                reason=reason[:2000],
                processed_at=now(),
            ).on_conflict_ignore().execute()
