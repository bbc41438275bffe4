"""Currency and amount still due (issue 12), one family per test on small synthetic pages: which
dollar a "$" is, the currency signs and number formats of each country, stacked sales taxes,
the deductions between the total and what is due, and an amount due the arithmetic does not
support named as a problem."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsing import ParseOptions
from parsing.layout.amounts import find_amounts
from parsing.layout.currency import AMBIGUOUS, BOTH, DOLLAR, which_dollar
from tests.parsing.pages import Sheet, parse

THRESHOLD = ParseOptions().review_threshold

QUEBEC = ("Rénovations Tremblay inc.", "1450 rue Saint-Denis", "Montréal (Québec) H2X 3K4")
ONTARIO = ("Maple Leaf Printing Ltd.", "200 King Street West", "Toronto, ON M5H 3T4")
OREGON = ("Pine Street Supply LLC", "1200 Pine Street", "Portland, OR 97205")
NOWHERE = ("Pine Street Supply", "1200 Pine Street")
QC_DEBTOR = ("Café Bélanger", "88 boulevard René-Lévesque", "Québec (Québec) G1R 2B5")
WA_DEBTOR = ("Blue Heron Cafe", "45 Oak Avenue", "Seattle, WA 98101")
BARE = ("Blue Heron Cafe", "45 Oak Avenue")
DOLLARS = (("Subtotal", "$100.00"), ("Total", "$100.00"), ("Balance due", "$100.00"))


def _currency_problems(problems: tuple[str, ...]) -> list[str]:
    return [problem for problem in problems if problem.startswith("currency")]


@pytest.mark.parametrize(
    ("seller", "debtor", "footer", "currency", "doubt"),
    [
        (QUEBEC, QC_DEBTOR, "", "CAD", None),
        (ONTARIO, BARE, "", "CAD", None),
        (NOWHERE, BARE, "All amounts in CAD", "CAD", None),
        (NOWHERE, BARE, "Montants en dollars canadiens", "CAD", None),
        (OREGON, WA_DEBTOR, "", "USD", None),
        (NOWHERE, BARE, "Amounts in US$", "USD", None),
        (NOWHERE, BARE, "", "USD", AMBIGUOUS),
        (OREGON, QC_DEBTOR, "", "USD", BOTH),
    ],
    ids=["quebec", "ontario", "cad-footer", "cad-words", "us", "usd-code", "nowhere", "both"],
)
def test_a_bare_dollar_is_read_from_the_page_s_country_or_code_or_named_as_a_doubt(
    seller, debtor, footer, currency, doubt
):
    sheet = Sheet(seller=seller, debtor=debtor, totals=DOLLARS, item=("Services", "$100.00"))
    invoice = parse(sheet.but(footer=footer) if footer else sheet)
    assert invoice.currency == currency
    assert _currency_problems(invoice.problems) == ([doubt] if doubt else [])
    if doubt:
        assert invoice.confidence < THRESHOLD


@pytest.mark.parametrize(
    ("seller", "issued"),
    [(QUEBEC, "2026-11-03"), (OREGON, "2026-03-11"), (NOWHERE, "2026-03-11")],
    ids=["quebec-day-first", "us-month-first", "unknown-dollar-month-first"],
)
def test_numeric_dates_on_a_dollar_invoice_follow_the_dollar_s_country(seller, issued):
    totals = (("Sous-total", "100,00 $"), ("Total", "100,00 $"), ("Solde à payer", "100,00 $"))
    meta = (("Facture N°", "F-2026-118"), ("Date", "03/11/2026"))
    sheet = Sheet(seller=seller, totals=totals, meta=meta, item=("Pose", "100,00 $"), footer="")
    assert parse(sheet).issue_date.isoformat() == issued


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("1450 rue Saint-Denis, Montréal (Québec) H2X 3K4", "CAD"),
        ("TPS 123456789 RT0001", "CAD"),
        ("Ottawa, ON K1P 5K8", "CAD"),
        ("Seattle, WA 98101-1234", "USD"),
        ("Total (USD)", "USD"),
    ],
)
def test_which_dollar_follows_the_evidence(text, currency):
    assert which_dollar(text) == (currency, None)


@pytest.mark.parametrize(
    ("printed", "amount", "currency"),
    [
        ("1 234,56 $", "1234.56", DOLLAR),
        ("$1,234.56", "1234.56", DOLLAR),
        ("-$2,074.00", "-2074.00", DOLLAR),
        ("Fr. 1'234.50", "1234.50", "CHF"),
        ("CHF 1'234.50", "1234.50", "CHF"),
        ("SFr. 95.95", "95.95", "CHF"),
        ("£1,234.56", "1234.56", "GBP"),
        ("1 234,56 €", "1234.56", "EUR"),
        ("EUR 1.234,56", "1234.56", "EUR"),
        ("1.234,56 EUR", "1234.56", "EUR"),
        ("1 234,56 CAD", "1234.56", "CAD"),
        ("C$ 5.00", "5.00", "CAD"),
        ("US$12.00", "12.00", "USD"),
    ],
)
def test_amounts_are_read_with_the_currency_their_sign_or_code_says(printed, amount, currency):
    assert find_amounts(printed) == [(Decimal(amount), currency)]


def test_a_currency_code_inside_a_word_is_no_currency():
    assert find_amounts("FOURNISSEUR 12,00") == [(Decimal("12.00"), None)]


def test_swiss_francs_written_fr_are_chf_with_their_apostrophe_thousands():
    totals = (("Total HT", "Fr. 1'000.00"), ("TVA 8,1 %", "Fr. 81.00"),
              ("Total TTC", "Fr. 1'081.00"), ("Acompte reçu", "Fr. -500.00"),
              ("Solde dû", "Fr. 581.00"))  # fmt: skip
    invoice = parse(Sheet(totals=totals, item=("Menuiserie", "Fr. 1'000.00")))
    assert (invoice.currency, invoice.total_due) == ("CHF", Decimal("581.00"))
    assert not [p for p in invoice.problems if "amount due" in p or "total" in p]


@pytest.mark.parametrize(
    "taxes",
    [
        (("TPS (5 %)", "5,00 $"), ("TVQ (9,975 %)", "9,98 $")),
        (("TPS/GST", "5,00 $"), ("TVQ/QST", "9,98 $")),
        (("WA State Sales Tax 6.5%", "6,50 $"), ("King County Tax 1.25%", "8,48 $")),
    ],
    ids=["tps-tvq", "bilingual", "state-and-county"],
)
def test_stacked_sales_taxes_add_up_to_the_total(taxes):
    totals = (("Sous-total", "100,00 $"), *taxes, ("Total", "114,98 $"),
              ("Solde à payer", "114,98 $"))  # fmt: skip
    invoice = parse(Sheet(seller=QUEBEC, totals=totals, item=("Pose", "100,00 $")))
    assert invoice.total_due == Decimal("114.98")
    assert not [p for p in invoice.problems if "totals do not add up" in p]


def test_a_tax_registration_number_is_not_a_tax_amount():
    totals = (("Sous-total", "100,00 $"), ("TPS 123456789 RT0001", ""), ("TPS (5 %)", "5,00 $"),
              ("Total", "105,00 $"))  # fmt: skip
    invoice = parse(Sheet(seller=QUEBEC, totals=totals, item=("Pose", "100,00 $")))
    assert not [p for p in invoice.problems if "totals do not add up" in p]


@pytest.mark.parametrize(
    "deduction",
    ["Dépôt reçu", "Arrhes versées", "Retenue de garantie 5 %", "Paiement reçu",
     "Règlement reçu", "Acompte versé", "Prise en charge OPCO", "Participation CAF",
     "Avoir n° AV-12 déduit", "Less amount paid", "Payments/Credits", "Provision reçue"],
)  # fmt: skip
def test_a_deduction_between_the_total_and_the_amount_due_is_taken_off_and_checked(deduction):
    totals = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
              (deduction, "-20,00 €"), ("Net à payer", "100,00 €"))  # fmt: skip
    invoice = parse(Sheet(totals=totals))
    assert invoice.total_due == Decimal("100.00")
    assert invoice.problems == ()


def test_a_payment_received_with_no_amount_due_printed_is_taken_off_and_said():
    totals = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
              ("Règlement reçu par chèque", "-50,00 €"))  # fmt: skip
    invoice = parse(Sheet(totals=totals))
    assert invoice.total_due == Decimal("70.00")
    assert "amount due not printed: total 120.00 less deductions 50.00" in invoice.problems


def test_an_amount_due_under_the_total_that_no_deduction_explains_is_named():
    totals = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
              ("Net à payer", "90,00 €"))  # fmt: skip
    invoice = parse(Sheet(totals=totals))
    assert any("no deduction printed explains it" in p for p in invoice.problems)
    assert invoice.confidence < THRESHOLD


@pytest.mark.parametrize(
    "payment", ["Virement    03/11/2026    20,00 €", "Vir SEPA    31/10/2026    20,00 €",
                "SEPA Wire transfer    11/03/2026    20,00 €"],
)  # fmt: skip
def test_a_payment_listed_in_a_payments_table_explains_the_amount_due(payment):
    totals = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
              ("Solde à payer", "100,00 €"))  # fmt: skip
    invoice = parse(Sheet(totals=totals, notes=("Règlement    Date    Montant", payment)))
    assert invoice.total_due == Decimal("100.00")
    assert not [p for p in invoice.problems if "amount due" in p]


def test_an_early_payment_discount_offered_is_not_a_deduction():
    notes = ("Escompte 2 % pour paiement avant le 13/11/2026 : 2,40 €, soit 117,60 €",)
    invoice = parse(Sheet(notes=notes))
    assert invoice.total_due == Decimal("120.00")
    assert invoice.problems == ()


def test_progress_billing_takes_the_retention_off_the_situation_s_total():
    totals = (("Cumul travaux HT", "1 000,00 €"), ("Situations précédentes HT", "-900,00 €"),
              ("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Montant TTC", "120,00 €"),
              ("Retenue de garantie 5 %", "-6,00 €"), ("Net à payer", "114,00 €"))  # fmt: skip
    invoice = parse(Sheet(title="FACTURE - SITUATION N° 3", totals=totals))
    assert invoice.total_due == Decimal("114.00")
    assert not [p for p in invoice.problems if "amount due" in p]
