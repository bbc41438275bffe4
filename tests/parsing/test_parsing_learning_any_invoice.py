"""What one correction teaches whichever invoice of a layout staff corrected (a credit note, an
invoice without the payment advice, one with it): a template's keywords are first the labels
that name their field, so that a value anchored on a neighbour's words (a date after `Accounts
Payable` on a payment advice some invoices lack) does not keep the layout's other invoices from
being read by it; a field keeps a second anchor on its own label printed elsewhere (`Invoice
Number` in the header and on the payment advice), so the layout's credit notes, which have no
advice, are read too; an amount's pattern ends where its digits do, so an invoice in the other
notation (`3,309.16` after `3 309,16`) gives it nothing to read in part."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import yaml

from parsing import ParseOptions, parse_pdf
from parsing.learn import Learned, Validated, learn_from_pdf
from tests.parsing.learning_families import family_pdf
from tests.parsing.learning_layouts4 import layout_file


def _learned(family: str, seed: int, corrected: frozenset[str]) -> Learned:
    data, drawn = family_pdf(family, seed)
    truth = drawn.truth
    validated = Validated(
        invoice_number=str(truth["invoice_number"]),
        total_due=Decimal(str(truth["total_due"])),
        currency="GBP",
        issue_date=date.fromisoformat(str(truth["issue_date"])),
        debtor_name=truth["debtor"]["name"],  # type: ignore[index]
        corrected=corrected,
        credit_note=drawn.credit_note,
    )
    learned = learn_from_pdf(data, drawn.pages, validated, "Northwind", "")
    assert learned is not None
    return learned


def test_a_label_that_does_not_name_its_field_is_no_keyword_when_one_that_does_is_printed(
    tmp_path,
):
    learned = _learned("uk_agency", 3, frozenset({"issue_date", "debtor.name"}))
    assert learned is not None
    assert "Accounts Payable" not in learned.keywords
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    data, drawn = family_pdf("uk_agency", 7)
    [invoice] = parse_pdf(data, "7.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert invoice.source.startswith("template:")
    assert invoice.debtor.name == drawn.truth["debtor"]["name"]  # type: ignore[index]


def test_a_number_learned_on_a_payment_advice_is_read_in_the_header_of_a_credit_note_without_one(
    tmp_path,
):
    learned = _learned("uk_agency_credit_first", 1, frozenset({"debtor.name"}))
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    data, drawn = family_pdf("uk_agency_credit_first", 0)
    assert drawn.credit_note
    [credit] = parse_pdf(data, "0.pdf", ParseOptions(template_dirs=(tmp_path,)))
    truth = drawn.truth
    assert credit.invoice_number == truth["invoice_number"]
    assert credit.issue_date == date.fromisoformat(str(truth["issue_date"]))
    assert credit.debtor.name == truth["debtor"]["name"]  # type: ignore[index]
    assert credit.total_due == Decimal(str(truth["total_due"]))


def test_an_amount_in_the_other_notation_is_not_read_in_part(tmp_path):
    """Learned from a euro invoice (`11 681,38 €`), the exporter's dollar invoice prints
    `USD 3,309.16`: the template reads no `3,30` out of it, the layout's amount stands."""
    data, [euros] = layout_file("exportateur_devises", 5)
    assert euros.currency == "EUR"
    validated = Validated(euros.number, euros.total_due, "EUR", euros.issued, euros.due,
                          euros.debtor.name, corrected=frozenset({"total_due"}))  # fmt: skip
    learned = learn_from_pdf(data, euros.pages, validated, "Alsace Crémant Export", "")
    assert learned is not None
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    data, [dollars] = layout_file("exportateur_devises", 1)
    [invoice] = parse_pdf(data, "1.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert (invoice.currency, invoice.total_due) == ("USD", dollars.total_due)
    assert any(p.startswith("total_due: learned template") for p in invoice.problems)


def test_an_amount_due_is_anchored_on_its_long_label_not_on_an_equal_net_total():
    """`Net à payer / Total due` (six words in its cell) beside the amount due, `Total HT / Net
    amount` above it with the same amount (no VAT on exports): the still-due label anchors."""
    data, [euros] = layout_file("exportateur_devises", 5)
    validated = Validated(euros.number, euros.total_due, "EUR", euros.issued, euros.due,
                          euros.debtor.name)  # fmt: skip
    learned = learn_from_pdf(data, euros.pages, validated, "Alsace Crémant Export", "")
    assert learned is not None
    amount_due = yaml.safe_load(learned.yaml_text)["fields"]["amount_due"]
    assert "Total\\s+due" in str(amount_due) and "Total\\s+HT" not in str(amount_due)
