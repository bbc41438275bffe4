"""Parse work shared by the nodes: queued mails claimed by several workers at once, each parsed
once; the IMAP watcher in queue mode moves a message once some node committed its outcome."""

from __future__ import annotations

import datetime as dt
import errno
import threading
from collections import Counter

import peewee
import pytest

from ingest import mime, queue
from ingest.imap import ImapWatcher
from ingest.mime import MailFacts
from ingest.pipeline import Intake, process_message
from ingest.queue import MailQueueWorker, queue_raw
from ingest.retries import MAX_ATTEMPTS
from ledger.clock import now
from ledger.mail_queue import claim_queued, release_claims
from ledger.models import Creditor, DocumentOutcome, InboundMail, Invoice, NodeHeartbeat
from parsing import ParseOptions
from tests.ingest import mails
from tests.ingest.conftest import deliver, folder_counts
from tests.ingest.pdfs import invoice_pdf
from tests.servers.dovecot import DovecotServer


def counting(intake: Intake) -> tuple[Intake, Counter[str]]:
    """The intake, its parser counting the files it reads."""
    seen: Counter[str] = Counter()
    lock = threading.Lock()

    def parse(data: bytes, filename: str = "", options: ParseOptions | None = None) -> list:  # type: ignore[type-arg]
        with lock:
            seen[filename] += 1
        return intake.parse(data, filename, options)

    return Intake(intake.store, parse), seen


