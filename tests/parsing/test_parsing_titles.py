"""Invoice-like documents titled otherwise than "Facture"/"Invoice" (issue 12; the shapes measured
in tests/parsing/titles.py): fee notes, états de frais, mémoires, relevés, décomptes, avis
d'échéance, appels de fonds and de cotisation, quittances de prime, situations de travaux, bills
and statements give their number, issue date and amount due; quotes, pro-formas, order forms,
delivery notes and reminder letters never become a record that could be reminded unchecked."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from tests.parsing import titles

OPTIONS = ParseOptions(use_xml=False, ocr=False)
INVOICES = sorted(set(titles.STYLES) - titles.NOT_INVOICES)


def _records(style: str, seed: int):
    document = titles.generate(style, seed)
    return document, parse_pdf(titles.render(document), f"{style}-{seed}.pdf", OPTIONS)


@pytest.mark.parametrize("style", INVOICES)
@pytest.mark.parametrize("seed", [0, 1])
def test_each_title_gives_the_number_the_date_and_the_amount_due_as_printed(style, seed):
    document, [record] = _records(style, seed)
    assert record.invoice_number == document.number
    assert str(record.issue_date) == document.issue_date
    assert str(record.total_due) == document.total_due


@pytest.mark.parametrize("style", sorted(titles.NOT_INVOICES))
@pytest.mark.parametrize("seed", [0, 1])
def test_a_document_that_is_not_an_invoice_is_never_a_record_to_remind_unchecked(style, seed):
    _, records = _records(style, seed)
    for record in records:
        assert record.problems
        assert record.confidence < OPTIONS.review_threshold
