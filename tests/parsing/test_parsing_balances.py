"""The amount due of statements and notices that carry a previous balance (issue 12), one shape
per case from tests/parsing/balances.py: the previous balance still owed adds, payments received
and a credit balance carried forward subtract, monthly advances are deducted, the period's and
the year's totals are no amount due, and a yearly statement in the debtor's favour is held."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsing import ParseOptions
from tests.parsing.balances import SHAPES, about_money, generate, read
from tests.parsing.pages import Sheet, parse

THRESHOLD = ParseOptions().review_threshold


@pytest.mark.parametrize("shape", [shape for shape in SHAPES if not generate(shape, 0).flag])
@pytest.mark.parametrize("seed", [0, 3])
def test_the_amount_due_counts_the_previous_balance_and_the_payments_received(shape, seed):
    statement = generate(shape, seed)
    invoice = read(statement)
    assert invoice.total_due == statement.total_due
    assert not about_money(invoice), invoice.problems


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_statement_in_the_debtor_s_favour_is_held_for_review(seed):
    statement = generate("fr_decompte_en_votre_faveur", seed)
    invoice = read(statement)
    assert invoice.total_due == statement.total_due
    assert invoice.problems
    assert invoice.confidence < THRESHOLD


def _sheet(*rows: tuple[str, str]) -> Sheet:
    return Sheet(title="AVIS D'ÉCHÉANCE", item=("Loyer de décembre", "100,00 €"), totals=rows)


@pytest.mark.parametrize(
    ("rows", "due", "problem"),
    [
        (
            (("Total de la période", "100,00 €"), ("Solde antérieur", "50,00 €"),
             ("Total à régler", "150,00 €")),
            Decimal("150.00"), None,
        ),
        (
            (("Total de la période", "100,00 €"), ("Solde antérieur", "50,00 €"),
             ("Total à régler", "170,00 €")),
            Decimal("170.00"), "amount due larger than the total",
        ),
        (
            (("Solde antérieur", "50,00 €"), ("Loyer", "100,00 €"), ("Nouveau solde", "160,00 €")),
            Decimal("160.00"), "amount due 160.00 is not what the lines above it add up to",
        ),
        (
            (("Total de la période", "100,00 €"), ("Solde antérieur", "50,00 €")),
            Decimal("150.00"), "amount due not printed: a balance brought forward of 50.00",
        ),
        (
            (("Total de la période", "100,00 €"), ("Solde créditeur antérieur", "30,00 €"),
             ("Net à payer", "70,00 €")),
            Decimal("70.00"), None,
        ),
    ],
    ids=["adds-up", "too-much", "lines-disagree", "no-due-label", "credit-carried"],
)  # fmt: skip
def test_a_balance_brought_forward_the_arithmetic_does_not_support_is_named(rows, due, problem):
    invoice = parse(_sheet(*rows))
    assert invoice.total_due == due
    money = [p for p in invoice.problems if "amount due" in p]
    if problem is None:
        assert money == []
    else:
        assert any(p.startswith(problem) for p in money), invoice.problems
        assert invoice.confidence < THRESHOLD


@pytest.mark.parametrize(
    ("rows", "total", "due"),
    [
        (
            (("Loyer", "650,00 €"), ("Provision sur charges", "80,00 €"),
             ("Total à payer", "730,00 €")),
            Decimal("730.00"), Decimal("730.00"),
        ),
        (
            (("Loyer", "650,00 €"), ("Provisions pour charges", "80,00 €"),
             ("Total de la période", "730,00 €"), ("Solde antérieur", "100,00 €"),
             ("Total à régler", "830,00 €")),
            Decimal("830.00"), Decimal("830.00"),
        ),
        (
            (("Total des charges", "1 340,00 €"), ("Provisions sur charges", "1 200,00 €"),
             ("Solde à payer", "140,00 €")),
            Decimal("1340.00"), Decimal("140.00"),
        ),
        (
            (("Total des charges", "1 340,00 €"),
             ("Provisions pour charges versées", "1 200,00 €"), ("Solde à payer", "140,00 €")),
            Decimal("1340.00"), Decimal("140.00"),
        ),
    ],
    ids=["rent", "rent-and-balance", "charges-statement", "provisions-paid"],
)  # fmt: skip
def test_a_provision_for_charges_is_charged_on_a_rent_notice_and_deducted_after_a_total(
    rows, total, due
):
    invoice = parse(_sheet(*rows))
    assert (invoice.total, invoice.total_due) == (total, due)
    assert not [p for p in invoice.problems if "amount due" in p or "deduction" in p]
