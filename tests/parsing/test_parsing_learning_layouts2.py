"""Learning from one correction on the second learning set's hard families
(tests/parsing/learning_layouts2): captions under values, labels after them, a label holding
another value, an amount-due label that follows what is deducted, a credit note with no due
date in a grid, a label inside a longer one, credit notes among the layout's invoices; and
small pages whose number has no label of words (alone in a corner, a bare "N°", a label over a
value aligned to the right, a label after another value in its cell)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from invoice2data.extract.loader import read_templates
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import ParsedInvoice, ParseOptions, parse_pdf
from parsing.chain import read_document
from parsing.learn import Validated, derive_template, learn_from_pdf, template_yaml
from tests.parsing.generator.render import Pen
from tests.parsing.learning_layouts2 import layout_pdf
from tests.parsing.learning_layouts2.data import Truth

CORE = frozenset({"invoice_number", "issue_date", "due_date", "total_due", "debtor.name"})


def validated(t: Truth) -> Validated:
    return Validated(
        invoice_number=t.number,
        total_due=-t.total if t.credit else t.total_due,
        currency=t.currency,
        issue_date=t.issued,
        due_date=t.due if t.due_shown and not t.credit else None,
        debtor_name=t.debtor.name,
        corrected=CORE,
        credit_note=t.credit,
    )


def learn(folder: Path, layout: str) -> dict:
    data, t = layout_pdf(layout, 0)
    learned = learn_from_pdf(data, (), validated(t), "Issuer", "learned in a test")
    assert learned is not None
    (folder / "learned.yml").write_text(learned.yaml_text, "utf-8")
    return yaml.safe_load(learned.yaml_text)


def core(invoice: ParsedInvoice) -> tuple[object, ...]:
    return (invoice.invoice_number, invoice.issue_date, invoice.due_date, invoice.total_due)


def wanted(t: Truth) -> tuple[object, ...]:
    due = t.due if t.due_shown and not t.credit else None
    return (t.number, t.issued, due, -t.total if t.credit else t.total_due)


def read(folder: Path, layout: str, seed: int) -> tuple[ParsedInvoice, Truth]:
    data, t = layout_pdf(layout, seed)
    return parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(folder,)))[0], t


@pytest.mark.parametrize(
    ("layout", "seeds"),
    [
        ("captions_under_values", (1, 3)),  # a caption under each value; "Déjà réglé" on 3
        ("due_label_follows_deduction", (1, 3)),  # "Reste à payer", "Reste à votre charge"
        ("summary_and_slip", (3, 5)),  # "Facture n° X du <date>"; the slip repeats the labels
        ("positive_credit_notes", (2, 5)),  # "Date:" beside "Due Date:"
        ("belgian_grid_recap", (2, 4)),  # a grid; a recap line at the foot
    ],
)
def test_one_correction_teaches_a_template_that_reads_the_next_invoices_of_the_layout(
    tmp_path, layout: str, seeds: tuple[int, ...]
):
    learn(tmp_path, layout)
    for seed in seeds:
        invoice, t = read(tmp_path, layout, seed)
        assert invoice.source == "template:learned"
        assert core(invoice) == wanted(t)
        assert not [p for p in invoice.problems if "learned template" in p]


def test_captions_printed_under_their_values_anchor_the_fields():
    data, t = layout_pdf("captions_under_values", 0)
    pages, _ = read_document(data, ParseOptions())
    template = derive_template(pages, validated(t), "Issuer")
    assert template is not None
    assert template["keywords"] == ["Numéro", "Émise le"]
    assert {"invoice_number", "date", "date_due", "amount_due"} <= set(template["fields"])


def test_a_label_holding_another_value_anchors_the_date_and_is_no_keyword():
    data, t = layout_pdf("summary_and_slip", 0)
    pages, _ = read_document(data, ParseOptions())
    template = derive_template(pages, validated(t), "Issuer")
    assert template is not None
    assert r"Facture\s+n°\s+\S*\d\S*\s+du" in template["fields"]["date"]
    assert template["keywords"] == ["Facture n°"]


def test_the_amount_due_learned_at_the_total_reads_the_still_due_label_of_the_next_invoice(
    tmp_path,
):
    template = learn(tmp_path, "due_label_follows_deduction")
    assert len(template["fields"]["amount_due"]) == 2  # the total's label, the family's
    invoice, t = read(tmp_path, "due_label_follows_deduction", 3)
    assert t.deposit and invoice.total_due == t.total - t.deposit


def test_a_credit_note_with_no_due_date_in_the_grid_gets_none_from_the_template(tmp_path):
    """The due date's column holds "-" on a credit note: the template must not take the issue
    date from the column beside it, nor ask for a due date a credit note does not need."""
    learn(tmp_path, "grid_columns_between")
    invoice, t = read(tmp_path, "grid_columns_between", 6)
    assert t.credit and invoice.source == "template:learned"
    assert invoice.due_date is None and core(invoice) == wanted(t)
    assert not [p for p in invoice.problems if p.startswith("due_date")]


def test_an_invoice_whose_corrected_field_the_template_cannot_read_goes_to_review(tmp_path):
    """Learned where the amount was captioned "Montant dû"; a credit note captions it
    "Montant à rembourser", which neither the template nor the layout reads."""
    learn(tmp_path, "captions_under_values")
    invoice, t = read(tmp_path, "captions_under_values", 5)
    assert t.credit and invoice.total_due is None
    assert "total_due: learned template learned found no single value" in invoice.problems
    assert invoice.confidence < 0.6


def test_a_credit_note_of_the_layout_is_read_by_the_template_learned_from_an_invoice(tmp_path):
    """Its labels say "Credit Note No:" where the invoice said "Invoice No:": the template
    anchors on either kind, and its amount comes out negative though printed positive."""
    learn(tmp_path, "positive_credit_notes")
    invoice, t = read(tmp_path, "positive_credit_notes", 3)
    assert t.credit and invoice.source == "template:learned"
    assert (invoice.invoice_number, invoice.issue_date) == (t.number, t.issued)
    assert invoice.is_credit_note and invoice.total_due == -t.total


def test_an_invoice_read_by_a_template_learned_from_a_credit_note_stays_an_invoice(tmp_path):
    data, t = layout_pdf("positive_credit_notes", 3)
    learned = learn_from_pdf(data, (), validated(t), "Issuer", "")
    assert learned is not None and "Credit Note No" in learned.keywords
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    invoice, t = read(tmp_path, "positive_credit_notes", 1)
    assert invoice.source == "template:learned"
    assert not invoice.is_credit_note and core(invoice) == wanted(t)


def test_the_learned_template_is_plain_invoice2data_yaml_that_invoice2data_loads(tmp_path):
    learn(tmp_path, "captions_under_values")
    loaded = read_templates(str(tmp_path))
    data, t = layout_pdf("captions_under_values", 2)
    pages, _ = read_document(data, ParseOptions())
    text = "\n".join(page.text for page in pages)
    template = loaded[0]
    assert template.matches_input(template.prepare_input(text))
    fields = template.extract(template.prepare_input(text), "2.pdf", None)
    assert fields["invoice_number"] == t.number
    assert fields["amount_due"] == pytest.approx(float(t.total_due))


CLIENT_CODE = r"(?<!\S)(C\d{5})(?!\S)"
ANY_DATE = r"(?<!\S)(\d{2}/\d{2}/\d{4})(?!\S)"


@pytest.mark.parametrize(
    ("extra", "doubted"),
    [((CLIENT_CODE,), False), ((CLIENT_CODE, ANY_DATE), True)],
    ids=["the-layout-reads-one-of-them", "the-layout-reads-neither"],
)
def test_regexes_of_a_field_reading_different_values_leave_it_to_the_layout_or_to_review(
    tmp_path, extra: tuple[str, ...], doubted: bool
):
    """The number's regexes read two values (one reads the client code): the layout's number
    stands when it is one of them; else the record goes to review, not silently."""
    learn(tmp_path, "grid_columns_between")
    path = tmp_path / "learned.yml"
    template = yaml.safe_load(path.read_text("utf-8"))
    kept = [] if doubted else template["fields"]["invoice_number"]
    template["fields"]["invoice_number"] = [*kept, *extra]
    path.write_text(template_yaml(template, ""), "utf-8")
    invoice, t = read(tmp_path, "grid_columns_between", 1)
    assert invoice.invoice_number == t.number
    several = [p for p in invoice.problems if "learned template learned reads several" in p]
    assert bool(several) == doubted
    assert (invoice.confidence < 0.6) == doubted


# Small pages: a number with no label of words -------------------------------------------


def _page(draw: Callable[[Pen, str, str], None], number: str, issued: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    pen.text(40, 40, "Menuiserie Girard", 12, bold=True)
    pen.lines(330, 120, ["SARL Vergers du Ried", "4 allée des Peupliers", "68000 Colmar"])
    pen.text(330, 400, "Net à payer")
    pen.right(550, 400, "1 234,56 €")
    draw(pen, number, issued)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _alone(pen: Pen, number: str, issued: str) -> None:
    pen.text(450, 60, number, 11)
    pen.text(40, 220, f"Date d'émission : {issued}")


def _bare_sign(pen: Pen, number: str, issued: str) -> None:
    pen.text(40, 200, "FACTURE", 16, bold=True)
    pen.text(200, 200, f"N° {number}", 11)
    pen.text(40, 220, f"Date : {issued}")


def _right_aligned(pen: Pen, number: str, issued: str) -> None:
    pen.text(300, 200, "Facture n°", 8)
    pen.right(550, 212, number, 9)
    pen.text(300, 226, "Date", 8)
    pen.right(550, 238, issued, 9)


def _after_a_value(pen: Pen, number: str, issued: str) -> None:
    pen.text(40, 200, f"Client 411042 Facture {number}", 11)
    pen.text(40, 220, f"Date : {issued}")


@pytest.mark.parametrize("draw", [_alone, _bare_sign, _right_aligned, _after_a_value])
def test_a_number_without_a_label_of_words_still_teaches_a_template(tmp_path, draw):
    truth = Validated("FA-2026-0042", Decimal("1234.56"), issue_date=date(2026, 3, 4),
                      corrected=frozenset({"invoice_number"}))  # fmt: skip
    data = _page(draw, "FA-2026-0042", "04/03/2026")
    learned = learn_from_pdf(data, (), truth, "Menuiserie Girard", "")
    assert learned is not None and "invoice_number" in learned.fields
    (tmp_path / "girard.yml").write_text(learned.yaml_text, "utf-8")
    data = _page(draw, "FA-2026-0117", "19/05/2026")
    invoice = parse_pdf(data, "next.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.source == "template:girard"
    assert (invoice.invoice_number, invoice.issue_date) == ("FA-2026-0117", date(2026, 5, 19))
