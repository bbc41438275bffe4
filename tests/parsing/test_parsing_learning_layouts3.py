"""Learning from one correction on the third learning set (tests/parsing/learning_layouts3):
values whose length and shape change between invoices of one issuer, labels that move or come
and go, terms on some invoices and dates on others, credit notes in the invoices' layout,
several currencies, French and English versions of one layout; and what the learned template
and the layout settle together: a date read day first by one and month first by the other, a
due date counted from terms and the template's issue date, the debtor's block where a person
confirmed it."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import ParsedInvoice, ParseOptions, parse_pdf
from parsing.learn import Validated, learn_from_pdf, template_yaml
from tests.parsing.generator.render import Pen
from tests.parsing.learning_families import family_pdf
from tests.parsing.learning_layouts3 import LAYOUTS3, layout_pdf
from tests.parsing.learning_layouts3.data import Truth

CORE = frozenset({"invoice_number", "issue_date", "due_date", "total_due", "debtor.name"})
BLOCK_CHOSEN = "debtor block chosen among 2 unlabelled address blocks"


def validated(t: Truth, corrected: frozenset[str]) -> Validated:
    return Validated(
        invoice_number=t.number,
        total_due=-t.total if t.credit else t.total_due,
        currency=t.currency,
        issue_date=t.issued,
        due_date=t.due if t.due_shown else None,
        debtor_name=t.debtor.name,
        corrected=corrected,
        credit_note=t.credit,
    )


def learn(folder: Path, layout: str, corrected: frozenset[str] = CORE) -> dict:
    data, t = layout_pdf(layout, 0)
    learned = learn_from_pdf(data, (), validated(t, corrected), "Issuer", "learned in a test")
    assert learned is not None
    (folder / "learned.yml").write_text(learned.yaml_text, "utf-8")
    return yaml.safe_load(learned.yaml_text)


def read(folder: Path, layout: str, seed: int) -> tuple[ParsedInvoice, Truth]:
    data, t = layout_pdf(layout, seed)
    return parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(folder,)))[0], t


def core(invoice: ParsedInvoice) -> tuple[object, ...]:
    return (
        invoice.invoice_number,
        invoice.issue_date,
        invoice.due_date,
        invoice.total_due,
        invoice.currency,
        invoice.debtor.name,
    )


def wanted(t: Truth) -> tuple[object, ...]:
    due = t.due if t.due_shown else None
    amount = -t.total if t.credit else t.total_due
    return (t.number, t.issued, due, amount, t.currency, t.debtor.name)


@pytest.mark.parametrize("layout", list(LAYOUTS3))
def test_one_correction_reads_every_next_invoice_of_the_layout_right(tmp_path, layout):
    learn(tmp_path, layout)
    for seed in range(1, 8):
        invoice, t = read(tmp_path, layout, seed)
        assert core(invoice) == wanted(t), f"seed {seed}: {invoice.problems}"


def test_a_date_read_month_first_by_the_layout_keeps_the_template_order_and_goes_to_review(
    tmp_path,
):
    """A dollar invoice printed `05/03/2026` by an issuer writing the day first: the layout
    guesses the month first from the "$"; the template's order was confirmed by a person."""
    learn(tmp_path, "export_currencies", frozenset())
    invoice, t = read(tmp_path, "export_currencies", 1)
    assert t.currency == "USD" and invoice.issue_date == t.issued == date(2026, 3, 5)
    assert any(p.startswith("issue_date: learned template learned") for p in invoice.problems)
    assert invoice.confidence < 0.6


def test_an_issuer_billing_in_several_currencies_has_each_read_off_its_page(tmp_path):
    template = learn(tmp_path, "export_currencies", frozenset())
    assert template["relance"]["currency_printed"] is True
    invoice, t = read(tmp_path, "export_currencies", 3)
    assert (invoice.currency, invoice.total_due) == ("GBP", t.total_due)
    assert invoice.problems == ()


def test_a_currency_printed_nowhere_near_the_amount_stays_the_learned_one():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    pen.text(40, 40, "Atelier Lémanique Sàrl", 12, bold=True)
    pen.text(40, 200, "Facture n° F-2026-042")
    pen.text(40, 214, "Date : 04/03/2026")
    pen.text(330, 400, "Net à payer")
    pen.right(550, 400, "1 234,55")
    canvas.showPage()
    canvas.save()
    truth = Validated("F-2026-042", Decimal("1234.55"), "CHF", date(2026, 3, 4))
    learned = learn_from_pdf(buffer.getvalue(), (), truth, "Atelier", "")
    assert learned is not None
    template = yaml.safe_load(learned.yaml_text)
    assert template["options"]["currency"] == "CHF"
    assert "currency_printed" not in template["relance"]


def test_terms_the_layout_reads_count_from_the_issue_date_the_template_reads(tmp_path):
    """`Payment terms: 14 days from date of invoice` beside a `Tax point / date` only the
    template reads: the due date is 14 days after it, with nothing left to doubt."""
    learn(tmp_path, "uk_builder", frozenset())
    invoice, t = read(tmp_path, "uk_builder", 1)
    assert (invoice.issue_date, invoice.due_date) == (t.issued, t.issued + timedelta(days=14))
    assert invoice.problems == ()


