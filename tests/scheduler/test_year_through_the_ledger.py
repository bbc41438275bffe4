"""A year of daily passes on a real ledger with the clock pinned: what the sink receives."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import time_machine

from ledger.clock import now, today
from ledger.models import Debtor, Invoice, Reminder, ReminderInvoice
from scheduler.passes import run_pass
from scheduler.rules import parse_rules
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor

EMAIL_LADDER = parse_rules(
    """
ladders:
  standard:
    - {id: courtesy, at: -3d, channel: email, template: courtesy}
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r2, at: +10d, channel: email, template: reminder_2}
    - {id: r3, at: +20d, channel: email, template: reminder_3}
calendar: {country: FR, send_on: business_days, timezone: Europe/Paris}
"""
)


def eur(amount: str) -> dict[str, Decimal]:
    return {"EUR": Decimal(amount)}


def test_a_year_of_daily_passes_sends_each_step_once_and_follows_payments_and_disputes(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    Debtor.update(ladder="standard").execute()
    paying = reachable_debtor(acme, name="Payeur partiel", email="partiel@client.test")
    disputing = reachable_debtor(acme, name="Contestataire", email="litige@client.test")
    partial = make_invoice(paying, number="P-1", due_date=dt.date(2027, 3, 15), total="300.00")
    make_invoice(paying, number="P-2", due_date=dt.date(2027, 3, 15), total="100.00")
    disputed = make_invoice(disputing, number="D-1", due_date=dt.date(2027, 3, 15))
    Debtor.update(ladder="standard").execute()
    log: list[tuple[dt.date, str, str, Decimal]] = []
    day = dt.date(2027, 1, 1)
    while day <= dt.date(2027, 12, 31):
        morning = dt.datetime(day.year, day.month, day.day, 7, 30, tzinfo=dt.UTC)
        with time_machine.travel(morning, tick=False):
            assert today() == day
            if day == dt.date(2027, 3, 18):
                Invoice.update(status="partially_paid", amount_due=Decimal("120.00")).where(
                    Invoice.id == partial.id
                ).execute()
                Invoice.update(status="disputed").where(Invoice.id == disputed.id).execute()
            if day == dt.date(2027, 4, 12):
                Invoice.update(status="open").where(Invoice.id == disputed.id).execute()
            run_pass(EMAIL_LADDER, config, today())
            for reminder in (
                Reminder.select().where(Reminder.sent_at == now()).order_by(Reminder.id)
            ):
                log.append((day, reminder.debtor.name, reminder.step_id, reminder.totals))
        day += dt.timedelta(days=1)
    assert log == [
        (dt.date(2027, 3, 12), "Payeur partiel", "courtesy", eur("400.00")),
        (dt.date(2027, 3, 12), "Contestataire", "courtesy", eur("100.00")),
        # r1 is due on the 16th, but not within 7 days of the courtesy; partly paid on the 18th.
        (dt.date(2027, 3, 19), "Payeur partiel", "r1", eur("220.00")),
        (dt.date(2027, 3, 26), "Payeur partiel", "r2", eur("220.00")),
        (dt.date(2027, 4, 5), "Payeur partiel", "r3", eur("220.00")),  # 4 Apr is a Sunday
        # Back from the dispute: the ladder goes on where it stopped, a week apart.
        (dt.date(2027, 4, 12), "Contestataire", "r1", eur("100.00")),
        (dt.date(2027, 4, 19), "Contestataire", "r2", eur("100.00")),
        (dt.date(2027, 4, 26), "Contestataire", "r3", eur("100.00")),
    ]
    assert len(smtp_sink.wait_for(8)) == 8
    pairs = [(i.invoice_id, i.step_id) for i in ReminderInvoice.select()]
    assert len(pairs) == len(set(pairs))
