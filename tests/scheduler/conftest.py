from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ledger.models import Creditor
from scheduler.channels import ChannelConfig
from scheduler.rules import Rules, parse_rules
from scheduler.rules_store import apply_creditors
from tests.factories import make_debtor
from tests.servers.smtp_sink import SmtpSink

RULES_TEXT = """
creditors:
  acme:
    name: "ACME Plomberie SARL"
    siren: "732829320"
    b2b: true
    letterhead: |
      ACME Plomberie SARL
      3 place Kléber
      67000 Strasbourg
    email: "compta@acme.test"
    phone: "+33388000000"
    allowed_senders: ["@acme.test"]
    default_ladder: standard
ladders:
  standard:
    - {id: courtesy, at: -3d, channel: email, template: courtesy}
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r2, at: +10d, channel: [email, sms], template: reminder_2}
    - {id: r3, at: +20d, channel: letter, template: reminder_3}
    - {id: notice, at: +30d, channel: registered_letter, template: formal_notice}
    - {id: call, at: +35d, channel: phone_task}
    - {id: handover, at: +45d, channel: handover}
calendar: {country: FR, send_on: business_days, hours: "09:00-18:00", timezone: Europe/Paris}
legal: {penalty_rate: 12.15, recovery_indemnity: 40, notice_days: 8}
"""


IBAN = "FR7630006000011234567890189"
PAYMENT_TEXT = """
    payment:
      iban: "FR76 3000 6000 0112 3456 7890 189"
      bic: "AGRIFRPP"
      holder: "ACME Plomberie"
      link: "https://pay.example/{creditor}/{invoice_number}?amount={amount_due}"
    sms_sender: "ACME"
"""
# The test rules with bank details, a payment link and an SMS sender for ACME.
PAYING_RULES_TEXT = RULES_TEXT.replace(
    "    default_ladder: standard\n", "    default_ladder: standard" + PAYMENT_TEXT, 1
)


@pytest.fixture
def rules() -> Rules:
    return parse_rules(RULES_TEXT)


@pytest.fixture
def acme(ledger_db, rules: Rules) -> Creditor:  # type: ignore[no-untyped-def]
    apply_creditors(rules)
    return Creditor.get(Creditor.slug == "acme")


@pytest.fixture
def config(smtp_sink: SmtpSink) -> ChannelConfig:
    return ChannelConfig(
        smtp_url=smtp_sink.url,
        fallback_sender="relance@relance.test",
        worklist_url="http://admin.test/admin/worklist/",
        reply_address="factures@relance.test",
    )


def reachable_debtor(creditor: Creditor, **fields):  # type: ignore[no-untyped-def]
    values = {
        "name": "SCI Les Tilleuls",
        "email": "paiements@tilleuls.test",
        "phone": "+33612345678",
        "street": "8 avenue des Vosges",
        "postcode": "67000",
        "city": "Strasbourg",
    }
    values.update(fields)
    return make_debtor(creditor, **values)


@pytest.fixture
def acme_ledger_file(sqlite_url: str, tmp_path: Path) -> str:
    """A SQLite ledger file holding acme and one debtor owing an invoice due last Friday,
    with rules.yaml beside it: for `relance` run as a command."""
    from ledger.database import bind
    from ledger.migrations import migrate
    from tests.factories import make_invoice

    (tmp_path / "rules.yaml").write_text(RULES_TEXT)
    database = bind(sqlite_url)
    with database.connection_context():
        migrate()
        apply_creditors(parse_rules(RULES_TEXT))
        creditor = Creditor.get(Creditor.slug == "acme")
        make_invoice(reachable_debtor(creditor), number="F-9", due_date=dt.date(2026, 12, 4))
    database.close()
    return sqlite_url
