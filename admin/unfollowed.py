"""Overdue invoices no ladder will ever remind, found in SQL: the engine's choice of ladder
(scheduler.engine.ladder_for: staff's choice, else the first matching `assign:` rule, else the
creditor's default) written as one CASE, and a ladder that is missing or has no steps.

Disputes, do-not-contact and the pause after a debtor's reply are deliberate and left out, as
the engine does: such a debtor is not forgotten (a reply has its own line on the dashboard)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
from peewee import Case, fn

from ledger.models import (
    Creditor,
    Debtor,
    DebtorKind,
    DebtorReply,
    Invoice,
    InvoiceStatus,
    ReplyKind,
)
from scheduler.engine import ELIGIBLE_STATUSES
from scheduler.rules import Rules


def _on_the_ladder(today: dt.date, model: type[Invoice]) -> peewee.Expression:
    """An invoice the engine may remind today (scheduler.engine.sort_out): owed, on the
    ladder's side or a promise whose date passed, not paused, not held for a person."""
    lapsed = (model.status == InvoiceStatus.PROMISED) & (model.pause_until < today)
    return (
        (model.status.in_(ELIGIBLE_STATUSES) | lapsed)
        & ~model.is_credit_note
        & ~model.needs_review
        & (model.amount_due > 0)
        & model.due_date.is_null(False)
        & (lapsed | model.pause_until.is_null() | (model.pause_until <= today))
    )


def remindable(today: dt.date, model: type[Invoice] = Invoice) -> peewee.Expression:
    """An invoice the engine would remind that is past due."""
    return _on_the_ladder(today, model) & (model.due_date < today)


def _open_amount(today: dt.date) -> peewee.Expression:
    """The debtor's largest amount owed in one currency (scheduler.engine.ladder_for compares
    an assign rule's amounts with it; never a sum across currencies)."""
    other = Invoice.alias("other")
    largest = (
        other.select(fn.SUM(other.amount_due))
        .where((other.debtor == Debtor.id) & _on_the_ladder(today, other))
        .group_by(other.currency)
        .order_by(fn.SUM(other.amount_due).desc())
        .limit(1)
    )
    return fn.COALESCE(largest, 0)


def _number(amount: Decimal) -> float:
    """A bound compared with a SUM: SQLite compares a text parameter (how a Decimal is sent)
    with a number as text, so the bound goes as a number (cents are exact in a double)."""
    return float(amount)


def _ladder_of(rules: Rules, today: dt.date) -> peewee.Expression:
    # The debtor's kind, else the creditor's default (scheduler.snapshots).
    unknown = Debtor.kind.is_null() | (Debtor.kind == "")
    is_b2b = (Debtor.kind == DebtorKind.BUSINESS) | (unknown & Creditor.is_b2b)
    cases = [(Debtor.ladder.is_null(False) & (Debtor.ladder != ""), Debtor.ladder)]
    amount = None
    for rule in rules.assign:
        when = rule.when
        condition = peewee.Value(1) == 1
        if when.creditor is not None:
            condition &= Creditor.slug == when.creditor
        if when.payment_method is not None:
            condition &= Debtor.payment_method == when.payment_method
        if when.preferred_channel is not None:
            condition &= Debtor.preferred_channel == when.preferred_channel
        if when.b2b is not None:
            condition &= is_b2b if when.b2b else ~is_b2b
        if when.min_amount is not None or when.max_amount is not None:
            amount = amount if amount is not None else _open_amount(today)
            if when.min_amount is not None:
                condition &= amount >= _number(when.min_amount)
            if when.max_amount is not None:
                condition &= amount <= _number(when.max_amount)
        cases.append((condition, peewee.Value(rule.ladder)))
    return Case(None, cases, Creditor.default_ladder)


def _answered_lately(rules: Rules, today: dt.date) -> peewee.Expression:
    """Debtors left alone today for a reply (scheduler.engine.answer_pauses: the UTC day of
    the latest reply plus `reply_pause_days` is after today)."""
    first_day = today - dt.timedelta(days=rules.reply_pause_days - 1)
    since = dt.datetime.combine(first_day, dt.time(), tzinfo=dt.UTC)
    return Debtor.id.in_(
        DebtorReply.select(DebtorReply.debtor).where(
            (DebtorReply.kind == ReplyKind.REPLY) & (DebtorReply.received_at >= since)
        )
    )


def unfollowed_debtors(rules: Rules, today: dt.date) -> peewee.ModelSelect:
    """Ids of debtors, not paused on purpose, whose ladder reminds nothing."""
    followed = [name for name, ladder in rules.ladders.items() if ladder.steps]
    ladder = _ladder_of(rules, today)
    no_ladder = ladder.is_null() | ladder.not_in(followed) if followed else peewee.Value(1) == 1
    query = Debtor.select(Debtor.id).join(Creditor)
    if all(rule.ladder in followed for rule in rules.assign):
        # Every rule leads to a ladder with steps: only a debtor of a creditor with no such
        # default, or one staff gave such a ladder, can be left out. Said first, it spares
        # the CASE on every other debtor.
        query = query.where(
            Creditor.default_ladder.is_null()
            | Creditor.default_ladder.not_in(followed)
            | (
                Debtor.ladder.is_null(False)
                & (Debtor.ladder != "")
                & Debtor.ladder.not_in(followed)
            )
        )
    paused = Debtor.dispute | Debtor.do_not_contact | _answered_lately(rules, today)
    return query.where(~paused & no_ladder)


def unfollowed_invoices(rules: Rules, today: dt.date) -> peewee.Expression:
    """The condition on Invoice: overdue, remindable, and its debtor follows no ladder."""
    return remindable(today) & Invoice.debtor.in_(unfollowed_debtors(rules, today))


def ladder_of(rules: Rules, debtor_id: int, today: dt.date) -> str | None:
    """The ladder the engine follows for one debtor (staff's choice, assign rule, default)."""
    ladder = _ladder_of(rules, today)
    found = (
        Debtor.select(ladder.alias("ladder"))
        .join(Creditor)
        .where(Debtor.id == debtor_id)
        .tuples()
        .first()
    )
    return found[0] if found else None
