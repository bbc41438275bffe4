"""A credit note with credit left shows on the statement of account and lowers what is owed in
its currency, whichever sign it was recorded with (a Factur-X credit note is read positive, a
layout or a person's one negative)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from scheduler.channels.statement import totals_per_currency
from scheduler.mail_content import statement_facts
from tests.factories import make_debtor, make_invoice


@pytest.mark.parametrize("recorded", ["-250.00", "250.00"])
def test_credit_left_on_a_credit_note_counts_against_what_is_owed_in_its_currency(
    acme, recorded: str
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(acme)
    make_invoice(debtor, number="F-1", total="400.00")
    make_invoice(debtor, number="AV-1", total=recorded, is_credit_note=True)
    facts = statement_facts(acme, debtor, dt.date(2026, 12, 8), "fr")
    by_number = {item.number: (item.amount_due, item.credit_note) for item in facts.items}
    assert by_number == {"F-1": (Decimal("400.00"), False), "AV-1": (Decimal("250.00"), True)}
    assert totals_per_currency(facts.items) == {"EUR": Decimal("150.00")}
