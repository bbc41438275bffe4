"""The amount due of statements and notices that carry a previous balance (issue 12), one shape
per case from tests/parsing/balances.py: the previous balance still owed adds, payments received
and a credit balance carried forward subtract, monthly advances are deducted, the period's and
the year's totals are no amount due, and a yearly statement in the debtor's favour is held."""

from __future__ import annotations

import pytest

from parsing import ParseOptions
from tests.parsing.balances import SHAPES, about_money, generate, read

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
