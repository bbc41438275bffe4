"""Mail intake keeps the "N jours fin de mois" terms a due date was computed from, so the
invoice can be re-dated when the creditor's reading changes; a printed due date is kept
without terms and never re-dated."""

from __future__ import annotations

import datetime as dt

from ingest.pipeline import Intake, process_message
from ledger.models import Creditor, Invoice, MonthEndReading
from ledger.redate import apply_redate, plan_redate
from tests.ingest import mails
from tests.ingest.pdfs import invoice_pdf


def test_an_invoice_read_from_month_end_terms_is_re_dated_when_the_reading_changes(
    sqlite_creditor: Creditor, intake: Intake
) -> None:
    terms = invoice_pdf("F-303", due_date=False, terms="30 jours fin de mois")
    printed = invoice_pdf("F-304", terms="30 jours fin de mois")
    process_message(mails.mail([mails.pdf_attachment(terms)]), "imap", intake)
    process_message(mails.mail([mails.pdf_attachment(printed)]), "imap", intake)
    by_terms = Invoice.get(Invoice.number == "F-303")
    assert (by_terms.due_terms, by_terms.due_reading) == (
        "30 jours fin de mois",
        MonthEndReading.DAYS_THEN_MONTH_END,
    )
    assert Invoice.get(Invoice.number == "F-304").due_reading is None

    sqlite_creditor.month_end_reading = MonthEndReading.MONTH_END_THEN_DAYS
    sqlite_creditor.save()
    plan = plan_redate(sqlite_creditor)
    assert [(c.number, c.old_due, c.new_due) for c in plan.changes] == [
        ("F-303", dt.date(2026, 12, 31), dt.date(2026, 12, 30))
    ]
    apply_redate(sqlite_creditor, plan.fingerprint, by="claire")
    assert Invoice.get(Invoice.number == "F-303").due_date == dt.date(2026, 12, 30)
