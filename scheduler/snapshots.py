"""Plain snapshots of the ledger for the engine, loaded with a handful of set queries.

Raw cursor rows throughout: peewee's per-value conversion is most of the cost at 100,000
invoices. No query runs per debtor.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from zoneinfo import ZoneInfo

import peewee

from ledger.clock import PARIS
from ledger.models import (
    CreditOffset,
    Creditor,
    Debtor,
    DebtorReply,
    Invoice,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    Reminder,
    ReminderInvoice,
    ReminderStatus,
    ReplyKind,
    db,
)
from ledger.reminders import MAX_ATTEMPTS
from scheduler.engine import ELIGIBLE_STATUSES, step_of_item
from scheduler.ladders import MESSAGE_CHANNELS
from scheduler.snapshot_types import (
    DELIVERED,
    SETTLED,
    UNDER_WAY,
    DebtorSnapshot,
    InvoiceSnapshot,
    StepRecord,
)

CENT = Decimal("0.01")
YEAR = dt.timedelta(days=365)
# Recent messages are read this far back: the weekly limit looks at the last seven days.
RECENT = dt.timedelta(days=14)
WAITING = (
    ReminderStatus.PENDING,
    ReminderStatus.BLOCKED_MISSING_CONTACT,
    ReminderStatus.AWAITING_APPROVAL,
)
# Unpaid past the due date and not on the ladder now: late for the escalation count.
LATE_UNPAID = (
    InvoiceStatus.DISPUTED,
    InvoiceStatus.PROMISED,
    InvoiceStatus.IN_PLAN,
    InvoiceStatus.HANDED_OVER,
)
# Answers older than this pause nobody (rules.yaml caps reply_pause_days below it).
ANSWERS_LOOKED_AT = dt.timedelta(days=61)


def candidates(day: dt.date, creditor_id: int | None = None) -> peewee.Expression:
    """Invoices the engine looks at (of one creditor, or of all): owed, not credit notes, on
    the ladder or a lapsed promise."""
    lapsed = (Invoice.status == InvoiceStatus.PROMISED) & (Invoice.pause_until < day)
    wanted = (
        (Invoice.is_credit_note == False)  # noqa: E712
        & (Invoice.amount_due > 0)
        & (Invoice.status.in_(ELIGIBLE_STATUSES) | lapsed)
    )
    if creditor_id is not None:
        wanted &= Invoice.creditor == creditor_id
    return wanted


def load_snapshots(
    day: dt.date,
    creditor_id: int | None = None,
    *,
    grace_days: int = 0,
    timezone: ZoneInfo = PARIS,
    unreadable: list[str] | None = None,
    debtor_ids: list[int] | None = None,
) -> list[DebtorSnapshot]:
    """Every debtor (of one creditor, or of all; or those of `debtor_ids`) with an invoice
    that may be reminded, with what each invoice already had, its late history and the
    messages it had lately. A debtor with an invoice row that cannot be read (a date or amount
    no Python value holds) is left out whole and named in `unreadable`."""
    wanted = candidates(day, creditor_id)
    if debtor_ids is not None:
        wanted &= Invoice.debtor.in_(debtor_ids)
    records = _records(wanted, timezone)
    by_debtor: dict[int, list[InvoiceSnapshot]] = defaultdict(list)
    rows = Invoice.select(
        Invoice.id,
        Invoice.debtor,
        Invoice.number,
        Invoice.due_date,
        Invoice.amount_due,
        Invoice.currency,
        Invoice.status,
        Invoice.pause_until,
        Invoice.needs_review,
    ).where(wanted)
    # Many invoices share a due date: each distinct text is parsed once.
    days: dict[object, dt.date | None] = {None: None}
    broken: dict[int, str] = {}
    for iid, debtor_id, number, due, amount, currency, status, pause, review in db.execute(rows):
        try:
            if due not in days:
                days[due] = _date(due)
            snapshot = InvoiceSnapshot(
                iid,
                number,
                days[due],
                _money(amount),
                currency,
                status,
                False,
                _date(pause) if pause else None,
                bool(review),
                records.get(iid),
            )
        except (ValueError, TypeError, ArithmeticError) as error:
            broken[debtor_id] = f"invoice #{iid} ({number}) unreadable: {error}"
            continue
        by_debtor[debtor_id].append(snapshot)
    for debtor_id, why in broken.items():
        by_debtor.pop(debtor_id, None)
        if unreadable is not None:
            unreadable.append(f"debtor #{debtor_id} left out of the pass: {why}"[:500])
    late = late_counts(day, grace_days, debtor_ids)
    delivered, occupied = _messages(day, wanted, timezone)
    replied = latest_answers(day)
    debtors = (
        Debtor.select(
            Debtor.id,
            Creditor.slug,
            Debtor.name,
            Debtor.ladder,
            Creditor.default_ladder,
            Debtor.kind,
            Creditor.is_b2b,
            Debtor.payment_method,
            Debtor.preferred_channel,
            Debtor.dispute,
            Debtor.do_not_contact,
        )
        .join(Creditor)
        .where(Debtor.id.in_(Invoice.select(Invoice.debtor).where(wanted)))
        .order_by(Debtor.id)
    )
    snapshots = []
    for did, slug, name, ladder, default, kind, b2b, method, pref, dispute, dnc in db.execute(
        debtors
    ):
        if did in broken:
            continue
        snapshots.append(
            DebtorSnapshot(
                id=did,
                creditor=slug,
                name=name,
                invoices=tuple(by_debtor.get(did, ())),
                ladder=ladder,
                creditor_ladder=default,
                kind=kind or ("business" if b2b else "consumer"),
                payment_method=method,
                preferred_channel=pref,
                dispute=bool(dispute),
                do_not_contact=bool(dnc),
                late_invoices_last_365d=late.get(did, 0),
                delivered=delivered.get(did, ()),
                busy=occupied.get(did, frozenset()),
                replied_on=replied.get(did),
            )
        )
    return snapshots


def _records(
    wanted: peewee.Expression, timezone: ZoneInfo
) -> dict[int, dict[tuple[str, str], StepRecord]]:
    """Per candidate invoice, per (ladder, step): what the outbox holds, channels together."""
    items = (
        ReminderInvoice.select(
            ReminderInvoice.invoice,
            ReminderInvoice.ladder,
            ReminderInvoice.step_id,
            Reminder.status,
            Reminder.channel,
            Reminder.attempts,
            Reminder.due_on,
            Reminder.sent_at,
        )
        .join(Reminder)
        .switch(ReminderInvoice)
        .join(Invoice)
        .where(wanted)
    )
    found: dict[int, dict[tuple[str, str], StepRecord]] = {}
    for iid, ladder, item_step, status, channel, attempts, due_on, sent_at in db.execute(items):
        state, delivered_on = _state(status, channel, attempts, due_on, sent_at, timezone)
        contact = state == DELIVERED and channel in MESSAGE_CHANNELS
        key = (ladder, step_of_item(item_step))
        steps = found.setdefault(iid, {})
        known = steps.get(key)
        if known is None:
            steps[key] = StepRecord(state, delivered_on, contact)
        else:
            steps[key] = _together(known, StepRecord(state, delivered_on, contact))
    return found


def _state(
    status: str,
    channel: str,
    attempts: int,
    due_on: object,
    sent_at: object,
    timezone: ZoneInfo,
) -> tuple[str, dt.date | None]:
    if status == ReminderStatus.SENT:
        return DELIVERED, delivered_on(due_on, sent_at, timezone)
    if channel == "phone_task":
        # Staff's call runs beside the ladder: it never holds the next step back.
        return SETTLED, None
    if status in WAITING or (status == ReminderStatus.FAILED and attempts < MAX_ATTEMPTS):
        return UNDER_WAY, None
    return SETTLED, None


def _together(one: StepRecord, other: StepRecord) -> StepRecord:
    """A step's record across its channels: delivered if any channel was, then under way."""
    for state in (DELIVERED, UNDER_WAY):
        if state in (one.state, other.state):
            days = [r.delivered_on for r in (one, other) if r.delivered_on is not None]
            return StepRecord(state, max(days) if days else None, one.contact or other.contact)
    return one


