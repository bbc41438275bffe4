"""Issue 11, defect 4 in the back office: totals per currency, never added across them."""

from __future__ import annotations

import datetime as dt

from tests.factories import make_creditor, make_debtor, make_invoice

TODAY = dt.date(2026, 11, 23)


def test_the_dashboard_shows_one_outstanding_total_per_currency(staff_client) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    make_invoice(debtor, due_date=dt.date(2026, 10, 1), total="100.00")
    make_invoice(debtor, due_date=dt.date(2026, 10, 1), total="50.00", currency="GBP")
    make_invoice(debtor, due_date=dt.date(2026, 10, 1), total="20.00", currency="USD")
    html = staff_client.get("/admin/").get_data(as_text=True)
    flat = html.replace("\u202f", " ").replace("\u00a0", " ").replace("&nbsp;", " ")
    assert "170,00" not in flat
    assert "100,00 €" in flat and "50,00 £GB" in flat and "20,00 $US" in flat
