"""The layout path on generated invoices: accuracy thresholds, golden files, chosen cases."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from parsing import ParseOptions, parse_pdf
from tests.parsing.accuracy import CORE, DEBTOR, score
from tests.parsing.generator import LAYOUTS, invoice_pdf, make_facts

GOLDEN = Path(__file__).parent / "golden"
SEEDS = range(10)


def test_the_generator_draws_at_least_ten_distinct_layouts():
    assert len(LAYOUTS) >= 10
    assert {make_facts(name, 0).lang for name in LAYOUTS} == {"fr", "en"}


def test_the_layout_path_reads_generated_invoices_exactly():
    pairs = []
    for name in LAYOUTS:
        for seed in SEEDS:
            data, truth = invoice_pdf(name, seed)
            invoices = parse_pdf(data, f"{name}-{seed}.pdf", ParseOptions(use_xml=False))
            assert len(invoices) == 1, f"{name}-{seed}"
            pairs.append((invoices[0], truth))
    rates, misses = score(pairs)
    print("generator accuracy:", {k: f"{v:.1%}" for k, v in rates.items()}, f"n={len(pairs)}")
    assert all(rates[field] >= 0.97 for field in CORE), (rates, misses[:20])
    assert all(rates[field] >= 0.93 for field in DEBTOR), (rates, misses[:20])


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_layout_matches_its_golden_record(layout):
    data, _truth = invoice_pdf(layout, 1)
    records = [invoice.to_record() for invoice in parse_pdf(data, f"{layout}.pdf")]
    golden = GOLDEN / f"{layout}.json"
    if os.environ.get("RELANCE_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run with RELANCE_UPDATE_GOLDEN=1"
    assert records == json.loads(golden.read_text("utf-8"))


def _only(layout: str, seed: int):
    data, truth = invoice_pdf(layout, seed)
    return parse_pdf(data, "x.pdf")[0], truth


def test_it_reads_reste_a_payer_after_a_deposit():
    invoice, truth = _only("deposit_facture_a", 1)
    assert truth.deposit > 0
    assert invoice.total == truth.total
    assert invoice.total_due == truth.total - truth.deposit


def test_it_computes_a_due_date_given_only_as_terms_and_names_the_rule():
    invoice, truth = _only("classic_window", 2)
    assert truth.terms
    assert invoice.due_date == truth.due
    assert invoice.due_rule is not None


def test_it_marks_an_avoir_as_a_credit_note():
    invoice, truth = _only("avoir_block", 4)
    assert truth.credit
    assert invoice.is_credit_note
    assert invoice.total_due == -truth.total


def test_it_tells_the_debtor_apart_from_the_sellers_own_details():
    invoice, truth = _only("classic_window", 0)
    assert invoice.debtor.name == truth.debtor.name
    assert (invoice.debtor.email, invoice.debtor.phone) == (
        truth.debtor.email,
        truth.debtor.phone_e164,
    )
    assert invoice.debtor.email != truth.seller.email


def test_a_confident_record_has_its_totals_cross_checked():
    invoice, _truth = _only("classic_window", 0)
    assert invoice.confidence >= 0.9
    assert invoice.problems == ()


def test_missing_fields_are_named_in_problems_and_lower_the_confidence():
    from tests.parsing.generator.issuer import template_issuer_pdf

    invoice = parse_pdf(template_issuer_pdf(), "x.pdf", ParseOptions(use_templates=False))[0]
    assert "invoice_number not found" in invoice.problems
    assert "total_due not found" in invoice.problems
    assert invoice.confidence < 0.5
    assert invoice.total is None or isinstance(invoice.total, Decimal)
