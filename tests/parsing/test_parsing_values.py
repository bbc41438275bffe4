"""Tables of printed values and what they mean: amounts, dates, payment terms, contacts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from parsing.contact import normalise_email, normalise_phone
from parsing.layout.amounts import parse_amount
from parsing.layout.dates import date_order, due_from_terms, first_date
from parsing.record import clean


@pytest.mark.parametrize(
    ("printed", "amount", "currency"),
    [
        ("1 234,56 €", "1234.56", "EUR"),
        ("1\u00a0234,56\u00a0€", "1234.56", "EUR"),
        ("1\u202f234,56 €", "1234.56", "EUR"),
        ("1\u2009234,56 €", "1234.56", "EUR"),
        ("1.234,56 EUR", "1234.56", "EUR"),
        ("€1,234.56", "1234.56", "EUR"),
        ("EUR 1,234.56", "1234.56", "EUR"),
        ("$ 1,000,000.00", "1000000.00", "$"),  # which dollar, the page says (currency.py)
        ("US$ 1,000,000.00", "1000000.00", "USD"),
        ("-120,00 €", "-120.00", "EUR"),
        ("(12.00)", "-12.00", None),
        ("671,15", "671.15", None),
        ("120 000,00 €", "120000.00", "EUR"),
        ("1234.5", "1234.50", None),
        ("TVA 20 % ..........-356,62 €", "-356.62", "EUR"),
        ("Total TTC ....1 234,56 €", "1234.56", "EUR"),
    ],
)
def test_it_reads_amounts_in_every_common_form(printed, amount, currency):
    assert parse_amount(printed) == (Decimal(amount), currency)


@pytest.mark.parametrize("printed", ["20,0%", "13/11/2017", "FA-2017-0010", "v1.2.3", "No.12,00"])
def test_it_does_not_take_percentages_dates_or_references_for_amounts(printed):
    assert parse_amount(printed) is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("13/11/2017", date(2017, 11, 13)),
        ("03.11.26", date(2026, 11, 3)),
        ("2026-11-03", date(2026, 11, 3)),
        ("le 3 novembre 2026", date(2026, 11, 3)),
        ("1er mars 2026", date(2026, 3, 1)),
        ("3 déc. 2026", date(2026, 12, 3)),
        ("November 3, 2026", date(2026, 11, 3)),
        ("Nov 3rd, 2026", date(2026, 11, 3)),
        ("3 November 2026", date(2026, 11, 3)),
        ("5. Juni 2018", date(2018, 6, 5)),
        ("3rd November 2026", date(2026, 11, 3)),
        ("03-Nov-2026", date(2026, 11, 3)),
        ("3-Nov-26", date(2026, 11, 3)),
        ("3 Nov. 2026", date(2026, 11, 3)),
        ("Tuesday, 3 November 2026", date(2026, 11, 3)),
        ("mardi 3 novembre 2026", date(2026, 11, 3)),
        ("NOVEMBER 3, 2026", date(2026, 11, 3)),
        ("3.11.2026", date(2026, 11, 3)),
    ],
)
def test_it_reads_numeric_and_spelled_out_dates(printed, expected):
    assert first_date(printed, date_order(printed)) == expected


def test_it_reads_us_dates_month_first_when_the_document_shows_it():
    text = "Invoice date 12/25/2026  Due 01/24/2027"
    assert first_date("01/02/2027", date_order(text)) == date(2027, 1, 2)


@pytest.mark.parametrize(
    ("terms", "due", "rule"),
    [
        ("45 jours fin de mois", date(2026, 3, 31), "45 jours fin de mois"),
        ("30 jours fin de mois", date(2026, 3, 31), "30 jours fin de mois"),
        ("Paiement à 30 jours fin de mois", date(2026, 3, 31), "30 jours fin de mois"),
        ("Payable à réception de facture", date(2026, 1, 31), "à réception"),
        ("Due upon receipt", date(2026, 1, 31), "à réception"),
        ("30 jours", date(2026, 3, 2), "30 jours"),
        ("Net 30", date(2026, 3, 2), "30 jours"),
        ("45 days end of month", date(2026, 3, 31), "45 jours fin de mois"),
    ],
)
def test_it_computes_due_dates_given_only_as_terms_and_names_the_rule(terms, due, rule):
    assert due_from_terms(terms, date(2026, 1, 31)) == (due, rule)


@pytest.mark.parametrize(
    ("printed", "e164"),
    [
        ("06 12 34 56 78", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("0033 3 88 12 34 56", "+33388123456"),
        ("12345", None),
        ("78448227714231", None),
    ],
)
def test_it_normalises_phones_to_e164(printed, e164):
    assert normalise_phone(printed) == e164


@pytest.mark.parametrize(
    ("printed", "email"),
    [("Compta@Garage.FR", "Compta@garage.fr"), ("mailto:a.b@c.fr", "a.b@c.fr"), ("a@b", None)],
)
def test_it_validates_emails_and_lowercases_only_the_domain(printed, email):
    assert normalise_email(printed) == email


def test_untrusted_text_is_bounded_and_stripped_of_control_characters():
    assert clean("ACME\x00\x1b[31m SARL\u202e" + "x" * 500, 20) == "ACME[31m SARL" + "x" * 7
