"""Issue 11, defect 5: "late" is paid after the due date (plus a grace) or still unpaid past
it, over the last 365 days, not counting the invoices being reminded now."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledger.models import Payment, PaymentAllocation, Reminder, ReminderInvoice
from scheduler.rules import parse_rules
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor
from tests.scheduler.days import daily_passes, pass_on

MONDAY = dt.date(2026, 12, 7)
ESCALATING = parse_rules(
    RULES_TEXT + "escalate:\n  - {when: {late_invoices_last_365d: '>=3'}, skip_to: r3}\n"
)


def paid_on_time_after_a_courtesy(debtor, n: int) -> None:  # type: ignore[no-untyped-def]
    due = dt.date(2026, 6, 1) + dt.timedelta(days=30 * n)
    invoice = make_invoice(debtor, number=f"OLD-{n}", due_date=due, status="paid", amount_due=0)
    courtesy = Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key=f"old-{n}",
        ladder="standard",
        step_id="courtesy",
        channel="email",
        due_on=due - dt.timedelta(days=3),
        status="sent",
    )
    ReminderInvoice.create(
        reminder=courtesy, invoice=invoice, ladder="standard", step_id="courtesy", amount_due=100
    )
    payment = Payment.create(
        creditor=debtor.creditor,
        key=f"pay-{n}",
        amount=Decimal("100.00"),
        received_on=due,
        unallocated=0,
    )
    PaymentAllocation.create(payment=payment, invoice=invoice, amount=Decimal("100.00"))


def test_invoices_paid_on_their_due_date_after_a_courtesy_do_not_count_as_late(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    for n in range(3):
        paid_on_time_after_a_courtesy(debtor, n)
    make_invoice(debtor, number="NEW-1", due_date=dt.date(2026, 12, 4))
    pass_on(ESCALATING, config, MONDAY)
    [reminder] = Reminder.select().where(
        (Reminder.due_on == MONDAY) & (Reminder.status != "skipped")
    )
    assert (reminder.step_id, reminder.channel) == ("r1", "email")


def test_a_debtors_own_open_invoices_do_not_escalate_it_they_get_one_first_reminder_together(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    for n, due in enumerate([dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16)]):
        make_invoice(debtor, number=f"OPEN-{n}", due_date=due)
    daily_passes(ESCALATING, config, MONDAY, MONDAY + dt.timedelta(days=4))
    first = Reminder.select().where(Reminder.status != "skipped").order_by(Reminder.id).first()
    assert first is not None
    assert (first.due_on, first.step_id, first.channel) == (MONDAY, "r1", "email")
    assert sorted(i.invoice.number for i in first.items) == ["OPEN-0", "OPEN-1", "OPEN-2"]
    assert Reminder.select().where(Reminder.channel == "letter").count() == 0