@pytest.mark.parametrize(
    ("moved", "doubted"), [(0, False), (200, True)], ids=["where-learned", "elsewhere"]
)
def test_the_debtor_block_where_a_person_confirmed_it_settles_the_choice_among_blocks(
    tmp_path, moved: int, doubted: bool
):
    template = learn(tmp_path, "terms_then_dates", frozenset())
    template["relance"]["debtor_at"]["x"] -= moved
    (tmp_path / "learned.yml").write_text(template_yaml(template, ""), "utf-8")
    invoice, t = read(tmp_path, "terms_then_dates", 2)
    assert invoice.debtor.name == t.debtor.name
    assert (BLOCK_CHOSEN in invoice.problems) == doubted


def learn_family(folder: Path, family: str, corrected: frozenset[str]) -> dict:
    data, drawn = family_pdf(family, 0)
    truth = drawn.truth
    validated = Validated(
        invoice_number=str(truth["invoice_number"]),
        total_due=Decimal(str(truth["total_due"])),
        currency=str(truth["currency"]),
        issue_date=date.fromisoformat(str(truth["issue_date"])),
        debtor_name=truth["debtor"]["name"],  # type: ignore[index]
        corrected=corrected,
    )
    learned = learn_from_pdf(data, drawn.pages, validated, "Issuer", "")
    assert learned is not None
    (folder / "learned.yml").write_text(learned.yaml_text, "utf-8")
    return yaml.safe_load(learned.yaml_text)


def test_a_layout_hesitating_between_values_is_answered_by_the_template_reading_one(tmp_path):
    """Two labels name the number for the layout ("LS1 or CN-0433"): the template, anchored on
    the label a person confirmed, reads one of them; that one is taken, nothing left to doubt."""
    learn_family(tmp_path, "uk_agency_no_advice", frozenset())
    data, drawn = family_pdf("uk_agency_no_advice", 3)
    invoice = parse_pdf(data, "3.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.invoice_number == drawn.truth["invoice_number"]
    assert not [p for p in invoice.problems if p.startswith("invoice_number")]


@pytest.mark.parametrize(
    ("mistake", "doubted"),
    [(None, False), ("Another Company Ltd", True)],
    ids=["the-mistake-corrected-made-again", "another-reading"],
)
def test_a_corrected_field_the_layout_reads_otherwise_goes_to_review_unless_the_same_mistake(
    tmp_path, mistake: str | None, doubted: bool
):
    """The layout takes the seller's block for the debtor's on this layout; a person corrected
    the name. The seller's name again holds nothing against the template; any other reading is
    a disagreement a person settles, the template's value shown."""
    template = learn_family(tmp_path, "uk_agency", frozenset({"debtor.name"}))
    assert template["relance"]["misread"] == {"debtor.name": {"text": "Northwind Creative Ltd"}}
    if mistake:
        template["relance"]["misread"]["debtor.name"]["text"] = mistake
        (tmp_path / "learned.yml").write_text(template_yaml(template, ""), "utf-8")
    data, drawn = family_pdf("uk_agency", 1)
    invoice = parse_pdf(data, "1.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.debtor.name == drawn.truth["debtor"]["name"]  # type: ignore[index]
    disagreement = [p for p in invoice.problems if p.startswith("debtor.name: learned template")]
    assert bool(disagreement) == doubted


def _folio(number: str, guest: str, payer: tuple[str, str, str]) -> bytes:
    """A hotel's folio: the payer unlabelled in the window, the guest at `Client :` (which the
    layout takes for the debtor's labelled block)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    pen.text(40, 40, "Hôtel du Lac", 12, bold=True)
    pen.text(40, 54, "2 quai du Lac - 74000 Annecy", 8)
    pen.lines(330, 130, list(payer), 10, 13)
    pen.text(40, 200, f"FACTURE N° {number}", 12, bold=True)
    pen.text(40, 216, "Date : 04/03/2026")
    pen.text(40, 230, f"Client : {guest}")
    pen.text(40, 244, "Chambre : 12")
    pen.text(330, 400, "Net à payer")
    pen.right(550, 400, "1 234,55 €")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_name_corrected_where_no_label_anchors_it_is_offered_from_where_a_person_showed_it(
    tmp_path,
):
    payer = ("Société Transalp SAS", "12 rue des Alpes", "38000 Grenoble")
    first = _folio("F-2026-042", "M. Alain Sorel", payer)
    truth = Validated("F-2026-042", Decimal("1234.55"), "EUR", date(2026, 3, 4),
                      debtor_name=payer[0], corrected=frozenset({"debtor.name"}))  # fmt: skip
    learned = learn_from_pdf(first, (), truth, "Hôtel du Lac", "")
    assert learned is not None and "debtor.name" not in learned.fields
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    later = _folio(
        "F-2026-057", "Mme Lise Arnaud", ("Cabinet Morel", "3 place Grenette", "38000 Grenoble")
    )
    [invoice] = parse_pdf(later, "later.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert invoice.debtor.name == "Cabinet Morel"
    assert any("read wrong here before" in problem for problem in invoice.problems)
