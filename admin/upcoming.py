"""Prochaines relances: what the engine will do over the next days (its dry run, nothing
written), and for each line the very message it would send, composed by the same code.

The dry run reads the whole ledger once per day ahead (about 4 s of CPU at 100,000 invoices):
it is computed at most every few minutes per process, again at once when rules.yaml changes,
and shown with the time it was computed and what it cost. The Rules page shows the same one."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from admin.rules_preview import RulesCheck, check_and_preview
from ledger.clock import now
from ledger.models import Creditor, Debtor, Invoice
from scheduler.channels import ChannelConfig
from scheduler.delivery import compose
from scheduler.rules import Rules
from scheduler.sms_text import sms_text

DAYS = 7
FRESH_FOR = dt.timedelta(minutes=5)
_lock = threading.Lock()


@dataclass(frozen=True)
class DryRun:
    computed_at: dt.datetime
    seconds: float
    check: RulesCheck


_cached: dict[tuple[Path, dt.date, str], DryRun] = {}


def _fingerprint(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def upcoming(path: Path, today: dt.date, config: ChannelConfig, *, refresh: bool = False) -> DryRun:
    """The next DAYS days' dry run, reused while fresh and while rules.yaml is unchanged."""
    key = (path, today, _fingerprint(path))
    with _lock:
        found = _cached.get(key)
        if found is not None and not refresh and now() - found.computed_at < FRESH_FOR:
            return found
    started = time.perf_counter()
    check = check_and_preview(path, today, config, DAYS)
    computed = DryRun(now(), time.perf_counter() - started, check)
    with _lock:
        _cached.clear()
        _cached[key] = computed
    return computed


@dataclass(frozen=True)
class Preview:
    channel: str
    recipient: str
    subject: str
    text: str


class PreviewError(LookupError):
    pass


def preview(
    rules: Rules,
    debtor_id: int,
    ladder: str,
    step_id: str,
    channel: str,
    numbers: list[str],
    day: dt.date,
) -> Preview:
    """The message of one line of the dry run, as `relance remind` would compose it on `day`."""
    debtor = Debtor.get_or_none(Debtor.id == debtor_id)
    if debtor is None or rules.step(ladder, step_id) is None:
        raise PreviewError(step_id)
    creditor = Creditor.get_by_id(debtor.creditor_id)
    invoices = list(
        Invoice.select()
        .where((Invoice.debtor == debtor) & Invoice.number.in_(numbers[:200]))
        .order_by(Invoice.due_date, Invoice.number)
    )
    if not invoices:
        raise PreviewError(",".join(numbers))
    composed = compose(rules, creditor, debtor, invoices, ladder, step_id, channel, day)
    rendered = composed.rendered
    if channel == "sms":
        thanks = rules.step(ladder, step_id).kind == "thanks"  # type: ignore[union-attr]
        text = sms_text(
            creditor, debtor, invoices + composed.others, composed.payment, thanks=thanks
        )
        return Preview(channel, debtor.phone or "", "", text)
    if channel in ("letter", "registered_letter"):
        address = ", ".join(
            part
            for part in (debtor.name, debtor.street, f"{debtor.postcode or ''} {debtor.city or ''}")
            if part and part.strip()
        )
        return Preview(channel, address, rendered.subject, rendered.text)
    return Preview(channel, debtor.email or "", rendered.subject, rendered.text)
