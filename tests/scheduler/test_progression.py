"""Issue 11, defects 1 and 2: the ladder advances on what was delivered, in order, from its
entry step; every step it jumps over is recorded with the reason."""

from __future__ import annotations

import datetime as dt

from ledger.clock import PARIS
from ledger.models import Debtor, Reminder, ReminderInvoice, ReminderStatus
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import approve_all, daily_passes, pass_on

D = dt.date


def delivered(debtor: Debtor) -> list[tuple[dt.date, str, str]]:
    return [
        (r.sent_at.astimezone(PARIS).date(), r.step_id, r.channel)
        for r in Reminder.select()
        .where((Reminder.debtor == debtor) & (Reminder.status == ReminderStatus.SENT))
        .order_by(Reminder.sent_at, Reminder.id)
    ]


def test_an_invoice_first_recorded_sixty_days_late_gets_the_first_reminder_not_the_handover(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="F-60", due_date=D(2026, 10, 5))
    pass_on(rules, config, D(2026, 12, 4))
    assert delivered(debtor) == [(D(2026, 12, 4), "r1", "email")]
    [message] = smtp_sink.wait_for(1)
    text = message.get_body(("plain",)).get_content()
    assert "malgré" not in text.lower()
    assert Reminder.select().where(Reminder.channel == "handover").count() == 0


def test_a_step_missed_while_relance_was_down_is_recorded_as_skipped_and_the_next_goes_in_order(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="F-1", due_date=D(2026, 12, 4))
    pass_on(rules, config, D(2026, 11, 30))  # the courtesy is due on 1 December
    pass_on(rules, config, D(2026, 12, 21))  # back after three weeks: r1, r2 and r3 have come
    assert delivered(debtor) == [(D(2026, 12, 21), "r1", "email")]
    [skipped] = Reminder.select().where(Reminder.status == ReminderStatus.SKIPPED)
    assert skipped.step_id == "courtesy"
    assert "due date" in skipped.outcome
    assert [i.invoice.number for i in skipped.items] == ["F-1"]


def test_a_formal_notice_released_late_is_not_followed_by_the_handover_inside_its_deadline(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, street=None)
    make_invoice(debtor, number="F-2", due_date=D(2026, 10, 5))

    def complete_address() -> None:
        Debtor.update(street="8 avenue des Vosges").where(Debtor.id == debtor.id).execute()

    start, end = D(2026, 10, 1), D(2027, 1, 31)
    day = start
    while day <= end:
        if day == D(2026, 11, 17):
            complete_address()
        approve_all()
        pass_on(rules, config, day)
        day += dt.timedelta(days=1)
    sent = delivered(debtor)
    notice = [d for d, step, _ in sent if step == "notice"]
    handover = [d for d, step, _ in sent if step == "handover"]
    assert notice and handover
    assert handover[0] >= notice[0] + dt.timedelta(days=8)


def test_a_blocked_reminder_never_goes_out_after_a_later_step_of_its_ladder(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, email=None)
    make_invoice(debtor, number="F-3", due_date=D(2026, 10, 5))

    def add_email() -> None:
        Debtor.update(email="compta@client.test").where(Debtor.id == debtor.id).execute()

    daily_passes(rules, config, D(2026, 10, 1), D(2026, 11, 20), {D(2026, 10, 28): add_email})
    order = [
        r.step_id
        for r in ReminderInvoice.select()
        .join(Reminder)
        .where(Reminder.status == ReminderStatus.SENT)
        .order_by(Reminder.sent_at, Reminder.id)
    ]
    steps = ["courtesy", "r1", "r2", "r3", "notice", "call", "handover"]
    positions = [steps.index(s.split("+")[0]) for s in order]
    assert positions == sorted(positions)