def delivered_on(due_on: object, sent_at: object, timezone: ZoneInfo = PARIS) -> dt.date:
    """The day a sent reminder reached the debtor: when it was sent, never before its plan."""
    planned = _date(due_on)
    assert planned is not None
    if sent_at is None:
        return planned
    moment = (
        sent_at if isinstance(sent_at, dt.datetime) else dt.datetime.fromisoformat(str(sent_at))
    )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return max(planned, moment.astimezone(timezone).date())


def with_busy(
    snapshots: list[DebtorSnapshot], busy: Iterable[tuple[int, str]]
) -> list[DebtorSnapshot]:
    """The snapshots with more channels taken today (by the releases the pass will make)."""
    extra: dict[int, set[str]] = defaultdict(set)
    for debtor_id, channel in busy:
        extra[debtor_id].add(channel)
    if not extra:
        return snapshots
    return [replace(s, busy=s.busy | extra[s.id]) if s.id in extra else s for s in snapshots]


def _messages(
    day: dt.date, wanted: peewee.Expression, timezone: ZoneInfo
) -> tuple[dict[int, tuple[tuple[dt.date, str], ...]], dict[int, frozenset[str]]]:
    """Per debtor: messages delivered lately (day, channel); channels already used today."""
    rows = Reminder.select(
        Reminder.debtor,
        Reminder.channel,
        Reminder.status,
        Reminder.attempts,
        Reminder.due_on,
        Reminder.sent_at,
    ).where(
        Reminder.debtor.in_(Invoice.select(Invoice.debtor).where(wanted))
        & (Reminder.channel != "phone_task")
        & (
            ((Reminder.status == ReminderStatus.SENT) & (Reminder.due_on >= day - RECENT))
            | (Reminder.status == ReminderStatus.PENDING)
            | ((Reminder.status == ReminderStatus.FAILED) & (Reminder.attempts < MAX_ATTEMPTS))
        )
    )
    delivered: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    busy: dict[int, set[str]] = defaultdict(set)
    for debtor_id, channel, status, _attempts, due_on, sent_at in db.execute(rows):
        if status == ReminderStatus.SENT:
            on = delivered_on(due_on, sent_at, timezone)
            if channel in MESSAGE_CHANNELS:
                delivered[debtor_id].append((on, channel))
            if on == day:
                busy[debtor_id].add(channel)
        elif (_date(due_on) or day) <= day:
            busy[debtor_id].add(channel)
    return (
        {d: tuple(sorted(v)) for d, v in delivered.items()},
        {d: frozenset(v) for d, v in busy.items()},
    )


