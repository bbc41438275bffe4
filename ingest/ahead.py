"""Preparing the next mails while the current one commits: parsing, fsyncs and the parser
processes overlap with the database work, which stays in one thread.

Fairly: mails are grouped in lanes (one per sending domain, so per creditor), a lane holds at
most half the workers, and a mail is handed over as soon as it is ready and every earlier mail
of its lane was. Four slow PDFs from one creditor no longer hold up the next creditor's invoice.
The bytes prepared ahead are bounded too (32 MB): a burst of large mails is not all in memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")
Ready = TypeVar("Ready")

WINDOW = 16
BUDGET = 32 * 1024 * 1024


@dataclass
class _Flight(Generic[Item, Ready]):
    item: Item
    lane: str
    size: int
    future: Future[Ready]


def prepared_fairly(
    items: Iterable[Item],
    prepare: Callable[[Item], Ready],
    lane_of: Callable[[Item], str] = lambda _item: "",
    size_of: Callable[[Item], int] = lambda _item: 0,
    workers: int = 4,
) -> Iterator[tuple[Item, Future[Ready]]]:
    """(item, future of prepare(item)) as they become ready; in order within a lane."""
    waiting: deque[Item] = deque(items)
    flying: list[_Flight[Item, Ready]] = []
    per_lane = max(1, workers // 2)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="prepare") as pool:
        try:
            while waiting or flying:
                _launch(waiting, flying, pool, prepare, lane_of, size_of, per_lane)
                ready = _first_ready(flying)
                if ready is None:
                    wait([f.future for f in flying], return_when=FIRST_COMPLETED)
                    continue
                flying.remove(ready)
                yield ready.item, ready.future
        finally:
            for flight in flying:
                flight.future.cancel()


def _launch(
    waiting: deque[Item],
    flying: list[_Flight[Item, Ready]],
    pool: ThreadPoolExecutor,
    prepare: Callable[[Item], Ready],
    lane_of: Callable[[Item], str],
    size_of: Callable[[Item], int],
    per_lane: int,
) -> None:
    """Start what fits: the window, the byte budget (at least one mail), the lane's share."""
    held: set[str] = set()
    for item in list(waiting):
        if len(flying) >= WINDOW:
            return
        lane = lane_of(item)
        if lane in held:
            continue  # an earlier mail of this lane waits: keep the lane's order
        size = size_of(item)
        in_flight = sum(f.size for f in flying)
        crowded = sum(f.lane == lane for f in flying) >= per_lane
        if crowded or (flying and in_flight + size > BUDGET):
            held.add(lane)
            continue
        waiting.remove(item)
        flying.append(_Flight(item, lane, size, pool.submit(prepare, item)))


def _first_ready(flying: list[_Flight[Item, Ready]]) -> _Flight[Item, Ready] | None:
    """The earliest started mail that is done and is the oldest of its lane still flying."""
    seen: set[str] = set()
    for flight in flying:
        if flight.lane in seen:
            continue
        seen.add(flight.lane)
        if flight.future.done():
            return flight
    return None
