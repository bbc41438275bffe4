"""Issue 11, defect 3: a consumer is never charged what French law reserves for businesses;
a business notice states the indemnity and the penalties to the day, not only the rate."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pdfplumber

from ledger.clock import PARIS
from ledger.debtors import DebtorFacts, match_or_create_debtor
from ledger.models import Reminder, ReminderStatus
from ledger.storage import blobs
from scheduler.rules import parse_rules
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT
from tests.scheduler.days import approve_all, daily_passes

D = dt.date
DUE = D(2026, 10, 5)
SHORT = parse_rules(
    RULES_TEXT.split("ladders:")[0]
    + """ladders:
  standard:
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: notice, at: +10d, channel: registered_letter, template: formal_notice}
calendar: {country: FR, send_on: business_days, hours: "09:00-18:00", timezone: Europe/Paris}
legal: {penalty_rate: 12.15, recovery_indemnity: 40, notice_days: 8}
"""
)


def intake(creditor, name: str):  # type: ignore[no-untyped-def]
    debtor, _ = match_or_create_debtor(
        creditor,
        DebtorFacts(
            name=name,
            email="client@example.test",
            street="3 rue des Vosges",
            postcode="67000",
            city="Strasbourg",
        ),
    )
    return debtor


def notice_text() -> tuple[dt.date, str]:
    notice = Reminder.get(Reminder.channel == "registered_letter")
    assert notice.status == ReminderStatus.SENT
    with pdfplumber.open(io.BytesIO(blobs.get(notice.file_path))) as pdf:
        text = " ".join(p.extract_text() for p in pdf.pages)
    flat = " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
    return notice.sent_at.astimezone(PARIS).date(), flat


def run_to_the_notice(config) -> None:  # type: ignore[no-untyped-def]
    day = DUE - dt.timedelta(days=3)
    while day <= DUE + dt.timedelta(days=40):
        approve_all()
        daily_passes(SHORT, config, day, day)
        day += dt.timedelta(days=1)


def test_a_consumer_named_with_a_civility_never_gets_the_business_indemnity_or_rate(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    assert acme.is_b2b
    make_invoice(intake(acme, "Mme Agnès Moreau"), number="F-1", due_date=DUE, total="1000")
    run_to_the_notice(config)
    _day, text = notice_text()
    assert "Mise en demeure" in text
    assert "Madame, Monsieur," in text and "Bonjour" not in text
    assert "L441-10" not in text and "D441-5" not in text
    assert "40,00 €" not in text
    assert "1231-6" in text and "taux légal" in text


def test_a_business_notice_states_the_indemnity_amount_and_the_penalties_to_the_day(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(intake(acme, "Plomberie Dupont SARL"), number="F-2", due_date=DUE, total="1000")
    run_to_the_notice(config)
    day, text = notice_text()
    late = (day - DUE).days
    penalty = (Decimal("1000") * Decimal("12.15") / 100 * late / 365).quantize(Decimal("0.01"))
    assert "L441-10" in text
    assert "40,00 €" in text
    assert f"{penalty}".replace(".", ",") + " €" in text
    assert f"{late} jours" in text
