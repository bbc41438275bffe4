"""A bounded slice of the randomised composer (tests/parsing/composer/): whatever the layout
drawn, a record that is wrong on some field names a problem (issue 12)."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from tests.parsing.composer import compose
from tests.parsing.composer.score import Score


def test_the_composer_is_deterministic_per_seed():
    assert compose(7).pdf == compose(7).pdf
    assert compose(7).truth == compose(7).truth


@pytest.mark.parametrize("first", [0, 20, 40])
def test_no_composed_invoice_is_wrong_without_a_problem(first):
    score = Score()
    for seed in range(first, first + 20):
        composed = compose(seed)
        invoices = parse_pdf(composed.pdf, composed.name, ParseOptions(use_xml=False, ocr=False))
        score.add(composed.name, composed.truth, invoices[0].to_record() if invoices else {})
    assert not score.unflagged, score.report()
