"""Issue 11, defects 7 and 9 in the back office: the dashboard says which channels cannot
send and how many invoices are held for a person."""

from __future__ import annotations

import datetime as dt
import re

from tests.factories import make_creditor, make_debtor, make_invoice


def test_the_dashboard_warns_that_mail_cannot_go_without_a_relay(staff_client) -> None:  # type: ignore[no-untyped-def]
    html = staff_client.get("/admin/").get_data(as_text=True)
    assert "RELANCE_OUTGOING_SMTP_URL" in html


def test_the_dashboard_counts_the_invoices_held_for_a_person(staff_client) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    make_invoice(debtor, due_date=None)
    make_invoice(debtor, due_date=dt.date(2026, 10, 1), needs_review=True)
    make_invoice(debtor, due_date=dt.date(2026, 10, 1))
    html = staff_client.get("/admin/").get_data(as_text=True)
    counts = dict(
        re.findall(r'id="([\w-]+)">\s*<a href="[^"]+"><span class="todo-count">(\d+)<', html)
    )
    assert (counts["to-review"], counts["todo-no-due-date"]) == ("1", "1")
