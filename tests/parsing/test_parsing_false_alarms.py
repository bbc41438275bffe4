"""Right records held for nothing: the issuer's legal lines and a name holding a subsidy's word
read as VAT or deductions, so that the totals seemed not to add up (issue 12)."""

from __future__ import annotations

import pytest

from tests.parsing.pages import Sheet, parse

# Two rates, so that no single VAT line makes the sum come right by itself.
TWO_RATES = (
    ("Total HT", "100,00 €"),
    ("TVA 20 %", "15,00 €"),
    ("TVA 5,5 %", "1,38 €"),
    ("Total TTC", "116,38 €"),
)


@pytest.mark.parametrize(
    ("footer", "next_line"),
    [
        (
            "Plomberie Rivière Ltd - 46 High Street - Manchester - Company No. 0494917 - VAT",
            "Reg No. GB 949 4117 17 - Sort code 20-17-17",
        ),
        (
            "Plomberie Rivière SRL - Chaussée de Waterloo 61 - 1348 Louvain-la-Neuve - "
            "TVA BE 0955.357.715 - IBAN",
            "BE68 5390 0754 8052",
        ),
        ("Plomberie Rivière SA - IDE CHE-947.538.620 TVA", "IBAN CH93 0076 2011 6238 0588 7"),
    ],
)
def test_a_vat_word_in_the_legal_footer_is_no_vat_amount(footer, next_line):
    sheet = Sheet(
        footer=footer,
        extra=(lambda pen: pen.text(40, 808, next_line, 7.1),),
        totals=TWO_RATES,
    )
    # (a foreign issuer's footer may rightly doubt the French debtor's unprinted country)
    assert [p for p in parse(sheet).problems if not p.startswith("debtor country")] == []


@pytest.mark.parametrize(
    "footer",
    [
        "Aide à Domicile Les Glycines - 42 avenue du Parc - 69003 Lyon",
        "Aide à Domicile Les Glycines - Résidence Les Pins, appt 12",
        "Aide à Domicile Les Glycines - 75011 Paris - RCS Lyon B 064 245 956",
    ],
)
def test_an_issuer_named_after_a_subsidy_deducts_nothing(footer):
    assert parse(Sheet(footer=footer)).problems == ()


def test_a_subsidy_printed_as_money_is_still_deducted():
    totals = (
        ("Total HT", "100,00 €"),
        ("TVA 20 %", "20,00 €"),
        ("Total TTC", "120,00 €"),
        ("Aide APA", "-50,00 €"),
        ("Reste à votre charge", "70,00 €"),
    )
    invoice = parse(Sheet(totals=totals))
    assert (str(invoice.total_due), invoice.problems) == ("70.00", ())


@pytest.mark.parametrize(
    "label",
    ["Déduction acompte", "Participation APA (Département)", "Credit note AV-0520 applied"],
)
def test_a_deduction_named_after_its_verb_or_payer_is_deducted(label):
    totals = (
        ("Total HT", "100,00 €"),
        ("TVA 20 %", "20,00 €"),
        ("Total TTC", "120,00 €"),
        (label, "-50,00 €"),
        ("Net à payer", "70,00 €"),
    )
    invoice = parse(Sheet(totals=totals))
    assert (str(invoice.total_due), invoice.problems) == ("70.00", ())
