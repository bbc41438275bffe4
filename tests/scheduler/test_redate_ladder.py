"""Re-dated invoices on their ladder: a step delivered is never sent again, a due date moved
later sends nothing early, one moved earlier gives the next step once and the later ones
`min_gap` apart, never a burst (scheduler/redate_effect.py, the engine's catch-up rule)."""

from __future__ import annotations

import datetime as dt

from ledger.models import Creditor, Invoice, MonthEndReading, Reminder, ReminderStatus
from ledger.redate import apply_redate, plan_redate
from scheduler.redate_effect import ladder_effects
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import pass_on

D = dt.date
A = MonthEndReading.DAYS_THEN_MONTH_END
B = MonthEndReading.MONTH_END_THEN_DAYS
# "45 jours fin de mois" issued 5 September 2026: 31 October by (a), 14 November by (b).
ISSUED, BY_A, BY_B = D(2026, 9, 5), D(2026, 10, 31), D(2026, 11, 14)


def business_days(start: dt.date, end: dt.date) -> list[dt.date]:
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    return [d for d in days if d.weekday() < 5]


def steps_taken(invoice: Invoice) -> list[tuple[dt.date, str]]:
    """(day, step) of each step the invoice had (its channels together), skips aside."""
    taken = [
        (r.due_on, r.step_id)
        for r in Reminder.select()
        .where(Reminder.status != ReminderStatus.SKIPPED)
        .order_by(Reminder.due_on, Reminder.id)
        if any(item.invoice_id == invoice.id for item in r.items)
    ]
    return list(dict.fromkeys(taken))


def switch_reading(creditor: Creditor, reading: str) -> Creditor:
    Creditor.update(month_end_reading=reading).where(Creditor.id == creditor.id).execute()
    return Creditor.get_by_id(creditor.id)


def test_a_due_date_moved_later_after_a_reminder_sends_nothing_early_and_never_again(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(
        reachable_debtor(acme),
        number="F-1",
        issue_date=ISSUED,
        due_date=BY_A,
        due_terms="45 jours fin de mois",
        due_reading=A,
    )
    pass_on(rules, config, D(2026, 11, 2))
    assert steps_taken(invoice) == [(D(2026, 11, 2), "r1")]

    creditor = switch_reading(acme, B)
    plan = plan_redate(creditor)
    effect = ladder_effects(plan.changes, rules, D(2026, 11, 3))[invoice.id]
    assert (effect.delivered, effect.delivered_before_due) == (("r1",), ("r1",))
    assert (effect.next_step, effect.next_before, effect.next_after) == (
        "r2",
        D(2026, 11, 10),
        D(2026, 11, 24),
    )
    apply_redate(creditor, plan.fingerprint, by="claire")

    for day in business_days(D(2026, 11, 3), D(2026, 11, 24)):
        pass_on(rules, config, day)
    assert steps_taken(invoice) == [(D(2026, 11, 2), "r1"), (D(2026, 11, 24), "r2")]


def test_a_due_date_moved_earlier_gives_the_next_step_once_then_keeps_the_gap(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    acme = switch_reading(acme, B)
    invoice = make_invoice(
        reachable_debtor(acme),
        number="F-2",
        issue_date=ISSUED,
        due_date=BY_B,
        due_terms="fin de mois + 45 jours",
        due_reading=B,
    )
    pass_on(rules, config, D(2026, 11, 16))
    assert steps_taken(invoice) == [(D(2026, 11, 16), "r1")]

    creditor = switch_reading(acme, A)
    plan = plan_redate(creditor)
    [change] = plan.changes
    assert (change.old_due, change.new_due) == (BY_B, BY_A)
    # r2's and r3's dates have passed by the new due date: still nothing today (r1 is a day old).
    effect = ladder_effects(plan.changes, rules, D(2026, 11, 17))[invoice.id]
    assert (effect.today_before, effect.today_after, effect.next_step) == (None, None, "r2")
    apply_redate(creditor, plan.fingerprint, by="claire")

    for day in business_days(D(2026, 11, 17), D(2026, 12, 4)):
        pass_on(rules, config, day)
    assert steps_taken(invoice) == [
        (D(2026, 11, 16), "r1"),
        (D(2026, 11, 23), "r2"),
        (D(2026, 11, 30), "r3"),
    ]


def test_a_step_under_way_is_shown_as_going_as_planned(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(
        reachable_debtor(acme, email=None),
        number="F-3",
        issue_date=ISSUED,
        due_date=BY_A,
        due_terms="45 jours fin de mois",
        due_reading=A,
    )
    pass_on(rules, config, D(2026, 11, 2))  # r1 waits for an e-mail address
    plan = plan_redate(switch_reading(acme, B))
    effect = ladder_effects(plan.changes, rules, D(2026, 11, 3))[invoice.id]
    assert (effect.delivered, effect.under_way, effect.today_after) == ((), ("r1",), None)
