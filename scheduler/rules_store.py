"""The rules in force: loaded from rules.yaml, reloaded when it changes, kept when a new
version is invalid (the error is logged and published in SystemState "rules.error")."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import peewee

from ledger.creditors import CreditorFacts, upsert_creditors
from ledger.models import Debtor, SystemState
from ledger.reminders import write_atomic
from ledger.state import publish_state
from scheduler.errors import InvalidRules, RulesError
from scheduler.rules import EMPTY_RULES, Rules, load_rules

log = logging.getLogger(__name__)

ERROR_KEY = "rules.error"


def creditor_facts(rules: Rules) -> list[CreditorFacts]:
    return [
        CreditorFacts(
            slug=slug,
            name=c.name,
            siren=c.siren,
            siret=c.siret,
            vat_number=c.vat_number,
            letterhead=c.letterhead,
            email=c.email,
            phone=c.phone,
            is_b2b=c.b2b,
            allowed_senders=c.allowed_senders,
            default_ladder=c.default_ladder,
            payments_csv=json.dumps(c.payments_csv, ensure_ascii=False) if c.payments_csv else "",
            write_off_below=rules.write_off_below(slug),
        )
        for slug, c in rules.creditors.items()
    ]


def load_rules_for_ledger(path: Path | str) -> Rules:
    """The rules in `path`, also refused when they drop a ladder staff assigned to debtors:
    those debtors would silently get no reminder at all. Needs a database connection."""
    rules = load_rules(path)
    orphans = (
        Debtor.select(Debtor.ladder, peewee.fn.COUNT(Debtor.id), peewee.fn.MIN(Debtor.id))
        .where(Debtor.ladder.is_null(False) & Debtor.ladder.not_in([*rules.ladders, ""]))
        .group_by(Debtor.ladder)
        .order_by(Debtor.ladder)
        .tuples()
    )
    problems = [
        RulesError(
            path,
            None,
            f"ladders.{name}",
            f"missing, but assigned to {count} debtor(s) (first: #{first}); "
            "keep this ladder or assign them another one in the admin first",
        )
        for name, count, first in orphans
    ]
    if problems:
        raise InvalidRules(problems)
    return rules


def apply_creditors(rules: Rules) -> None:
    """Creditors declared in the rules, upserted into the ledger."""
    with write_atomic():
        upsert_creditors(creditor_facts(rules))


def publish_error(message: str) -> None:
    publish_state(ERROR_KEY, message)


def clear_error() -> None:
    SystemState.delete().where(SystemState.key == ERROR_KEY).execute()


class RulesStore:
    """Thread-safe holder of the rules in force for a running daemon."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.rules: Rules = EMPTY_RULES
        self._signature: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self.loaded = False

    def _current_signature(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    def reload_if_changed(self) -> bool:
        """Reload when the file changed; True when new rules came into force.

        Must run inside a database connection: creditors are upserted and errors published.
        """
        signature = self._current_signature()
        if self.loaded and signature == self._signature:
            return False
        with self._lock:
            self._signature = signature
            try:
                rules = load_rules_for_ledger(self.path)
            except InvalidRules as error:
                kept = "the previous rules stay in force" if self.loaded else "no rules in force"
                log.error("rules refused (%s):\n%s", kept, error)
                publish_error(str(error))
                return False
            apply_creditors(rules)
            clear_error()
            self.rules = rules
            self.loaded = True
            log.info("rules loaded from %s", self.path)
            return True