def late_counts(
    day: dt.date, grace_days: int = 0, debtor_ids: list[int] | None = None
) -> dict[int, int]:
    """Per debtor (of `debtor_ids`, else all), invoices due in the last 365 days that were
    late: paid after the due date (plus `grace_days`) or still unpaid and off the ladder.
    Invoices being reminded now do not count: a debtor's own open invoices must not escalate
    it."""
    window = (
        (Invoice.due_date >= day - YEAR)
        & (Invoice.due_date < day)
        & (Invoice.is_credit_note == False)  # noqa: E712
    )
    if debtor_ids is not None:
        window &= Invoice.debtor.in_(debtor_ids)
    found: dict[int, int] = dict(
        Invoice.select(Invoice.debtor, peewee.fn.COUNT(Invoice.id))
        .where(window & Invoice.status.in_(LATE_UNPAID))
        .group_by(Invoice.debtor)
        .tuples()
    )
    paid_on: dict[int, tuple[int, dt.date, dt.date]] = {}
    paid = window & (Invoice.status == InvoiceStatus.PAID)
    payments = (
        Invoice.select(
            Invoice.id, Invoice.debtor, Invoice.due_date, peewee.fn.MAX(Payment.received_on)
        )
        .join(PaymentAllocation)
        .join(Payment)
        .where(paid)
        .group_by(Invoice.id, Invoice.debtor, Invoice.due_date)
    )
    offsets = (
        Invoice.select(
            Invoice.id, Invoice.debtor, Invoice.due_date, peewee.fn.MAX(CreditOffset.created_at)
        )
        .join(CreditOffset, on=CreditOffset.invoice == Invoice.id)
        .where(paid)
        .group_by(Invoice.id, Invoice.debtor, Invoice.due_date)
    )
    for query in (payments, offsets):
        for iid, debtor_id, due, settled in db.execute(query):
            on = _date(settled)
            if on is None:
                continue
            known = paid_on.get(iid)
            if known is None or on > known[2]:
                paid_on[iid] = (debtor_id, _date(due) or on, on)
    grace = dt.timedelta(days=grace_days)
    for debtor_id, due, settled in paid_on.values():
        if settled > due + grace:
            found[debtor_id] = found.get(debtor_id, 0) + 1
    return found


def _date(value: object) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value  # type: ignore[return-value]
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _money(value: object) -> Decimal:
    amount = Decimal(str(value)).quantize(CENT)
    if not amount.is_finite():
        raise ValueError(f"amount {value} is not finite")
    return amount


def latest_answers(day: dt.date) -> dict[int, dt.date]:
    """Per debtor, the day of the latest reply to a reminder (auto-replies and bounces aside)."""
    since = dt.datetime.combine(day - ANSWERS_LOOKED_AT, dt.time(), tzinfo=dt.UTC)
    query = (
        DebtorReply.select(DebtorReply.debtor, peewee.fn.MAX(DebtorReply.received_at))
        .where((DebtorReply.kind == ReplyKind.REPLY) & (DebtorReply.received_at >= since))
        .group_by(DebtorReply.debtor)
        .tuples()
    )
    return {debtor: _day_of(received) for debtor, received in query if received}


def _day_of(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).date() if value.tzinfo else value.date()
    return dt.date.fromisoformat(str(value)[:10])
