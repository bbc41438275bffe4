"""Answers to reminders cross the packages: reminders sent by the scheduler's fixtures come
back through ingest's real receivers."""

from __future__ import annotations

from tests.ingest.conftest import dovecot  # noqa: F401 - fixtures shared with ingest's tests
from tests.scheduler.conftest import acme, config, rules  # noqa: F401 - and the scheduler's
