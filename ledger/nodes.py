"""Nodes: each `relance run` says it is alive every few seconds; a claim names its node, so any
node can tell a claim left by a dead one (gone silent) from one still being worked on."""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from dataclasses import dataclass

import peewee

from ledger.clock import now
from ledger.models import NodeHeartbeat, SingletonTenure, db

# Within this, a node counts as alive for `relance status`.
SEEN_RECENTLY = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Node:
    """This process: `name` (RELANCE_NODE_NAME, by default the host name) and an id unique to
    this start, so a restarted node is never mistaken for the one that died."""

    name: str
    host: str
    pid: int
    id: str


_node: Node | None = None


def this_node(name: str = "") -> Node:
    """The node this process is; named at the first call (later names are ignored)."""
    global _node
    if _node is None or (_node.pid != os.getpid()):
        host = socket.gethostname()
        name = (name or host)[:100]
        _node = Node(name, host, os.getpid(), f"{name}:{os.getpid()}:{uuid.uuid4().hex[:8]}")
    return _node


def node_of(token: str) -> str:
    """The node id a claim token starts with (`<node id>/<random>`)."""
    return token.partition("/")[0]


def database_now() -> dt.datetime:
    """The database server's clock: every node judges silence by the same one, whatever the
    skew of its own (SQLite, one node, has no other)."""
    if isinstance(db.obj, peewee.PostgresqlDatabase):
        return db.execute_sql("SELECT now()").fetchone()[0].astimezone(dt.UTC)
    return now()


def beat(node: Node, spool_depth: int = 0, spool_oldest: dt.datetime | None = None) -> None:
    """This node is alive now (created or refreshed)."""
    seen = database_now()
    values = {
        NodeHeartbeat.last_seen: seen,
        NodeHeartbeat.spool_depth: spool_depth,
        NodeHeartbeat.spool_oldest: spool_oldest,
    }
    with db.atomic():
        NodeHeartbeat.insert(
            node=node.id,
            name=node.name,
            host=node.host,
            pid=node.pid,
            started_at=now(),
            last_seen=seen,
            spool_depth=spool_depth,
            spool_oldest=spool_oldest,
        ).on_conflict(conflict_target=[NodeHeartbeat.node], update=values).execute()


def leave(node: Node) -> None:
    """A clean stop: the node is gone and holds nothing."""
    with db.atomic():
        NodeHeartbeat.delete().where(NodeHeartbeat.node == node.id).execute()
        SingletonTenure.update(until=now()).where(
            (SingletonTenure.node == node.id) & SingletonTenure.until.is_null()
        ).execute()


def alive_nodes(within: dt.timedelta = SEEN_RECENTLY) -> list[NodeHeartbeat]:
    return list(
        NodeHeartbeat.select()
        .where(NodeHeartbeat.last_seen >= database_now() - within)
        .order_by(NodeHeartbeat.name, NodeHeartbeat.started_at)
    )


def silent_since(node_id: str, quiet: dt.timedelta) -> bool:
    """Whether `node_id` stopped beating more than `quiet` ago (a node that never beat, such as
    a `relance remind` by hand, is not judged here)."""
    last = (
        NodeHeartbeat.select(NodeHeartbeat.last_seen).where(NodeHeartbeat.node == node_id).scalar()
    )
    return last is not None and last < database_now() - quiet


def took(name: str, node: Node) -> None:
    """`node` holds the singleton `name` from now; whoever held it before no longer does."""
    with db.atomic():
        SingletonTenure.update(until=now()).where(
            (SingletonTenure.name == name) & SingletonTenure.until.is_null()
        ).execute()
        SingletonTenure.create(name=name, node=node.id, since=now())


def let_go(name: str, node: Node) -> None:
    SingletonTenure.update(until=now()).where(
        (SingletonTenure.name == name)
        & (SingletonTenure.node == node.id)
        & SingletonTenure.until.is_null()
    ).execute()


def holders() -> dict[str, SingletonTenure]:
    """Each singleton's current holder (its open tenure)."""
    return {
        tenure.name: tenure
        for tenure in SingletonTenure.select()
        .where(SingletonTenure.until.is_null())
        .order_by(SingletonTenure.since)
    }
