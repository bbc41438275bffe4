"""The creditor's reading of `N jours fin de mois` (issue 12): N days on, then that month's end
(the default), or the issue month's end, then N days. Month ends, February, 31-day months, the
`… le 10` variant, English wordings, and a date printed beside the terms winning over either
reading. Small synthetic pages drawn by tests/parsing/pages.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.dates import due_from_terms
from parsing.layout.due import terms_allow
from parsing.learn import Validated, learn_from_pdf
from parsing.record import DAYS_THEN_MONTH_END, MONTH_END_THEN_DAYS
from tests.parsing.pages import Sheet, parse, pdf

NUMBER = ("Facture N°", "F-2026-118")
DAYS_FIRST = ParseOptions(use_xml=False, ocr=False)
MONTH_END_FIRST = ParseOptions(use_xml=False, ocr=False, month_end_reading=MONTH_END_THEN_DAYS)


def _read(terms: str, issued: date, options: ParseOptions, *notes: str):  # type: ignore[no-untyped-def]
    meta = (NUMBER, ("Date", f"{issued:%d/%m/%Y}"), ("Conditions", terms))
    return parse(Sheet(meta=meta, notes=notes), options)


@pytest.mark.parametrize(
    ("terms", "issued", "days_first", "month_end_first"),
    [
        # February: the month 30 days on is February (28 days), or January's end + 30
        ("30 jours fin de mois", date(2026, 1, 15), date(2026, 2, 28), date(2026, 3, 2)),
        # a leap year's February
        ("30 jours fin de mois", date(2028, 1, 15), date(2028, 2, 29), date(2028, 3, 1)),
        # issued on a 31-day month's end
        ("30 jours fin de mois", date(2026, 1, 31), date(2026, 3, 31), date(2026, 3, 2)),
        ("45 jours fin de mois", date(2026, 7, 10), date(2026, 8, 31), date(2026, 9, 14)),
        ("60 jours fin de mois", date(2026, 12, 5), date(2027, 2, 28), date(2027, 3, 1)),
        # both readings meet: October's end + 30 days is November's end
        ("30 jours fin de mois", date(2026, 10, 31), date(2026, 11, 30), date(2026, 11, 30)),
        ("45 j fdm", date(2026, 7, 10), date(2026, 8, 31), date(2026, 9, 14)),
        ("45 days end of month", date(2026, 7, 10), date(2026, 8, 31), date(2026, 9, 14)),
        ("45 days EOM", date(2026, 7, 10), date(2026, 8, 31), date(2026, 9, 14)),
        # "… le 10": the 10th after that month's end, or the first 10th from the issue month's
        # end + N days
        ("45 jours fin de mois le 10", date(2026, 7, 10), date(2026, 9, 10), date(2026, 10, 10)),
        ("30 jours fin de mois le 10", date(2026, 1, 15), date(2026, 3, 10), date(2026, 3, 10)),
        ("30 jours fin de mois le 15", date(2026, 4, 20), date(2026, 6, 15), date(2026, 6, 15)),
    ],
)
def test_month_end_terms_follow_the_creditors_reading(terms, issued, days_first, month_end_first):
    assert _read(terms, issued, DAYS_FIRST).due_date == days_first
    assert _read(terms, issued, MONTH_END_FIRST).due_date == month_end_first


@pytest.mark.parametrize(
    ("options", "rule"),
    [
        (DAYS_FIRST, "45 jours fin de mois"),
        (MONTH_END_FIRST, "fin de mois + 45 jours"),
    ],
)
def test_the_rule_names_the_count_taken_and_holds_nothing(options, rule):
    invoice = _read("45 jours fin de mois", date(2026, 7, 10), options)
    assert (invoice.due_rule, invoice.problems) == (rule, ())


@pytest.mark.parametrize(
    ("terms", "due"),
    [
        ("fin de mois + 30 jours", date(2026, 8, 30)),
        ("Net 30 EOM", date(2026, 8, 30)),
        ("60 days after the end of the month", date(2026, 9, 29)),
        ("fin de mois + 30 jours le 10", date(2026, 9, 10)),
    ],
)
@pytest.mark.parametrize("options", [DAYS_FIRST, MONTH_END_FIRST])
def test_terms_that_say_the_month_end_comes_first_ignore_the_reading(options, terms, due):
    assert _read(terms, date(2026, 7, 10), options).due_date == due


@pytest.mark.parametrize("options", [DAYS_FIRST, MONTH_END_FIRST])
@pytest.mark.parametrize("printed", [date(2026, 8, 31), date(2026, 9, 14)])
def test_a_date_printed_beside_the_terms_wins_over_either_reading(options, printed):
    note = f"Paiement à 45 jours fin de mois, soit le {printed:%d/%m/%Y}."
    meta = (NUMBER, ("Date", "10/07/2026"))
    invoice = parse(Sheet(meta=meta, notes=(note,)), options)
    assert (invoice.due_date, invoice.problems) == (printed, ())


@pytest.mark.parametrize("options", [DAYS_FIRST, MONTH_END_FIRST])
def test_a_due_date_at_its_label_wins_over_the_terms(options):
    meta = (NUMBER, ("Date", "10/07/2026"), ("Échéance", "14/09/2026"))
    invoice = parse(Sheet(meta=meta, notes=("Conditions : 45 jours fin de mois",)), options)
    assert (invoice.due_date, invoice.problems) == (date(2026, 9, 14), ())


@pytest.mark.parametrize("reading", [DAYS_THEN_MONTH_END, MONTH_END_THEN_DAYS])
def test_a_rule_read_again_on_another_issue_date_keeps_its_reading(reading):
    """Learned templates compute the due date again from the rule alone."""
    _, rule = due_from_terms("45 jours fin de mois le 10", date(2026, 7, 10), reading)
    again = due_from_terms(rule, date(2026, 6, 10))
    expected = date(2026, 9, 10) if reading == MONTH_END_THEN_DAYS else date(2026, 8, 10)
    assert again == (expected, rule)
    _, rule = due_from_terms("30 jours fin de mois", date(2026, 7, 10), reading)
    again = due_from_terms(rule, date(2026, 1, 15))
    expected = date(2026, 3, 2) if reading == MONTH_END_THEN_DAYS else date(2026, 2, 28)
    assert again == (expected, rule)


@pytest.mark.parametrize("due", [date(2026, 8, 31), date(2026, 9, 14)])
@pytest.mark.parametrize("rule", ["45 jours fin de mois", "fin de mois + 45 jours"])
def test_a_printed_due_date_agrees_with_month_end_terms_read_either_way(rule, due):
    assert terms_allow(due, date(2026, 7, 10), rule)
    assert not terms_allow(date(2026, 9, 1), date(2026, 7, 10), rule)


def test_an_unknown_reading_is_refused_by_name():
    with pytest.raises(ValueError, match="month_end_reading 'fin'"):
        ParseOptions(month_end_reading="fin")


def _terms_sheet(number: str, issued: str) -> bytes:
    meta = (("Facture N°", number), ("Date", issued), ("Conditions", "45 jours fin de mois"))
    return pdf(Sheet(meta=meta))


def test_a_template_learned_for_a_month_end_first_creditor_reads_its_next_invoices_unheld(
    tmp_path,
):
    """A person corrected the first due date to the creditor's reading: the layout it is compared
    with reads the same way, so the template does not learn the due date as "read wrong"."""
    truth = Validated(
        invoice_number="F-2026-118",
        total_due=Decimal("120.00"),
        issue_date=date(2026, 7, 10),
        due_date=date(2026, 9, 14),
        debtor_name="Garage des Lilas",
        corrected=frozenset({"due_date"}),
        month_end_reading=MONTH_END_THEN_DAYS,
    )
    learned = learn_from_pdf(_terms_sheet("F-2026-118", "10/07/2026"), (1,), truth, "P", "test")
    assert learned is not None
    (tmp_path / "p.yml").write_text(learned.yaml_text, "utf-8")
    options = replace(MONTH_END_FIRST, template_dirs=(tmp_path,))
    [invoice] = parse_pdf(_terms_sheet("F-2026-119", "15/01/2026"), "next.pdf", options)
    assert (invoice.source, invoice.due_date, invoice.problems) == (
        "template:p",
        date(2026, 3, 17),
        (),
    )
