from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from ingest.parser_pool import ParserPool
from ingest.pipeline import Intake
from ingest.store import DocumentStore
from ledger.models import Creditor
from tests.factories import make_creditor

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def parser_pool() -> Iterator[ParserPool]:
    """Real parser processes, shared by the tests (they cost a process start each)."""
    pool = ParserPool(2)
    yield pool
    pool.close()


@pytest.fixture
def intake(tmp_path: Path, parser_pool: ParserPool) -> Intake:
    return Intake(DocumentStore(tmp_path / "documents"), parser_pool.parse)


@pytest.fixture
def creditor(ledger_db: peewee.Database) -> Creditor:
    return make_creditor(allowed_senders="@creditor.test", slug="demo")


@pytest.fixture
def sqlite_creditor(sqlite_db: peewee.Database) -> Creditor:
    return make_creditor(allowed_senders="@creditor.test", slug="demo")
