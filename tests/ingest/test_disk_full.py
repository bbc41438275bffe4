"""A full disk pauses the intake; freed space resumes it without a restart, nothing lost.

The ledger, the spool and the stored documents sit on a real 8 MB tmpfs filled to the last
byte: SQLite and the file writes meet ENOSPC exactly as on a full production disk.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.pipeline import Intake
from ingest.services import IngestConfig, SpoolProcessor
from ingest.smtp import SmtpOptions
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import InboundMail, Invoice
from ledger.storage.files import FileStore
from parsing import ParserPool
from tests.factories import make_creditor
from tests.ingest import mails
from tests.servers.ports import wait_until


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr[-200:]!r}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


def test_the_intake_waits_out_a_full_disk_and_resumes_when_space_is_freed(
    small_disk: Path, parser_pool: ParserPool, caplog: pytest.LogCaptureFixture
) -> None:
    database = bind(f"sqlite:///{small_disk / 'relance.db'}")
    with database.connection_context():
        migrate()
        make_creditor(allowed_senders="@creditor.test", slug="demo")
    config = IngestConfig(small_disk, ("factures@relance.localhost",), SmtpOptions("", 0, 10**6))
    processor = SpoolProcessor(
        config, Intake(FileStore(small_disk / "documents"), parser_pool.parse)
    )
    numbers = [f"F-{800 + n}" for n in range(8)]
    for number in numbers:  # accepted (250) before the disk filled up
        processor.spool.put(mails.invoice_mail(number), "compta@creditor.test")
    filler = _fill(small_disk)
    caplog.set_level(logging.WARNING, logger="ingest.services")
    processor.start()
    try:
        # More failed passes than a mail's attempts: none may be given up on meanwhile.
        wait_until(
            lambda: sum("spool processor paused" in r.message for r in caplog.records) > 6,
            60,
            what="the processor to meet the full disk",
        )
        filler.unlink()
        wait_until(lambda: not processor.spool.pending(), 60, what="the spool to drain")
    finally:
        processor.stop()
    with database.connection_context():
        assert sorted(i.number for i in Invoice.select()) == numbers
        assert {m.outcome for m in InboundMail.select()} == {"ingested"}
        assert InboundMail.select().count() == len(numbers)
