"""Singletons across nodes on a real PostgreSQL: an advisory lock per singleton, held on a
connection of its own; a node whose session ends (it died) loses its locks to the others, and
learns it lost them."""

from __future__ import annotations

from collections.abc import Iterator

import peewee
import psycopg2
import pytest

from ledger.locks import PostgresLocks
from ledger.nodes import this_node
from relance.nodes import Singleton

pytestmark = pytest.mark.postgres
WATCHER = "imap:factures@mail.test:993/INBOX"


@pytest.fixture
def url(ledger_db: peewee.Database) -> str:
    if not isinstance(ledger_db, peewee.PostgresqlDatabase):
        pytest.skip("on SQLite there is one node")
    params = ledger_db.connect_params
    return f"postgresql://{params['user']}@{params['host']}:{params['port']}/{ledger_db.database}"


@pytest.fixture
def nodes(url: str) -> Iterator[tuple[PostgresLocks, PostgresLocks]]:
    first = PostgresLocks(url, 6, "relance first")
    second = PostgresLocks(url, 6, "relance second")
    yield first, second
    first.close()
    second.close()


def end_session(url: str, application_name: str) -> None:
    """What PostgreSQL does when a node dies: its session ends, its locks with it."""
    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (application_name,),
        )
        assert cursor.fetchall() == [(True,)]
    connection.close()


class Watcher:
    name = "IMAP watcher"

    def __init__(self) -> None:
        self.running = False

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


def test_a_singleton_is_held_by_one_node_at_a_time(
    nodes: tuple[PostgresLocks, PostgresLocks],
) -> None:
    first, second = nodes
    assert first.try_hold(WATCHER)
    assert first.try_hold(WATCHER)
    assert not second.try_hold(WATCHER)
    assert second.try_hold("payments-drop-folder")
    first.release(WATCHER)
    assert second.try_hold(WATCHER)
    assert not first.try_hold(WATCHER)
    assert not first.holds(WATCHER) and second.holds(WATCHER)


def test_a_dead_nodes_singleton_goes_to_another_and_the_dead_one_learns_it_lost_it(
    url: str, nodes: tuple[PostgresLocks, PostgresLocks]
) -> None:
    first, second = nodes
    assert first.try_hold(WATCHER)
    assert not second.try_hold(WATCHER)
    end_session(url, "relance first")
    assert second.try_hold(WATCHER)
    first.check()
    assert not first.holds(WATCHER)
    assert not first.try_hold(WATCHER)


def test_a_singleton_service_runs_on_one_node_and_moves_when_its_node_loses_the_lock(
    url: str, nodes: tuple[PostgresLocks, PostgresLocks]
) -> None:
    first, second = nodes
    here, there = Watcher(), Watcher()
    on_first = Singleton(here, WATCHER, this_node(), first, takeover_s=6)
    on_second = Singleton(there, WATCHER, this_node(), second, takeover_s=6)
    on_first.tick()
    on_second.tick()
    assert (here.running, there.running) == (True, False)
    end_session(url, "relance first")
    on_second.tick()
    first.check()
    on_first.tick()
    assert (here.running, there.running) == (False, True)
    on_first.tick()
    assert not here.running
