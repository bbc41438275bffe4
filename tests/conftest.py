from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from ledger.database import bind
from ledger.migrations import migrate
from ledger.storage import BlobStore, bind_store
from ledger.storage.files import FileStore
from tests.servers.postgres import PostgresServer, start_postgres
from tests.servers.seaweedfs import SeaweedServer, start_seaweedfs
from tests.servers.smtp_sink import SmtpSink

# `make test` sets this so a server that failed to install fails the run instead of skipping.
REQUIRE_SERVERS = os.environ.get("RELANCE_REQUIRE_SERVERS") == "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files holding a `slow` test first (each file's tests keep their order): `make test`
    hands whole files to its processes, and a long file handed out last keeps one of them busy
    after the other is done."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)


def missing_server(what: str, error: Exception) -> None:
    if REQUIRE_SERVERS:
        pytest.fail(f"{what} is required but could not start: {error}")
    pytest.skip(f"{what} unavailable: {error}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_postgres()
    except (FileNotFoundError, KeyError, OSError, TimeoutError) as error:
        missing_server("PostgreSQL", error)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def seaweedfs() -> Iterator[SeaweedServer]:
    """A real S3 server (SeaweedFS) for the whole run; each test takes a bucket of its own."""
    try:
        server = start_seaweedfs()
    except (FileNotFoundError, OSError, RuntimeError, TimeoutError) as error:
        missing_server("SeaweedFS", error)
    yield server
    server.remove()


_database_names = itertools.count()
MIGRATED = "relance_migrated"


@pytest.fixture(scope="session")
def migrated_postgres(postgres_server: PostgresServer) -> PostgresServer:
    """The server holding a database migrated once per run, which each test's database copies:
    migrating costs about a second of server time, copying a tenth. `migrate()` on a fresh
    database is still what made it."""
    database = bind(postgres_server.create_database(MIGRATED))
    with database.connection_context():
        migrate()
    database.close()
    return postgres_server


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'relance.db'}"


@pytest.fixture
def blob_store(tmp_path: Path) -> BlobStore:
    """A blob store in a folder of the test's own, bound as the one `blobs` stands for."""
    return bind_store(FileStore(tmp_path / "blobs"))


@pytest.fixture
def sqlite_db(sqlite_url: str, blob_store: BlobStore) -> Iterator[peewee.Database]:
    """A fresh SQLite ledger (and a blob store), bound and migrated."""
    database = bind(sqlite_url)
    with database.connection_context():
        migrate()
        yield database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ledger_db(
    request: pytest.FixtureRequest, sqlite_url: str, blob_store: BlobStore
) -> Iterator[peewee.Database]:
    """The same test on SQLite and on a real PostgreSQL (and a blob store)."""
    if request.param == "sqlite":
        url = sqlite_url
    else:
        server: PostgresServer = request.getfixturevalue("migrated_postgres")
        url = server.create_database(
            f"relance_test_{os.getpid()}_{next(_database_names)}", template=MIGRATED
        )
    database = bind(url)
    with database.connection_context():
        migrate()
        yield database
    database.close()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A real SMTP server on a free loopback port that keeps what it receives."""
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty install directory with the default, relative settings."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("RELANCE_"):
            monkeypatch.delenv(name)
    return tmp_path
