"""Which labels a learned template takes as its keywords (the signs that a page is of its
layout): first those that name their field, so that a value anchored on a neighbour's words
(a date after `Accounts Payable` on a payment advice some invoices lack) does not keep the
layout's other invoices from being read by the template."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from parsing import ParseOptions, parse_pdf
from parsing.learn import Validated, learn_from_pdf
from tests.parsing.learning_families import family_pdf


def test_a_label_that_does_not_name_its_field_is_no_keyword_when_one_that_does_is_printed(
    tmp_path,
):
    data, drawn = family_pdf("uk_agency", 3)
    truth = drawn.truth
    validated = Validated(
        invoice_number=str(truth["invoice_number"]),
        total_due=Decimal(str(truth["total_due"])),
        currency="GBP",
        issue_date=date.fromisoformat(str(truth["issue_date"])),
        debtor_name=truth["debtor"]["name"],  # type: ignore[index]
        corrected=frozenset({"issue_date", "debtor.name"}),
        credit_note=drawn.credit_note,
    )
    learned = learn_from_pdf(data, drawn.pages, validated, "Northwind", "")
    assert learned is not None
    assert "Accounts Payable" not in learned.keywords
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    data, drawn = family_pdf("uk_agency", 7)
    [invoice] = parse_pdf(data, "7.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert invoice.source.startswith("template:")
    assert invoice.debtor.name == drawn.truth["debtor"]["name"]  # type: ignore[index]
