from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from imapclient import IMAPClient

from ingest.pipeline import Intake
from ledger.models import Creditor
from ledger.storage import BlobStore
from parsing import ParserPool
from tests.conftest import missing_server
from tests.factories import make_creditor
from tests.servers.dovecot import PASSWORD, USER, DovecotServer, start_dovecot

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def parser_pool() -> Iterator[ParserPool]:
    """Real parser processes shared by a module's tests, all ended when the module is done."""
    pool = ParserPool(2)
    yield pool
    pool.close()


@pytest.fixture
def intake(blob_store: BlobStore, parser_pool: ParserPool) -> Intake:
    return Intake(blob_store, parser_pool.parse)


@pytest.fixture
def creditor(ledger_db: peewee.Database) -> Creditor:
    return make_creditor(allowed_senders="@creditor.test", slug="demo")


@pytest.fixture
def sqlite_creditor(sqlite_db: peewee.Database) -> Creditor:
    return make_creditor(allowed_senders="@creditor.test", slug="demo")


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A real Dovecot on a free loopback port, its mail in a temp dir."""
    try:
        server = start_dovecot()
    except (FileNotFoundError, OSError, RuntimeError, TimeoutError) as error:
        missing_server("Dovecot", error)
    yield server
    server.remove()


@pytest.fixture
def dovecot_without_idle() -> Iterator[DovecotServer]:
    """A Dovecot that announces neither IDLE nor MOVE."""
    try:
        server = start_dovecot(capability="IMAP4rev1 UIDPLUS")
    except (FileNotFoundError, OSError, RuntimeError, TimeoutError) as error:
        missing_server("Dovecot", error)
    yield server
    server.remove()


def imap_client(server: DovecotServer) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=10)
    client.login(USER, PASSWORD)
    return client


def deliver(server: DovecotServer, *raws: bytes) -> None:
    """Put mails in the inbox by APPEND, as a mail server would deliver them."""
    client = imap_client(server)
    try:
        for raw in raws:
            client.append("INBOX", raw)
    finally:
        client.logout()


def folder_counts(server: DovecotServer) -> dict[str, int]:
    client = imap_client(server)
    try:
        counts = {}
        for flags, _delimiter, name in client.list_folders():
            if b"\\Noselect" in flags or b"\\NonExistent" in flags:
                continue
            counts[name] = client.folder_status(name, ["MESSAGES"])[b"MESSAGES"]
        return counts
    finally:
        client.logout()
