"""Crash safety: `relance ingest` SIGKILLed at random moments loses and doubles nothing."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import smtplib
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import peewee
import pytest

from ingest.mime import message_key, parse_mail
from ledger.models import Document, InboundMail, Invoice
from tests.factories import make_creditor
from tests.ingest import mails
from tests.ingest.conftest import deliver, folder_counts
from tests.ingest.pdfs import invoice_pdf
from tests.servers.dovecot import DovecotServer
from tests.servers.ports import free_port, port_open, wait_until

ROOT = Path(__file__).resolve().parents[2]
INBOX = "factures@relance.localhost"
KILLS = 6


@dataclass
class Batch:
    raws: list[bytes] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)


def mixed_mails(count: int = 200, seed: int = 7) -> Batch:
    """Good invoices, the same mail twice, the same PDF in a new mail, forwards, corrupt PDFs."""
    rng = random.Random(seed)
    batch = Batch()
    for n in range(count):
        kind = rng.choices(
            ["good", "same_mail", "same_pdf", "forwarded", "corrupt"], [6, 1, 1, 2, 1]
        )[0]
        number = f"C-{n:04d}"
        if kind == "same_mail" and batch.raws:
            batch.raws.append(rng.choice(batch.raws))
            continue
        if kind == "same_pdf" and batch.numbers:
            again = rng.choice(sorted(batch.numbers))
            batch.raws.append(mails.mail([mails.pdf_attachment(invoice_pdf(again))]))
            continue
        if kind == "corrupt":
            broken = b"%PDF-1.4\n" + rng.randbytes(200)
            batch.raws.append(mails.mail([mails.pdf_attachment(broken, f"casse-{n}.pdf")]))
            continue
        pdf = invoice_pdf(number, f"{100 + n}.00")
        if kind == "forwarded":
            batch.raws.append(mails.pdf_forwarded_twice(pdf))
        else:
            batch.raws.append(mails.mail([mails.pdf_attachment(pdf, f"{number}.pdf")]))
        batch.numbers.add(number)
    return batch


class IngestProcess:
    """`python -m relance ingest` as its own process group, killed with SIGKILL on demand."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env = env
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "relance", "ingest"],
                cwd=self.env["RELANCE_DATA_DIR"],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.starts += 1

    def kill(self) -> None:
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=30)
        self.kill()


@pytest.fixture
def ingest_env(tmp_path: Path, sqlite_url: str, sqlite_db: peewee.Database) -> dict[str, str]:
    make_creditor(allowed_senders="@creditor.test", slug="demo")
    data = tmp_path / "var"
    data.mkdir()
    return {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "RELANCE_DATABASE_URL": sqlite_url,
        "RELANCE_DATA_DIR": str(data),
        "RELANCE_SMTP_LISTEN": f"127.0.0.1:{free_port()}",
        "RELANCE_INBOX_ADDRESS": INBOX,
        "RELANCE_ACKNOWLEDGE": "false",
        "RELANCE_LOG_LEVEL": "WARNING",
    }


@pytest.fixture
def ingest_process(ingest_env: dict[str, str], tmp_path: Path) -> Iterator[IngestProcess]:
    process = IngestProcess(ingest_env, tmp_path / "ingest.log")
    yield process
    process.stop()


def kill_at_random_moments(
    process: IngestProcess,
    rng: random.Random,
    probe: Callable[[], int],
    stop: threading.Event | None = None,
) -> list[int]:
    """Kill and restart the process KILLS times; returns `probe()` (work left) at each kill.

    Each kill waits until the restarted process has made progress, then lands a random moment
    later: on a loaded machine a fixed delay would often kill a process still starting, and
    never mid-work. `stop` ends the killing early (the feeder gave up)."""
    stop = stop or threading.Event()
    seen = []
    for _ in range(KILLS):
        left = probe()
        if left == 0 or stop.is_set():
            break
        deadline = time.monotonic() + 60
        while probe() >= left and time.monotonic() < deadline and not stop.is_set():
            time.sleep(0.1)
        time.sleep(rng.uniform(0.0, 0.3))
        seen.append(probe())
        process.kill()
        process.start()
    return seen


def assert_everything_once(batch: Batch) -> None:
    assert sorted(i.number for i in Invoice.select()) == sorted(batch.numbers)
    for raw in set(batch.raws):
        facts = parse_mail(raw)
        mail = InboundMail.get(InboundMail.key == message_key(facts, raw))
        assert mail.outcome != "pending"
        for attachment in facts.attachments:
            assert Document.select().where(Document.sha256 == attachment.sha256).exists()
    # A document per attachment of each distinct mail, no more: duplicates are rows too.
    distinct = {message_key(parse_mail(r), r): r for r in batch.raws}
    expected_documents = sum(len(parse_mail(r).attachments) for r in distinct.values())
    assert Document.select().count() == expected_documents


def send_until_accepted(port: int, raw: bytes, deadline: float) -> None:
    """Send like a real MTA: retry until the receiver answers 250 (after 4xx or a drop)."""
    while time.monotonic() < deadline:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
                client.sendmail("compta@creditor.test", [INBOX], raw)
            return
        except (OSError, smtplib.SMTPException):
            time.sleep(0.2)
    raise TimeoutError("the receiver never accepted the mail")


@pytest.mark.slow
def test_smtp_mails_answered_250_survive_random_sigkills(
    ingest_process: IngestProcess, ingest_env: dict[str, str]
) -> None:
    batch = mixed_mails()
    port = int(ingest_env["RELANCE_SMTP_LISTEN"].rpartition(":")[2])
    ingest_process.start()
    accepted = [0]
    gave_up = threading.Event()
    left: list[int] = []
    killer = threading.Thread(
        target=lambda: left.extend(
            kill_at_random_moments(
                ingest_process,
                random.Random(11),
                lambda: len(batch.raws) - accepted[0],
                gave_up,
            )
        )
    )
    killer.start()
    deadline = time.monotonic() + 150
    try:
        for raw in batch.raws:
            send_until_accepted(port, raw, deadline)
            accepted[0] += 1
    except TimeoutError:
        gave_up.set()
        raise
    finally:
        killer.join()
    spool = Path(ingest_env["RELANCE_DATA_DIR"]) / "spool" / "new"
    wait_until(lambda: port_open(port), 30, what="the receiver")
    wait_until(lambda: not any(spool.glob("*.eml")), 60, what="the spool to drain")
    ingest_process.stop()
    assert any(0 < n < len(batch.raws) for n in left), f"no kill landed mid-batch: {left}"
    assert_everything_once(batch)


@pytest.mark.slow
def test_imap_mails_all_end_in_processed_or_quarantine_despite_random_sigkills(
    ingest_process: IngestProcess, ingest_env: dict[str, str], dovecot: DovecotServer
) -> None:
    batch = mixed_mails(seed=13)
    deliver(dovecot, *batch.raws)
    ingest_env["RELANCE_IMAP_URL"] = dovecot.url
    ingest_process.start()
    left = kill_at_random_moments(
        ingest_process, random.Random(17), lambda: folder_counts(dovecot)["INBOX"]
    )
    wait_until(lambda: folder_counts(dovecot).get("INBOX") == 0, 120, what="an empty inbox")
    ingest_process.stop()
    assert any(0 < n < len(batch.raws) for n in left), f"no kill landed mid-drain: {left}"
    counts = folder_counts(dovecot)
    assert counts["Relance/Processed"] + counts["Relance/Quarantine"] == len(batch.raws)
    assert_everything_once(batch)
