"""Parse work shared by the nodes: the IMAP watcher (one node) queues each new mail, every node's
MailQueueWorker claims queued mails a few at a time and commits their outcome.

The watcher moves a message out of the inbox only once its outcome is committed, whichever
node committed it; a node dying mid-parse leaves its claims to be taken back by another.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future

from ingest.ahead import prepared_fairly
from ingest.drain_loop import DrainLoop
from ingest.mime import message_key, parse_mail
from ingest.pipeline import (
    Intake,
    MailResult,
    PreparedMail,
    commit_message,
    prepare_message,
)
from ingest.retries import MAX_ATTEMPTS, environment_down
from ledger.mail_queue import (
    claim_queued,
    give_up,
    let_go,
    let_go_all,
    queue_mail,
    release_claims,
    settle_as_seen,
)
from ledger.models import InboundMail, db
from ledger.nodes import node_of, silent_since
from ledger.reminders import claim_token

log = logging.getLogger(__name__)
Notify = Callable[[MailResult], None]


def queue_raw(raw: bytes, source: str, intake: Intake) -> str:
    """Keep the mail's bytes in the blob store and queue it; returns its InboundMail key."""
    facts = parse_mail(raw)
    key = message_key(facts, raw)
    raw_key = intake.store.put(raw, ".eml")
    with db.connection_context():
        queue_mail(key, source, raw_key, facts.sender or "", facts.subject or "")
    return key


class MailQueueWorker(DrainLoop):
    """A thread on every node: claim queued mails, parse them, commit what they give."""

    name = "mail queue"
    idle_s = 0.5

    def __init__(self, intake: Intake, notify: Notify, takeover_s: int, batch: int = 8) -> None:
        super().__init__()
        self.intake = intake
        self.notify = notify
        self.batch = batch
        # A node silent this long is dead: its claims go back to the queue.
        self.silent = dt.timedelta(seconds=2 * takeover_s)
        self._last_release = 0.0

    def drain(self) -> int:
        """Claim and process queued mails until none is left; returns how many were done."""
        done = 0
        token = claim_token()
        with db.connection_context():
            self._release_dead_claims()
            try:
                while not self._stopping.is_set():
                    claimed = claim_queued(token, self.batch)
                    if not claimed:
                        return done
                    for mail, ready in prepared_fairly(claimed, self._prepare, _sending_domain):
                        done += self._commit(mail, ready, token)
            except Exception as error:
                if environment_down(error):
                    # Not the mails' fault: back to the queue, this try not counted.
                    with contextlib.suppress(Exception):
                        let_go_all(token)
                raise
        return done

    def _release_dead_claims(self) -> None:
        if time.monotonic() - self._last_release < self.silent.total_seconds() / 2:
            return
        self._last_release = time.monotonic()
        released = release_claims(lambda token: silent_since(node_of(token), self.silent))
        if released:
            log.warning("%d queued mail(s) taken back from a silent node", released)

    def _prepare(self, mail: InboundMail) -> PreparedMail | MailResult:
        raw = self.intake.store.get(mail.spool_path)
        return prepare_message(raw, self.intake, source=mail.source)

    def _commit(
        self, mail: InboundMail, ready: Future[PreparedMail | MailResult], token: str
    ) -> int:
        try:
            result = commit_message(ready.result(), mail.source)
        except Exception as error:
            if environment_down(error):
                raise
            log.exception("queued mail %s failed (attempt %d)", mail.key, mail.attempts)
            if mail.attempts >= MAX_ATTEMPTS:
                give_up(mail.key, f"could not be processed: {type(error).__name__}: {error}")
            else:
                let_go(mail.key, token)
            return 0
        if result.already_seen and result.key != mail.key:
            # Recorded before under its older key (a plain Message-ID): this row only queued it.
            settle_as_seen(mail.key, result.key, result.outcome)
            return 1
        self.notify(result)
        return 1


def _sending_domain(mail: InboundMail) -> str:
    return mail.sender.rpartition("@")[2].lower()
