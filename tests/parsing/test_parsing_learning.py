"""Learning an invoice2data template from one invoice a person corrected, and reading the next
invoices of that layout with it, cross-checked by the layout heuristics."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from invoice2data.extract.loader import read_templates

from parsing import ParseOptions, parse_pdf
from parsing.chain import read_document
from parsing.isolate import run_isolated
from parsing.learn import Validated, derive_template, learn_from_pdf, template_yaml
from parsing.picture import NoSuchPage, page_png
from tests.parsing.learning_layout import ISSUER, learning_pdf

ALL_FIELDS = frozenset({"invoice_number", "due_date", "total_due"})


def validated(seed: int, corrected: frozenset[str] = ALL_FIELDS) -> Validated:
    _, t = learning_pdf(seed)
    return Validated(
        invoice_number=t.number,
        total_due=t.total,
        issue_date=t.issued,
        due_date=t.due,
        debtor_name=t.debtor,
        corrected=corrected,
    )


def learn(folder: Path, seed: int = 0, corrected: frozenset[str] = ALL_FIELDS) -> Path:
    data, _ = learning_pdf(seed)
    learned = learn_from_pdf(data, (1,), validated(seed, corrected), ISSUER, "learned in a test")
    assert learned is not None
    path = folder / "avr.yml"
    path.write_text(learned.yaml_text, "utf-8")
    return path


def test_the_layout_heuristics_alone_cannot_read_this_issuer():
    data, _ = learning_pdf(1)
    invoice = parse_pdf(data, "1.pdf", ParseOptions(use_xml=False))[0]
    assert invoice.invoice_number is None and invoice.total_due is None


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_one_correction_teaches_a_template_that_reads_the_next_invoices(tmp_path, seed):
    learn(tmp_path)
    data, t = learning_pdf(seed)
    invoice = parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.source == "template:avr"
    assert (invoice.invoice_number, invoice.issue_date, invoice.due_date, invoice.total_due) == (
        t.number, t.issued, t.due, t.total,
    )  # fmt: skip
    assert invoice.debtor.name == t.debtor
    assert invoice.problems == () and invoice.confidence > 0.8


def test_a_colon_set_apart_in_the_value_cell_leaves_the_label_in_the_cell_before():
    data, _ = learning_pdf(0, colon=": ")
    pages, _ = read_document(data, ParseOptions())
    template = derive_template(pages, validated(0), ISSUER)
    assert template is not None
    assert template["fields"]["invoice_number"].startswith(r"(?<!\S)(?<!\S )Pièce\s+comptable")
    assert template["fields"]["date_due"].startswith(r"(?<!\S)(?<!\S )Payable\s+au\s+plus\s+tard")


def test_invoice2data_itself_loads_the_learned_template_and_reads_the_page(tmp_path):
    path = learn(tmp_path)
    loaded = read_templates(str(tmp_path))
    assert [t["template_name"] for t in loaded] == [path.name]
    data, t = learning_pdf(5)
    pages, _ = read_document(data, ParseOptions())
    text = "\n".join(page.text for page in pages)
    template = loaded[0]
    assert template.matches_input(template.prepare_input(text))
    fields = template.extract(template.prepare_input(text), "5.pdf", None)
    assert fields["invoice_number"] == t.number
    assert fields["date_due"].date() == t.due
    assert fields["amount_due"] == pytest.approx(float(t.total))


def test_the_template_is_plain_yaml_anchored_on_the_labels_next_to_the_values(tmp_path):
    text = learn(tmp_path).read_text("utf-8")
    assert text.startswith("# learned in a test\n")
    template = yaml.safe_load(text)
    assert template["keywords"] == ["Pièce comptable", "Établie le"]
    assert template["fields"]["date_due"].startswith(r"(?<!\S)(?<!\S )Payable\s+au\s+plus\s+tard")
    assert template["options"] == {
        "currency": "EUR",
        "date_formats": ["%d.%m.%Y"],
        "decimal_separator": ",",
    }
    assert template["relance"]["corrected"] == ["due_date", "invoice_number", "total_due"]


@pytest.mark.parametrize(
    ("changed", "field"),
    [({"due_label": "À régler pour le"}, "due_date"), ({"amount_label": "Reste dû"}, "total_due")],
)
def test_a_field_the_person_corrected_and_the_template_no_longer_finds_goes_to_review(
    tmp_path, changed: dict[str, str], field: str
):
    learn(tmp_path)
    data, _ = learning_pdf(2, **changed)
    invoice = parse_pdf(data, "2.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.source == "template:avr"
    assert f"{field}: learned template avr found no single value" in invoice.problems


def test_where_template_and_layout_disagree_on_a_field_the_layout_read_right_the_record_is_doubted(
    tmp_path,
):
    data, _ = learning_pdf(0)
    pages, _ = read_document(data, ParseOptions())
    template = derive_template(pages, validated(0, frozenset({"due_date", "total_due"})), ISSUER)
    assert template is not None
    template["fields"]["date"] = template["fields"]["date_due"]  # reads the due date instead
    (tmp_path / "avr.yml").write_text(template_yaml(template, ""), "utf-8")
    data, t = learning_pdf(3)
    invoice = parse_pdf(data, "3.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.issue_date == t.issued
    assert f"issue_date: learned template avr reads {t.due}, layout reads {t.issued}" in (
        invoice.problems
    )
    assert invoice.confidence < 0.6


def test_a_value_printed_once_serves_one_field_the_one_its_label_names():
    data, t = learning_pdf(0)
    pages, _ = read_document(data, ParseOptions())
    same_day = replace(validated(0), issue_date=t.due)
    template = derive_template(pages, same_day, ISSUER)
    assert template is not None
    assert "Payable" in template["fields"]["date_due"] and "date" not in template["fields"]


def test_a_page_with_no_label_beside_its_values_teaches_nothing():
    data, _ = learning_pdf(0)
    pages, _ = read_document(data, ParseOptions())
    truth = replace(validated(0), invoice_number="NOT-ON-THE-PAGE-42")
    assert derive_template(pages, truth, ISSUER) is None


def test_a_page_is_drawn_as_a_bounded_png_in_a_child_process():
    data, _ = learning_pdf(0)
    png = run_isolated(page_png, data, 1, 600, timeout=30)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    assert width == 600
    with pytest.raises(NoSuchPage):
        run_isolated(page_png, data, 2, 600, timeout=30)
