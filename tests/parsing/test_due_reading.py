"""The record says when its due date hangs on the creditor's reading of "N jours fin de mois"
(`due_reading`), so the ledger can re-date it if the reading changes; a printed date, or terms
that say their order, never."""

from __future__ import annotations

from datetime import date

import pytest

from parsing.record import DAYS_THEN_MONTH_END, MONTH_END_THEN_DAYS, ParseOptions
from tests.parsing.pages import Sheet, parse

ISSUED = ("Date", "10/07/2026")
NUMBER = ("Facture N°", "F-2026-118")


@pytest.mark.parametrize(
    ("reading", "due", "rule"),
    [
        (DAYS_THEN_MONTH_END, date(2026, 8, 31), "45 jours fin de mois"),
        (MONTH_END_THEN_DAYS, date(2026, 9, 14), "fin de mois + 45 jours"),
    ],
)
def test_terms_read_by_the_creditors_reading_name_it(reading, due, rule):
    options = ParseOptions(use_xml=False, ocr=False, month_end_reading=reading)
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, ("Conditions", "45 jours fin de mois"))), options)
    assert (invoice.due_date, invoice.due_rule, invoice.due_reading) == (due, rule, reading)


@pytest.mark.parametrize(
    ("meta", "notes"),
    [
        ((("Conditions", "fin de mois + 45 jours"),), ()),
        ((("Conditions", "45 jours fin de mois"), ("Échéance", "31/08/2026")), ()),
        ((), ("Paiement à 45 jours fin de mois, soit le 14/09/2026.",)),
        ((("Conditions", "30 jours"),), ()),
    ],
    ids=["order said", "date printed", "date on the terms line", "plain days"],
)
def test_a_due_date_that_does_not_hang_on_the_reading_says_so(meta, notes):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, *meta), notes=notes))
    assert invoice.due_date is not None
    assert invoice.due_reading is None
