"""Each creditor's reminder pass of a day: started by one node, finished once."""

from __future__ import annotations

import datetime as dt

from ledger.clock import now
from ledger.models import Creditor, PassRun


def creditors_without_pass(day: dt.date) -> list[Creditor]:
    """The creditors whose pass of `day` has not finished yet."""
    finished = PassRun.select(PassRun.creditor).where(
        (PassRun.day == day) & PassRun.finished_at.is_null(False)
    )
    return list(Creditor.select().where(Creditor.id.not_in(finished)).order_by(Creditor.id))


def pass_finished(creditor_id: int, day: dt.date) -> bool:
    return (
        PassRun.select()
        .where(
            (PassRun.creditor == creditor_id)
            & (PassRun.day == day)
            & PassRun.finished_at.is_null(False)
        )
        .exists()
    )


def start_pass(creditor_id: int, day: dt.date, node_id: str) -> PassRun:
    return PassRun.create(creditor=creditor_id, day=day, node=node_id, started_at=now())


def finish_pass(run: PassRun, summary: str) -> None:
    PassRun.update(finished_at=now(), summary=summary[:4000]).where(PassRun.id == run.id).execute()
