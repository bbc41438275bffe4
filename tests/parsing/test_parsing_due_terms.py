"""Due dates a reader computes or picks wrong (issue 12, second pass): terms counted from the
issue month's end or from the receipt, instalment terms, the reading of `N jours fin de mois`
(and a printed date giving the other), a weekday before a sentence's date, a schedule's first
line already paid. One small synthetic page per family; measured on the styles of
tests/parsing/due_fifth.py."""

from __future__ import annotations

from datetime import date

import pytest

from parsing.layout.dates import due_from_terms
from tests.parsing import due_fifth
from tests.parsing.pages import Sheet, parse

ISSUED = ("Date", "10/07/2026")
NUMBER = ("Facture N°", "F-2026-118")


@pytest.mark.parametrize(
    ("terms", "due", "rule"),
    [
        ("fin de mois + 30 jours", date(2026, 8, 30), "fin de mois + 30 jours"),
        ("Net 30 EOM", date(2026, 8, 30), "fin de mois + 30 jours"),
        ("60 days after the end of the month", date(2026, 9, 29), "fin de mois + 60 jours"),
    ],
)
def test_terms_from_the_month_end_count_from_the_issue_months_end(terms, due, rule):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, ("Conditions", terms))))
    assert (invoice.due_date, invoice.due_rule, invoice.problems) == (due, rule, ())


@pytest.mark.parametrize(
    "terms",
    [
        "Payment is due within 14 days of receipt of this invoice.",
        "Paiement à 30 jours à réception de la facture.",
        "Paiement à 30 jours date de réception.",
    ],
)
def test_terms_counted_from_the_receipt_give_no_date_and_say_why(terms):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), notes=(terms,)))
    assert invoice.due_date is None
    assert any("count from the receipt" in problem for problem in invoice.problems)


def test_instalment_terms_give_the_first_instalment_and_say_so():
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, ("Terms", "30/60 days end of month"))))
    assert invoice.due_date == date(2026, 8, 31)
    assert "due_date: the first of instalments taken (30/60 jours fin de mois)" in invoice.problems


def test_a_day_and_month_before_terms_are_no_instalments():
    assert due_from_terms("Livré le 01/06 - 30 jours", date(2026, 7, 10)) == (
        date(2026, 8, 9),
        "30 jours",
    )


def test_45_days_end_of_month_is_read_the_documented_way_without_holding_the_invoice():
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, ("Conditions", "45 jours fin de mois"))))
    assert (invoice.due_date, invoice.problems) == (date(2026, 8, 31), ())


@pytest.mark.parametrize("printed", [date(2026, 8, 31), date(2026, 9, 14)])
def test_a_date_on_the_terms_line_tells_which_reading_of_the_month_end(printed):
    note = f"Paiement à 45 jours fin de mois, soit le {printed:%d/%m/%Y}."
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), notes=(note,)))
    assert (invoice.due_date, invoice.problems) == (printed, ())


def test_30_days_end_of_month_whose_readings_are_a_day_apart_is_no_doubt():
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, ("Conditions", "30 jours fin de mois"))))
    assert (invoice.due_date, invoice.problems) == (date(2026, 8, 31), ())


@pytest.mark.parametrize(
    "note",
    [
        "Nous prélèverons cette somme le vendredi 7 août 2026 sur votre compte.",
        "Solde payable au plus tard le vendredi 7 août 2026.",
    ],
)
def test_a_weekday_before_a_sentences_date_does_not_hide_it(note):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), notes=(note,)))
    assert invoice.due_date == date(2026, 8, 7)


def test_a_schedules_line_already_paid_is_not_its_first_instalment():
    def schedule(pen):
        pen.text(40, 560, "Échéancier", 10, bold=True)
        rows = ("Acompte versé le 20/06/2026  300,00 €  payé", "2e échéance 07/08/2026  400,00 €",
                "3e échéance 07/09/2026  400,00 €")  # fmt: skip
        for row, text in enumerate(rows):
            pen.text(40, 575 + row * 11, text, 8)

    invoice = parse(Sheet(meta=(NUMBER, ISSUED), extra=(schedule,)))
    assert invoice.due_date == date(2026, 8, 7)


def test_no_due_date_of_the_fifth_set_is_wrong_without_a_problem(tmp_path):
    truth = due_fifth.write(tmp_path)
    result = due_fifth.score(tmp_path, truth)
    assert not result["silent"], result["wrong"]
    assert not result["unflagged_doubts"]
