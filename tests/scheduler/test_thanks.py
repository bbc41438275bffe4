"""The thanks step: a debtor who pays an invoice a reminder went out for is thanked, once."""

from __future__ import annotations

import datetime as dt

import time_machine

from ingest.payments import import_payment_file
from ledger.models import Invoice, Reminder, ReminderStatus
from scheduler.passes import run_pass
from scheduler.rules import parse_rules
from tests.factories import make_invoice
from tests.scheduler.conftest import RULES_TEXT, reachable_debtor

THANKING_RULES = RULES_TEXT.replace(
    "    - {id: handover, at: +45d, channel: handover}\n",
    "    - {id: handover, at: +45d, channel: handover}\n"
    "    - {id: merci, kind: thanks, channel: email}\n",
)
R1 = dt.date(2026, 12, 7)
NEXT_DAY = dt.date(2026, 12, 8)


def pay(acme, number: str, amount: str) -> None:  # type: ignore[no-untyped-def]
    # Numbers as short as F-1 are never read in free text: the export's invoice column names it.
    statement = f"Date;Montant;Facture;Libellé\n07/12/2026;{amount};{number};Virement\n"
    import_payment_file(acme, statement.encode(), "releve.csv")


def test_a_reminded_invoice_once_paid_brings_one_thank_you_mail(acme, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    rules = parse_rules(THANKING_RULES)
    with time_machine.travel(dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC), tick=False):
        debtor = reachable_debtor(acme)
        make_invoice(debtor, number="F-1", due_date=dt.date(2026, 12, 4), total="120")
        make_invoice(debtor, number="F-2", due_date=dt.date(2027, 2, 1), total="80")
    with time_machine.travel(dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC), tick=False):
        run_pass(rules, config, R1)
        pay(acme, "F-1", "120,00")
        pay(acme, "F-2", "80,00")
    assert Invoice.select().where(Invoice.status == "paid").count() == 2
    with time_machine.travel(dt.datetime(2026, 12, 8, 9, tzinfo=dt.UTC), tick=False):
        assert run_pass(rules, config, NEXT_DAY).sent == 1
        assert run_pass(rules, config, NEXT_DAY + dt.timedelta(days=1)).sent == 0
    _reminder, thanks_mail = smtp_sink.wait_for(2)
    assert thanks_mail["Subject"] == "Merci pour votre règlement – ACME Plomberie SARL"
    text = (
        thanks_mail.get_body(("plain",)).get_content().replace("\u202f", " ").replace("\u00a0", " ")
    )
    assert "Nous avons bien reçu le règlement de la facture ci-dessous" in text
    assert "- Facture F-1 du 1er novembre 2026 : 120,00 €" in text
    assert "F-2" not in text
    assert "IBAN" not in text and list(thanks_mail.iter_attachments()) == []
    thanks = Reminder.get(Reminder.step_id == "merci")
    assert thanks.status == ReminderStatus.SENT
