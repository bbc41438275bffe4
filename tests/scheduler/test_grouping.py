"""Issue 11, defect 6: a debtor gets at most one message per channel a day, listing all it owes,
and at most `max_messages_per_week` (2 by default) messages in any seven days."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

import pytest

from ledger.clock import PARIS
from ledger.models import Invoice, Reminder, ReminderStatus
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import daily_passes
from tests.scheduler.fake_sms import FakeSmsProvider

D = dt.date
MESSAGES = ("email", "sms", "letter", "registered_letter")
_TOTAL = re.compile(r"Total restant dû : ([\d ,]+) €")


@pytest.fixture
def sms_provider() -> Iterator[FakeSmsProvider]:
    provider = FakeSmsProvider()
    provider.start()
    yield provider
    provider.stop()


def test_a_debtor_with_staggered_invoices_gets_one_statement_a_day_and_two_messages_a_week(
    acme, rules, config, smtp_sink, sms_provider
) -> None:  # type: ignore[no-untyped-def]
    config = dataclasses.replace(config, sms_url=sms_provider.url, sms_token="secret-token")
    debtor = reachable_debtor(acme)
    for number, due, total in [
        ("F-1", D(2026, 11, 2), "100"),
        ("F-2", D(2026, 11, 5), "200"),
        ("F-3", D(2026, 11, 9), "150"),
        ("F-4", D(2026, 11, 12), "150"),
    ]:
        make_invoice(debtor, number=number, due_date=due, total=total)
    daily_passes(rules, config, D(2026, 10, 26), D(2026, 11, 30))
    sent = list(
        Reminder.select()
        .where(Reminder.status == ReminderStatus.SENT, Reminder.channel.in_(MESSAGES))
        .order_by(Reminder.sent_at)
    )
    days = [r.sent_at.astimezone(PARIS).date() for r in sent]
    per_channel_and_day = Counter((day, r.channel) for day, r in zip(days, sent, strict=True))
    assert max(per_channel_and_day.values()) == 1
    for day in days:
        window = [d for d in days if day - dt.timedelta(days=6) <= d <= day]
        assert len(window) <= 2, (day, window)
    for day, reminder in zip(days, sent, strict=True):
        if reminder.channel != "email":
            continue
        owed = {i.number: i.total for i in Invoice.select().where(Invoice.due_date < day)} | {
            item.invoice.number: item.invoice.total for item in reminder.items
        }
        [shown] = _TOTAL.findall(reminder.body_text.replace("\u202f", " ").replace("\xa0", " "))
        assert Decimal(shown.replace(" ", "").replace(",", ".")) == sum(owed.values()), day
