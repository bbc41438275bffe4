from __future__ import annotations

from ingest.imap import ImapWatcher, WatchTimings
from ingest.pipeline import Intake, process_message
from ledger.models import Creditor, InboundMail, Invoice, MailboxCursor
from tests.ingest import mails
from tests.ingest.conftest import FIXTURES, deliver, folder_counts
from tests.servers.dovecot import DovecotServer
from tests.servers.ports import wait_until

FAST = WatchTimings(idle_renew=30, poll_interval=0.5, socket_timeout=10, backoff_max=1)


def test_it_drains_the_inbox_into_processed_and_quarantine(
    dovecot: DovecotServer, creditor: Creditor, intake: Intake
) -> None:
    deliver(
        dovecot,
        mails.invoice_mail("F-401"),
        mails.invoice_mail("F-402"),
        (FIXTURES / "html_only.eml").read_bytes(),
    )
    assert ImapWatcher(dovecot.url, intake).drain() == 3
    assert sorted(i.number for i in Invoice.select()) == ["F-401", "F-402"]
    assert folder_counts(dovecot) == {
        "INBOX": 0,
        "Relance/Processed": 2,
        "Relance/Quarantine": 1,
    }
    cursor = MailboxCursor.get()
    assert (cursor.folder, cursor.last_uid) == ("INBOX", 3)


def test_a_mail_committed_but_not_moved_is_moved_on_the_next_pass_not_doubled(
    dovecot: DovecotServer, sqlite_creditor: Creditor, intake: Intake
) -> None:
    raw = mails.invoice_mail("F-403")
    process_message(raw, "imap", intake)
    deliver(dovecot, raw)
    ImapWatcher(dovecot.url, intake).drain()
    assert Invoice.select().count() == InboundMail.select().count() == 1
    assert folder_counts(dovecot)["Relance/Processed"] == 1


def test_a_mail_over_the_size_limit_is_quarantined_without_being_downloaded(
    dovecot: DovecotServer, sqlite_creditor: Creditor, intake: Intake
) -> None:
    huge = mails.mail(
        [mails.part("application/octet-stream", b"x" * 300_000, 'name="scan.bin"')],
        subject="Scan énorme",
    )
    deliver(dovecot, mails.invoice_mail("F-404"), huge)
    assert ImapWatcher(dovecot.url, intake, max_size=200_000).drain() == 2
    assert [i.number for i in Invoice.select()] == ["F-404"]
    assert folder_counts(dovecot)["Relance/Quarantine"] == 1
    refused = InboundMail.get(InboundMail.outcome == "quarantined")
    assert refused.reason.startswith("mail of ")
    assert "over the 200,000-byte limit (RELANCE_SMTP_MAX_SIZE)" in refused.reason
    assert (refused.sender, refused.subject) == ("compta@creditor.test", "Scan énorme")
    assert len(intake.store.get(refused.spool_path)) < 2_000


def test_a_backlog_is_fetched_in_bounded_batches(
    dovecot: DovecotServer, sqlite_creditor: Creditor, intake: Intake
) -> None:
    deliver(dovecot, *(mails.invoice_mail(f"F-5{n:02d}") for n in range(120)))
    assert ImapWatcher(dovecot.url, intake).drain() == 120
    assert Invoice.select().count() == 120
    assert folder_counts(dovecot)["Relance/Processed"] == 120


def test_without_idle_nor_move_it_polls_and_copies_then_expunges(
    dovecot_without_idle: DovecotServer, sqlite_creditor: Creditor, intake: Intake
) -> None:
    watcher = ImapWatcher(dovecot_without_idle.url, intake, timings=FAST)
    watcher.start()
    try:
        deliver(dovecot_without_idle, mails.invoice_mail("F-404"))
        wait_until(lambda: Invoice.select().count() == 1, 20, what="the invoice")
        wait_until(
            lambda: folder_counts(dovecot_without_idle)["Relance/Processed"] == 1,
            10,
            what="the move",
        )
    finally:
        watcher.stop()
    assert folder_counts(dovecot_without_idle)["INBOX"] == 0


def test_it_reconnects_after_the_server_restarts_during_idle(
    dovecot: DovecotServer, sqlite_creditor: Creditor, intake: Intake
) -> None:
    watcher = ImapWatcher(dovecot.url, intake, timings=FAST)
    watcher.start()
    try:
        deliver(dovecot, mails.invoice_mail("F-405"))
        wait_until(lambda: Invoice.select().count() == 1, 20, what="the first invoice")
        dovecot.stop()
        dovecot.start()
        deliver(dovecot, mails.invoice_mail("F-406"))
        wait_until(lambda: Invoice.select().count() == 2, 30, what="the invoice sent meanwhile")
    finally:
        watcher.stop()
    assert watcher.connections >= 2
    assert folder_counts(dovecot)["INBOX"] == 0
