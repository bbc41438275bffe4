"""Preparing the next mails while the current one commits: parsing, fsyncs and the parser
processes overlap with the database work, which stays in one thread."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Ready = TypeVar("Ready")


def prepared_in_order(
    items: Iterable[Item],
    prepare: Callable[[Item], Ready],
    workers: int = 4,
    window: int = 16,
) -> Iterator[tuple[Item, Future[Ready]]]:
    """(item, future of prepare(item)) in the items' order, at most `window` prepared ahead."""
    pending: deque[tuple[Item, Future[Ready]]] = deque()
    source = iter(items)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="prepare") as pool:
        try:
            for item in source:
                pending.append((item, pool.submit(prepare, item)))
                if len(pending) >= window:
                    yield pending.popleft()
            while pending:
                yield pending.popleft()
        finally:
            for _item, future in pending:
                future.cancel()
