"""Slow down password guessing: per username and client address, failures lock the door a while.

Kept in memory (one admin process per install); AdminUser.failed_logins keeps the count visible.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from ledger.clock import now


@dataclass
class _Attempts:
    failures: int = 0
    locked_until: dt.datetime | None = None
    last_failure: dt.datetime | None = None


class LoginThrottle:
    """After `free_attempts` failures, each further failure doubles a lockout (capped)."""

    def __init__(
        self,
        free_attempts: int = 5,
        base_lockout: dt.timedelta = dt.timedelta(seconds=30),
        max_lockout: dt.timedelta = dt.timedelta(minutes=15),
        forget_after: dt.timedelta = dt.timedelta(hours=1),
    ) -> None:
        self.free_attempts = free_attempts
        self.base_lockout = base_lockout
        self.max_lockout = max_lockout
        self.forget_after = forget_after
        self._attempts: dict[tuple[str, str], _Attempts] = {}
        self._lock = threading.Lock()

    def retry_after(self, username: str, address: str) -> int:
        """Seconds before this username may try again from this address; 0 = now."""
        with self._lock:
            attempts = self._current(username, address)
            if attempts is None or attempts.locked_until is None:
                return 0
            left = (attempts.locked_until - now()).total_seconds()
            return max(0, int(left + 0.999))

    def failed(self, username: str, address: str) -> int:
        """Record a failure; return the lockout in seconds it starts (0 = none yet)."""
        with self._lock:
            key = (username.lower(), address)
            attempts = self._current(username, address) or _Attempts()
            attempts.failures += 1
            attempts.last_failure = now()
            over = attempts.failures - self.free_attempts
            lockout = dt.timedelta(0)
            if over >= 0:
                lockout = min(self.base_lockout * (2**over), self.max_lockout)
                attempts.locked_until = now() + lockout
            self._attempts[key] = attempts
            return int(lockout.total_seconds())

    def succeeded(self, username: str, address: str) -> None:
        with self._lock:
            self._attempts.pop((username.lower(), address), None)

    def _current(self, username: str, address: str) -> _Attempts | None:
        key = (username.lower(), address)
        attempts = self._attempts.get(key)
        if attempts and attempts.last_failure and now() - attempts.last_failure > self.forget_after:
            del self._attempts[key]
            return None
        return attempts
