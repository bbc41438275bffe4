"""The receiver open to the network: limits answered with 421/452, DATA spooled as it arrives,
every refusal recorded for staff (rate-limited), and 553 for an address that is not one."""

from __future__ import annotations

import smtplib
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.pipeline import Intake
from ingest.services import IngestConfig, SmtpReceiver, SpoolProcessor
from ingest.smtp import SmtpOptions
from ingest.smtp_server import ReceiverLimits
from ledger.models import Creditor, InboundMail
from relance.cli import cli
from tests.ingest import mails
from tests.servers.ports import free_port, wait_until

INBOX = "factures@relance.localhost"
SENDER = "compta@creditor.test"


def _start(tmp_path: Path, intake: Intake, limits: ReceiverLimits) -> SmtpReceiver:
    config = IngestConfig(
        data_dir=tmp_path,
        inbox=(INBOX,),
        smtp=SmtpOptions("127.0.0.1", free_port(), max_size=5_000_000, limits=limits),
    )
    receiver = SmtpReceiver(config, SpoolProcessor(config, intake))
    receiver.start()
    return receiver


@pytest.fixture
def receiver(tmp_path: Path, sqlite_creditor: Creditor, intake: Intake) -> Iterator[SmtpReceiver]:
    started = _start(
        tmp_path,
        intake,
        ReceiverLimits(max_connections=4, max_per_address=3, max_recipients=5, max_receiving=1),
    )
    yield started
    started.stop()


