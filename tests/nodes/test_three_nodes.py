"""Three nodes on one PostgreSQL and one SeaweedFS bucket share a week of work; one is SIGKILLed
at a random moment and comes back later. Nothing is lost, nothing is done twice.

This is a slice sized for CI (90 mails); `bench/nodes.py --week` plays the full size (600 mails
over SMTP, 300 in the mailbox). RELANCE_NODES_SEED replays a run (the seed is printed).
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from ledger.database import bind
from tests.conftest import missing_server
from tests.nodes.scenario import Servers, problems, run_week
from tests.servers.dovecot import DovecotServer, start_dovecot
from tests.servers.postgres import PostgresServer
from tests.servers.seaweedfs import SeaweedServer
from tests.servers.smtp_sink import SmtpSink

pytestmark = [pytest.mark.postgres, pytest.mark.s3, pytest.mark.slow]
SMTP_MAILS, IMAP_MAILS = 60, 30
TAKEOVER_S = 6


@pytest.fixture
def mailbox() -> Iterator[DovecotServer]:
    try:
        server = start_dovecot()
    except (FileNotFoundError, OSError, RuntimeError, TimeoutError) as error:
        missing_server("Dovecot", error)
    yield server
    server.remove()


@pytest.mark.timeout(1200)
def test_three_nodes_record_every_invoice_and_send_every_reminder_once_through_a_kill(
    postgres_server: PostgresServer,
    seaweedfs: SeaweedServer,
    mailbox: DovecotServer,
    smtp_sink: SmtpSink,
    tmp_path: Path,
) -> None:
    seed = int(os.environ.get("RELANCE_NODES_SEED") or random.randrange(1_000_000))
    database_url = postgres_server.create_database(f"relance_nodes_{os.getpid()}")
    servers = Servers(
        database_url=database_url,
        storage_url=seaweedfs.url(seaweedfs.new_prefix()),
        s3_environ=seaweedfs.environ(),
        dovecot=mailbox,
        sink=smtp_sink,
        root=tmp_path,
    )
    found = run_week(servers, SMTP_MAILS, IMAP_MAILS, seed, TAKEOVER_S)
    print(
        f"seed {seed}: killed {found.killed} during {found.kill_phase}; takeovers "
        f"{found.takeovers}; intake {found.intake_seconds:.0f} s; passes {found.pass_seconds}; "
        f"IMAP mails parsed by {found.imap_parsed_by}"
    )
    assert problems(found, bind(database_url)) == []
