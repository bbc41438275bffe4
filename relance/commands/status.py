"""`relance status`: the nodes alive, who holds each singleton, what is waiting and since when."""

from __future__ import annotations

import datetime as dt
import json

import click

from ledger.clock import now
from ledger.models import Creditor, PassRun
from ledger.nodes import alive_nodes, holders
from ledger.queues import queue_depths
from relance.bootstrap import load_settings, open_ledger


@click.command()
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
def status(as_json: bool) -> None:
    """Nodes seen in the last minute, singleton holders, queue depths."""
    settings = load_settings()
    database = open_ledger(settings)
    with database.connection_context():
        report = _report()
    click.echo(json.dumps(report, indent=2, ensure_ascii=False) if as_json else _text(report))


def _report() -> dict:
    nodes = alive_nodes()
    names = {n.node: n.name for n in nodes}
    today = now().date()
    passes = (
        PassRun.select(PassRun, Creditor.slug)
        .join(Creditor)
        .where(PassRun.day >= today - dt.timedelta(days=1))
        .order_by(PassRun.started_at)
    )
    return {
        "nodes": [
            {
                "name": n.name,
                "host": n.host,
                "pid": n.pid,
                "id": n.node,
                "started_at": n.started_at.isoformat(),
                "last_seen": n.last_seen.isoformat(),
                "spool": n.spool_depth,
            }
            for n in nodes
        ],
        "singletons": [
            {
                "name": name,
                "node": names.get(tenure.node, f"{tenure.node} (silent: dead?)"),
                "since": tenure.since.isoformat(),
            }
            for name, tenure in sorted(holders().items())
        ],
        "passes": [
            {
                "creditor": run.creditor.slug,
                "day": run.day.isoformat(),
                "node": names.get(run.node, run.node),
                "started_at": run.started_at.isoformat(),
                "finished_at": run.finished_at.isoformat() if run.finished_at else None,
                "summary": run.summary,
            }
            for run in passes
        ],
        "queues": [
            {
                "name": q.name,
                "depth": q.depth,
                "oldest": q.oldest.isoformat() if q.oldest else None,
            }
            for q in queue_depths()
        ],
    }


def _ago(iso: str | None) -> str:
    if iso is None:
        return "-"
    seconds = int((now() - dt.datetime.fromisoformat(iso)).total_seconds())
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def _text(report: dict) -> str:
    lines = [f"nodes seen in the last minute: {len(report['nodes'])}"]
    for n in report["nodes"]:
        lines.append(
            f"  {n['name']:<20} {n['host']} pid {n['pid']}, up since {_ago(n['started_at'])}, "
            f"last seen {_ago(n['last_seen'])}, {n['spool']} mail(s) in its spool"
        )
    lines.append("singletons:")
    for s in report["singletons"]:
        lines.append(f"  {s['name']:<40} {s['node']}, since {_ago(s['since'])}")
    if not report["singletons"]:
        lines.append("  (none held)")
    lines.append("reminder passes (today and yesterday):")
    for p in report["passes"]:
        if p["finished_at"]:
            state = f"finished {_ago(p['finished_at'])}: {p['summary']}"
        else:
            state = f"started {_ago(p['started_at'])}, not finished"
        lines.append(f"  {p['day']} {p['creditor']:<20} {p['node']:<20} {state}")
    if not report["passes"]:
        lines.append("  (none)")
    lines.append("queues:")
    for q in report["queues"]:
        oldest = f", oldest {_ago(q['oldest'])}" if q["oldest"] else ""
        lines.append(f"  {q['name']:<40} {q['depth']}{oldest}")
    return "\n".join(lines)