class Session:
    """A raw SMTP conversation: what a careless or hostile client really sends."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.file = self.sock.makefile("rb")
        self.greeting = self.answer()

    def answer(self) -> str:
        lines = []
        while True:
            line = self.file.readline().decode("utf-8", "replace")
            lines.append(line.rstrip("\r\n"))
            if len(line) < 4 or line[3] != "-":
                return "\n".join(lines)

    def say(self, line: bytes) -> str:
        self.sock.sendall(line + b"\r\n")
        return self.answer()

    def close(self) -> None:
        self.file.close()
        self.sock.close()


def _refusals() -> list[InboundMail]:
    return list(InboundMail.select().where(InboundMail.outcome == "refused"))


def test_refused_transactions_are_recorded_for_staff_and_listed(
    receiver: SmtpReceiver, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtplib.SMTP("127.0.0.1", receiver.options.port, timeout=10) as smtp:
        smtp.ehlo()
        smtp.mail("intrus@elsewhere.test")
        assert smtp.rcpt(INBOX)[0] == 550
    # A mail written with bare LF line ends arrives as one endless line: 500.
    session = Session(receiver.options.port)
    session.say(b"EHLO client.test")
    session.say(f"MAIL FROM:<{SENDER}>".encode())
    session.say(f"RCPT TO:<{INBOX}>".encode())
    assert session.say(b"DATA").startswith("354")
    session.sock.sendall(b"Subject: x\n\n" + b"une ligne\n" * 200 + b"\r\n.\r\n")
    assert session.answer().startswith("500")
    session.close()

    wait_until(lambda: len(_refusals()) == 2, 10, what="the refusals to be recorded")
    unknown, bare_lf = sorted(_refusals(), key=lambda m: m.id)
    assert unknown.sender == "intrus@elsewhere.test"
    assert "550 5.7.1 Sender <intrus@elsewhere.test> is not allowed" in unknown.reason
    assert unknown.reason.startswith(f"client 127.0.0.1, to {INBOX}: ")
    assert bare_lf.sender == SENDER
    assert f"to {INBOX}: 500 5.5.2 Line too long" in bare_lf.reason
    assert unknown.subject == "" and unknown.spool_path == ""

    monkeypatch.setenv("RELANCE_DATABASE_URL", sqlite_url)
    listed = CliRunner().invoke(cli, ["list", "mails"])
    assert listed.exit_code == 0, listed.output
    assert listed.output.count("refused") == 2
    assert "intrus@elsewhere.test" in listed.output


def test_a_flood_of_refusals_is_recorded_a_few_times_then_counted(
    receiver: SmtpReceiver,
) -> None:
    clock = [0.0]
    receiver.refusals.clock = lambda: clock[0]
    receiver.refusals._started = 0.0
    with smtplib.SMTP("127.0.0.1", receiver.options.port, timeout=10) as smtp:
        smtp.ehlo()
        for n in range(30):
            smtp.rset()
            smtp.mail(f"spam{n}@elsewhere.test")
            assert smtp.rcpt(INBOX)[0] == 550
        clock[0] = 61.0
        smtp.rset()
        smtp.mail("last@elsewhere.test")
        assert smtp.rcpt(INBOX)[0] == 550
    wait_until(lambda: len(_refusals()) == 7, 10, what="the refusals to be recorded")
    reasons = [m.reason for m in _refusals()]
    assert sum(": 550 5.7.1" in r for r in reasons) == 6
    assert any(": 25 more refusal(s) from this address" in r for r in reasons)


def test_connections_beyond_the_limit_per_address_get_421(receiver: SmtpReceiver) -> None:
    held = [Session(receiver.options.port) for _ in range(3)]
    assert all(s.greeting.startswith("220") for s in held)
    extra = Session(receiver.options.port)
    assert extra.greeting.startswith("421 4.7.0 Too many connections from your address")
    assert extra.file.read() == b""  # and closed
    held.pop().close()
    wait_until(lambda: Session(receiver.options.port).greeting.startswith("220"), 10)
    for session in held:
        session.close()


def test_connections_beyond_the_total_get_421(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> None:
    receiver = _start(tmp_path, intake, ReceiverLimits(max_connections=2, max_per_address=10))
    try:
        held = [Session(receiver.options.port) for _ in range(2)]
        assert Session(receiver.options.port).greeting.startswith("421 4.7.0 Too many connections")
        for session in held:
            session.close()
    finally:
        receiver.stop()


def test_recipients_beyond_the_limit_get_452(receiver: SmtpReceiver) -> None:
    session = Session(receiver.options.port)
    session.say(b"EHLO client.test")
    session.say(f"MAIL FROM:<{SENDER}>".encode())
    answers = [session.say(f"RCPT TO:<{INBOX}>".encode())[:3] for _ in range(7)]
    assert answers == ["250"] * 5 + ["452"] * 2
    session.close()


def test_a_second_mail_arriving_while_the_limit_is_reached_gets_452(
    receiver: SmtpReceiver,
) -> None:
    first, second = Session(receiver.options.port), Session(receiver.options.port)
    for session in (first, second):
        session.say(b"EHLO client.test")
        session.say(f"MAIL FROM:<{SENDER}>".encode())
        session.say(f"RCPT TO:<{INBOX}>".encode())
    assert first.say(b"DATA").startswith("354")
    assert second.say(b"DATA").startswith("452 4.3.1")
    first.sock.sendall(mails.invoice_mail("F-900") + b"\r\n.\r\n")
    assert first.answer().startswith("250")
    assert second.say(b"DATA").startswith("354")
    first.close()
    second.close()


def test_data_goes_to_a_spool_file_as_it_arrives_not_into_memory(
    receiver: SmtpReceiver, tmp_path: Path
) -> None:
    session = Session(receiver.options.port)
    session.say(b"EHLO client.test")
    session.say(f"MAIL FROM:<{SENDER}>".encode())
    session.say(f"RCPT TO:<{INBOX}>".encode())
    session.say(b"DATA")
    session.sock.sendall(b"Subject: big\r\n\r\n" + b"x" * 998 + b"\r\n" * 1 + b"y" * 60 + b"\r\n")
    chunk = (b"z" * 76 + b"\r\n") * 13_000  # about 1 MB, the mail not yet ended
    session.sock.sendall(chunk)
    spool = tmp_path / "spool" / "new"

    def partial_size() -> int:
        return sum(p.stat().st_size for p in spool.glob(".*.tmp"))

    # What is on disk (less one 64 kB write buffer) before the mail has even ended.
    wait_until(lambda: partial_size() >= len(chunk) - 65_536, 10, what="the data on disk")
    assert list(spool.glob("*.eml")) == []  # not promised before the final dot
    session.sock.sendall(b".\r\n")
    assert session.answer().startswith("250")
    assert len(list(spool.glob("*.eml"))) == 1
    assert list(spool.glob(".*.tmp")) == []
    session.close()


def test_an_idle_session_is_closed_with_421(
    tmp_path: Path, sqlite_creditor: Creditor, intake: Intake
) -> None:
    receiver = _start(tmp_path, intake, ReceiverLimits(idle_timeout=0.5))
    try:
        session = Session(receiver.options.port)
        assert session.answer().startswith("421 4.4.2")
        assert session.file.read() == b""
    finally:
        receiver.stop()


@pytest.mark.parametrize(
    ("command", "answer"),
    [
        (b"MAIL FROM:<jos\xe9@creditor.test>", "553 5.1.7"),
        ("MAIL FROM:<josé@creditor.test>".encode(), "553 5.6.7"),
    ],
)
def test_a_raw_eight_bit_sender_gets_553_once_not_451_forever(
    receiver: SmtpReceiver, command: bytes, answer: str
) -> None:
    session = Session(receiver.options.port)
    session.say(b"EHLO client.test")
    assert session.say(command).startswith(answer)
    # The session is still usable: the next proper command is answered normally.
    assert session.say(f"MAIL FROM:<{SENDER}>".encode()).startswith("250")
    session.close()
