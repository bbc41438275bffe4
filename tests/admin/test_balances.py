"""What a debtor owes, per currency (issue 11's ledger.money): the lists rank by the largest
amount in one currency, never a sum across currencies, and a credit note is never owed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from admin.balances import balances, sort_by_balance
from ledger.models import Debtor
from tests.factories import make_creditor, make_debtor, make_invoice

TODAY = dt.date(2026, 11, 23)
LATE = TODAY - dt.timedelta(days=12)


def test_a_debtors_balance_keeps_each_currency_apart_and_leaves_credit_notes_out(
    ledger_db,
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    make_invoice(debtor, total="300.00", due_date=LATE)
    make_invoice(debtor, total="40.00", currency="GBP", due_date=TODAY)
    make_invoice(debtor, total="25.00", due_date=LATE, is_credit_note=True)
    found = balances([debtor.id], TODAY)[debtor.id]
    assert found.due == {"EUR": Decimal("300.00"), "GBP": Decimal("40.00")}
    assert found.overdue == {"EUR": Decimal("300.00")}
    assert found.days_overdue(TODAY) == 12


def test_sorting_by_balance_ranks_by_the_largest_amount_in_one_currency(ledger_db) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    mixed, single = make_debtor(creditor, name="Mixte"), make_debtor(creditor, name="Seul")
    make_invoice(mixed, total="400.00", due_date=LATE)
    make_invoice(mixed, total="400.00", currency="USD", due_date=LATE)
    make_invoice(single, total="700.00", due_date=LATE)
    query, key, _inverted = sort_by_balance(Debtor.select(), "balance", TODAY)
    ranked = [d.name for d in query.order_by(key.desc(), Debtor.id)]
    assert ranked == ["Seul", "Mixte"]  # 700 € before 400 € and 400 $, never "800"
