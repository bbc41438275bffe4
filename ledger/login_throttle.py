"""Password guessing slowed down in the database, so every admin process and node counts the
same guesses: per account (many passwords tried on one login) and per client address (one
password sprayed across many logins). Nobody is made to wait in a worker thread: a locked door
answers at once with how long it stays shut.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from ledger.clock import now
from ledger.models import LoginThrottle, db


@dataclass(frozen=True)
class ThrottlePolicy:
    """After `free_attempts` failures each further failure doubles a lockout, up to a cap;
    a key quiet for `forget_after` starts again from nothing."""

    free_attempts: int
    base_lockout: dt.timedelta = dt.timedelta(seconds=30)
    max_lockout: dt.timedelta = dt.timedelta(minutes=15)
    forget_after: dt.timedelta = dt.timedelta(hours=1)

    def lockout(self, failures: int) -> dt.timedelta:
        over = failures - self.free_attempts
        if over < 0:
            return dt.timedelta(0)
        return min(self.base_lockout * (2 ** min(over, 20)), self.max_lockout)


ACCOUNT = ThrottlePolicy(free_attempts=5)
# An office behind one address shares it: generous, but a spray across logins stops.
ADDRESS = ThrottlePolicy(free_attempts=20)


def _keys(username: str, address: str) -> list[tuple[str, ThrottlePolicy]]:
    return [
        (f"account:{username.strip().lower()[:100]}", ACCOUNT),
        (f"address:{address[:100]}", ADDRESS),
    ]


def retry_after(username: str, address: str) -> int:
    """Seconds before this login may be tried from this address; 0 = now."""
    keys = [key for key, _policy in _keys(username, address)]
    locks = [
        row.locked_until
        for row in LoginThrottle.select(LoginThrottle.locked_until).where(
            LoginThrottle.key.in_(keys) & LoginThrottle.locked_until.is_null(False)
        )
    ]
    if not locks:
        return 0
    return max(0, int((max(locks) - now()).total_seconds() + 0.999))


def record_failure(username: str, address: str) -> int:
    """Count one failure for the account and the address; the lockout (s) now in force."""
    moment = now()
    longest = dt.timedelta(0)
    with db.atomic():
        for key, policy in _keys(username, address):
            failures = _count(key, moment, policy)
            lockout = policy.lockout(failures)
            if lockout:
                LoginThrottle.update(locked_until=moment + lockout).where(
                    LoginThrottle.key == key
                ).execute()
            longest = max(longest, lockout)
        # Keys nobody has used for a while (a spray leaves one per invented login) go.
        LoginThrottle.delete().where(
            LoginThrottle.last_failure < moment - max(ACCOUNT.forget_after, ADDRESS.forget_after)
        ).execute()
    return int(longest.total_seconds())


def record_success(username: str, address: str) -> None:
    """The account's count starts again; the address keeps its count (one good login of his
    own must not let a sprayer start over)."""
    account_key = _keys(username, address)[0][0]
    LoginThrottle.delete().where(LoginThrottle.key == account_key).execute()


def _count(key: str, moment: dt.datetime, policy: ThrottlePolicy) -> int:
    """One more failure for `key` in one statement, so two nodes never lose a count."""
    stale = LoginThrottle.last_failure < moment - policy.forget_after
    (
        LoginThrottle.insert(key=key, failures=1, last_failure=moment)
        .on_conflict(
            conflict_target=[LoginThrottle.key],
            update={
                LoginThrottle.failures: peewee.Case(None, [(stale, 1)], LoginThrottle.failures + 1),
                LoginThrottle.locked_until: peewee.Case(
                    None, [(stale, None)], LoginThrottle.locked_until
                ),
                LoginThrottle.last_failure: moment,
            },
        )
        .execute()
    )
    return LoginThrottle.get_by_id(key).failures
