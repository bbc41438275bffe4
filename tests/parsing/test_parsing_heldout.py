"""The layout path on held-out layouts it was not designed on (tests/parsing/heldout/): the same
thresholds as on the generator, to tell whether the heuristics generalise."""

from __future__ import annotations

from collections import Counter

from parsing import ParseOptions, parse_pdf
from tests.parsing.accuracy import CORE, DEBTOR, score
from tests.parsing.heldout import ENGLISH, HELDOUT, heldout_pdf

SEEDS = range(12)


def test_the_held_out_set_draws_at_least_twelve_layouts_in_french_and_english():
    assert len(HELDOUT) >= 12
    assert ENGLISH and set(HELDOUT) - set(ENGLISH)


def test_the_layout_path_reads_held_out_invoices_at_the_acceptance_thresholds():
    pairs = []
    for name in HELDOUT:
        for seed in SEEDS:
            data, truth = heldout_pdf(name, seed)
            invoices = parse_pdf(data, f"{name}-{seed}.pdf", ParseOptions(use_xml=False))
            assert len(invoices) == 1, f"{name}-{seed}"
            pairs.append((invoices[0], truth))
    rates, misses = score(pairs)
    by_layout = Counter(miss.split(" ", 1)[0] for miss in misses)
    print("held-out accuracy:", {k: f"{v:.1%}" for k, v in rates.items()}, f"n={len(pairs)}")
    print("misses per invoice number:", dict(by_layout.most_common(10)))
    assert all(rates[field] >= 0.97 for field in CORE), (rates, misses[:30])
    assert all(rates[field] >= 0.93 for field in DEBTOR), (rates, misses[:30])