def test_three_workers_at_once_parse_each_queued_mail_once(
    creditor: Creditor, intake: Intake, ledger_db: peewee.Database
) -> None:
    for n in range(24):
        # Each its own debtor: two first invoices of one debtor committed at the same instant
        # would both create it, and one would rightly be tried again.
        pdf = invoice_pdf(f"Q-{n:03d}", debtor=f"Client {n}", customer_ref=f"C{n:03d}")
        raw = mails.mail(
            [mails.pdf_attachment(pdf, f"Q-{n:03d}.pdf")], sender="compta@creditor.test"
        )
        queue_raw(raw, "imap", intake)
    watched, parsed = counting(intake)
    workers = [MailQueueWorker(watched, lambda _result: None, takeover_s=6, batch=3) for _ in "abc"]
    threads = [threading.Thread(target=worker.drain) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(parsed) == [f"Q-{n:03d}.pdf" for n in range(24)]
    assert set(parsed.values()) == {1}
    assert Invoice.select().count() == 24
    pending = InboundMail.select().where(InboundMail.outcome == DocumentOutcome.PENDING).count()
    assert pending == 0


def test_a_claim_left_by_a_silent_node_goes_back_to_the_queue_not_a_live_ones(
    creditor: Creditor, intake: Intake, ledger_db: peewee.Database
) -> None:
    for n in (1, 2):
        queue_raw(mails.invoice_mail(f"Q-{n}", sender="compta@creditor.test"), "imap", intake)
    quiet = now() - dt.timedelta(minutes=5)
    NodeHeartbeat.create(node="dead:1:abc", name="dead", host="h", pid=1, last_seen=quiet)
    NodeHeartbeat.create(node="busy:2:def", name="busy", host="h", pid=2, last_seen=now())
    [left] = claim_queued("dead:1:abc/x", limit=1)
    [kept] = claim_queued("busy:2:def/y", limit=1)
    assert MailQueueWorker(intake, lambda _r: None, takeover_s=6).drain() == 1
    assert InboundMail.get(InboundMail.key == left.key).outcome == DocumentOutcome.INGESTED
    assert InboundMail.get(InboundMail.key == kept.key).outcome == DocumentOutcome.PENDING
    assert release_claims(lambda token: False) == 0


def test_a_queued_mail_that_keeps_failing_is_quarantined_with_the_error(
    creditor: Creditor, intake: Intake, ledger_db: peewee.Database
) -> None:
    def broken(data: bytes, filename: str = "", options: ParseOptions | None = None) -> list:  # type: ignore[type-arg]
        raise RuntimeError("parser fell over")

    key = queue_raw(mails.invoice_mail("Q-9", sender="compta@creditor.test"), "imap", intake)
    worker = MailQueueWorker(Intake(intake.store, broken), lambda _r: None, takeover_s=6)
    for _ in range(MAX_ATTEMPTS):
        worker.drain()
    mail = InboundMail.get(InboundMail.key == key)
    assert mail.outcome == DocumentOutcome.QUARANTINED
    assert "parser fell over" in mail.reason
    assert intake.store.get(mail.spool_path).startswith(b"From: ")


def test_the_watcher_queues_and_moves_each_message_once_a_node_committed_it(
    dovecot: DovecotServer, creditor: Creditor, intake: Intake, ledger_db: peewee.Database
) -> None:
    deliver(
        dovecot,
        mails.invoice_mail("W-1", sender="compta@creditor.test"),
        mails.invoice_mail("W-2", sender="compta@creditor.test"),
        mails.invoice_mail("W-3", sender="stranger@elsewhere.test"),
    )
    worker = MailQueueWorker(intake, lambda _r: None, takeover_s=6)
    worker.start()
    try:
        assert ImapWatcher(dovecot.url, intake, queue=True).drain() == 3
    finally:
        worker.stop()
    counts = folder_counts(dovecot)
    assert (counts["INBOX"], counts["Relance/Processed"], counts["Relance/Quarantine"]) == (0, 2, 1)
    assert sorted(i.number for i in Invoice.select()) == ["W-1", "W-2"]
    assert all(m.claimed_by for m in InboundMail.select())


def test_a_queued_mail_meeting_a_full_disk_waits_and_that_try_is_not_counted(
    creditor: Creditor, intake: Intake, ledger_db: peewee.Database
) -> None:
    def disk_full(data: bytes, filename: str = "", options: ParseOptions | None = None) -> list:  # type: ignore[type-arg]
        raise OSError(errno.ENOSPC, "No space left on device")

    key = queue_raw(mails.invoice_mail("Q-7", sender="compta@creditor.test"), "imap", intake)
    stuck = MailQueueWorker(Intake(intake.store, disk_full), lambda _r: None, takeover_s=6)
    for _ in range(MAX_ATTEMPTS + 1):
        with pytest.raises(OSError, match="No space left"):
            stuck.drain()
    mail = InboundMail.get(InboundMail.key == key)
    assert (mail.outcome, mail.claimed_by, mail.attempts) == (DocumentOutcome.PENDING, "", 0)
    assert MailQueueWorker(intake, lambda _r: None, takeover_s=6).drain() == 1
    assert InboundMail.get(InboundMail.key == key).outcome == DocumentOutcome.INGESTED


def test_a_message_the_watcher_cannot_queue_is_quarantined_alone(
    dovecot: DovecotServer,
    creditor: Creditor,
    intake: Intake,
    ledger_db: peewee.Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def parse_mail(raw: bytes) -> MailFacts:
        if b"POISON" in raw:
            raise ValueError("no mail parser survives this one")
        return mime.parse_mail(raw)

    monkeypatch.setattr(queue, "parse_mail", parse_mail)
    deliver(
        dovecot,
        mails.invoice_mail("P-1", sender="compta@creditor.test", subject="POISON"),
        mails.invoice_mail("P-2", sender="compta@creditor.test"),
    )
    worker = MailQueueWorker(intake, lambda _r: None, takeover_s=6)
    worker.start()
    try:
        assert ImapWatcher(dovecot.url, intake, queue=True).drain() == 2
    finally:
        worker.stop()
    counts = folder_counts(dovecot)
    assert (counts["INBOX"], counts["Relance/Processed"], counts["Relance/Quarantine"]) == (0, 1, 1)
    assert [i.number for i in Invoice.select()] == ["P-2"]
    [refused] = InboundMail.select().where(InboundMail.outcome == DocumentOutcome.QUARANTINED)
    assert "no mail parser survives this one" in refused.reason


def test_a_queued_mail_recorded_before_under_its_older_key_is_settled_not_left_pending(
    creditor: Creditor, intake: Intake, ledger_db: peewee.Database
) -> None:
    raw = mails.invoice_mail("Q-5", sender="compta@creditor.test", message_id="old@creditor.test")
    process_message(raw, "imap", intake)
    message_id = mime.parse_mail(raw).message_id
    # As a Relance before schema 4 recorded it: under its Message-ID alone.
    InboundMail.update(key=mime.legacy_message_key(message_id)).execute()
    key = queue_raw(raw, "imap", intake)
    assert MailQueueWorker(intake, lambda _r: None, takeover_s=6).drain() == 1
    queued = InboundMail.get(InboundMail.key == key)
    assert queued.outcome == DocumentOutcome.INGESTED
    assert queued.reason == f"already recorded as mail {mime.legacy_message_key(message_id)}"
    assert Invoice.select().count() == 1
