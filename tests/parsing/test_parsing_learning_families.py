"""Learning from one correction on the layouts that make it hard: labels over values in a column
beside an address, long invoices over several pages, deductions before the amount due, credit
notes printed positive, condensed two-page bills (tests/parsing/learning_families.py)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from invoice2data.extract.loader import read_templates
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import ParseOptions, parse_pdf
from parsing.chain import read_document
from parsing.learn import Validated, derive_template, learn_from_pdf, template_yaml
from tests.parsing.generator.render import Pen, fr_amount
from tests.parsing.learning_families import FAMILIES, Drawn, family_pdf
from tests.parsing.learning_layout import ISSUER, learning_pdf

CORE = ("invoice_number", "issue_date", "due_date", "total_due", "currency", "debtor.name")


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None


def validated(drawn: Drawn, corrected: frozenset[str] = frozenset()) -> Validated:
    t = drawn.truth
    return Validated(
        invoice_number=str(t["invoice_number"]),
        total_due=abs(Decimal(str(t["total_due"]))),
        currency=str(t["currency"]),
        issue_date=_day(t["issue_date"]),
        due_date=_day(t["due_date"]),
        debtor_name=t["debtor"]["name"],  # type: ignore[index]
        corrected=corrected,
        credit_note=drawn.credit_note,
    )


def core(invoice: object) -> dict[str, object]:
    record = invoice.to_record()  # type: ignore[attr-defined]
    return {
        **{name: record[name] for name in CORE if "." not in name},
        "debtor.name": record["debtor"]["name"],
    }


def expected(drawn: Drawn) -> dict[str, object]:
    t = drawn.truth
    return {**{n: t[n] for n in CORE if "." not in n}, "debtor.name": t["debtor"]["name"]}  # type: ignore[index]


def learn(folder: Path, family: str, seed: int = 0, **options: object) -> Path:
    """Learn from `seed` as the admin does: the fields the layout read wrong are the corrected."""
    data, drawn = family_pdf(family, seed, **options)
    layout = core(parse_pdf(data, "first.pdf", ParseOptions())[0])
    corrected = frozenset(n for n, v in expected(drawn).items() if layout[n] != v)
    learned = learn_from_pdf(data, drawn.pages, validated(drawn, corrected), family, "test")
    assert learned is not None
    path = folder / f"{family}.yml"
    path.write_text(learned.yaml_text, "utf-8")
    return path


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_after_one_correction_each_next_invoice_it_reads_is_right_or_sent_to_review(
    tmp_path, family
):
    """The others (invoices, when it learned from a credit note) read as without learning."""
    learn(tmp_path, family)
    for seed in range(1, 7):
        data, drawn = family_pdf(family, seed)
        invoice = parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
        if invoice.source != f"template:{family}":
            assert invoice == parse_pdf(data, f"{seed}.pdf", ParseOptions())[0]
            continue
        flagged = bool(invoice.problems) or invoice.confidence < 0.6
        assert flagged or core(invoice) == expected(drawn), (seed, invoice.problems)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_invoice2data_itself_loads_each_family_template_and_matches_the_next_page(tmp_path, family):
    learn(tmp_path, family)
    (template,) = read_templates(str(tmp_path))
    data, _ = family_pdf(family, 4 if family != "uk_agency_credit_first" else 3)
    pages, _ = read_document(data, ParseOptions())
    assert template.matches_input(template.prepare_input("\n".join(p.text for p in pages)))


@pytest.mark.parametrize(("family", "seed"), [("uk_agency", 3), ("uk_agency_credit_first", 1)])
def test_the_layout_of_the_other_kind_is_read_with_its_debtor_from_a_second_anchor(
    tmp_path, family: str, seed: int
):
    """Learned from an invoice, read a credit note of the layout (or the other way round): its
    labels name the other kind, and its debtor's name, learned at the payment advice that
    credit notes lack, is read under the title, the name's second anchor."""
    learn(tmp_path, family)
    data, drawn = family_pdf(family, seed)
    assert drawn.credit_note != (family == "uk_agency_credit_first")
    invoice = parse_pdf(data, "other.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.source == f"template:{family}"
    assert core(invoice) == expected(drawn)


def test_a_value_under_its_label_is_found_past_a_line_of_the_address_beside_it(tmp_path):
    """ "Invoice Number" over its value, an address line of the next column printed between
    them; the next debtors' addresses have other lengths."""
    learn(tmp_path, "uk_agency")
    fields = yaml.safe_load((tmp_path / "uk_agency.yml").read_text("utf-8"))["fields"]
    regexes = fields["invoice_number"]
    regexes = [regexes] if isinstance(regexes, str) else regexes
    assert any("(?:Invoice|Credit\\s+Note)\\s+Number" in regex for regex in regexes)
    for seed in (1, 2, 4):
        data, drawn = family_pdf("uk_agency", seed)
        invoice = parse_pdf(data, "n.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
        assert invoice.invoice_number == drawn.truth["invoice_number"]
        assert not [p for p in invoice.problems if p.startswith("invoice_number")]


def test_a_number_printed_again_on_a_following_page_is_not_the_anchor():
    """Learned from a three-page invoice ("Invoice INV-1954 (continued)" on pages 2 and 3), the
    number is read where one-page invoices print it too."""
    data, drawn = family_pdf("uk_agency", 0)
    assert drawn.pages == (1, 2, 3)
    pages, _ = read_document(data, ParseOptions())
    template = derive_template(pages, validated(drawn), ISSUER)
    assert template is not None
    assert "continued" not in str(template["fields"]["invoice_number"])
    assert "Invoice Number" in template["keywords"]


def test_the_debtor_under_the_title_is_learned_without_a_label(tmp_path):
    learn(tmp_path, "uk_agency", advice=False)
    template = yaml.safe_load((tmp_path / "uk_agency.yml").read_text("utf-8"))
    assert "debtor.name" in template["relance"]["corrected"]
    assert "INVOICE" in str(template["fields"]["debtor_name"])


def test_a_corrected_field_the_layout_misread_and_no_label_anchors_sends_the_next_to_review(
    tmp_path,
):
    """No title over the debtor's name: nothing anchors it, and the layout, which took the
    seller's name for it, is not trusted with it silently on the next invoices."""
    learn(tmp_path, "uk_agency", title=False, advice=False)
    template = yaml.safe_load((tmp_path / "uk_agency.yml").read_text("utf-8"))
    assert "debtor_name" not in template["fields"]
    assert template["relance"]["unread"] == ["debtor.name"]
    data, _ = family_pdf("uk_agency", 2, title=False, advice=False)
    invoice = parse_pdf(data, "2.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert "debtor.name: read wrong here before, learned template uk_agency cannot read it" in (
        invoice.problems
    )


def test_a_template_learned_from_a_credit_note_reads_the_next_ones_negative(tmp_path):
    """Printed positive and not titled so that the layout sees it: the person said credit note."""
    data, t = learning_pdf(0)
    truth = Validated(t.number, t.total, issue_date=t.issued, due_date=t.due, credit_note=True)
    learned = learn_from_pdf(data, (1,), truth, ISSUER, "")
    assert learned is not None and "credit_note: true" in learned.yaml_text
    (tmp_path / "avr.yml").write_text(learned.yaml_text, "utf-8")
    data, t = learning_pdf(3)
    invoice = parse_pdf(data, "3.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.is_credit_note and invoice.total_due == invoice.total == -t.total
    assert not [p for p in invoice.problems if p.startswith("total") or "negative" in p]


def test_a_page_of_another_layout_is_read_as_if_nothing_had_been_learned(tmp_path):
    learn(tmp_path, "uk_agency")
    data, _ = family_pdf("belgian_print", 2)
    alone = parse_pdf(data, "b.pdf", ParseOptions())[0]
    taught = parse_pdf(data, "b.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert replace(taught, file="") == replace(alone, file="")


def deposit_pdf(total: Decimal, deposit: Decimal) -> bytes:
    """An invoice whose amount due is printed as "Total TTC" alone, unless a deposit is
    deducted below it."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    pen.lines(40, 40, ["Menuiserie Vauban", "3 rue Vauban", "67000 Strasbourg"], 9, 12)
    pen.lines(320, 120, ["Garage des Lilas", "12 rue des Lilas", "69003 Lyon"], 10, 13)
    rows = [("Facture n°", "F-2026-0042"), ("Date", "03/11/2026"), ("Échéance", "03/12/2026")]
    for index, (label, value) in enumerate(rows):
        pen.text(40, 200 + 14 * index, label)
        pen.text(150, 200 + 14 * index, value)
    rows = [("Total TTC", fr_amount(total))]
    if deposit:
        rows += [
            ("Acompte versé", fr_amount(-deposit)),
            ("Reste à payer", fr_amount(total - deposit)),
        ]
    for index, (label, value) in enumerate(rows):
        pen.text(330, 400 + 14 * index, label)
        pen.right(550, 400 + 14 * index, value)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_template_anchored_on_the_total_reads_what_is_still_due_after_a_deposit(tmp_path):
    """Learned where nothing was deducted (the amount due printed as the total), with the
    amount corrected: the template learns the family of still-due labels with it, so on an
    invoice with a deposit it reads "Reste à payer", not the total, and the layout agrees."""
    data = deposit_pdf(Decimal("1200.00"), Decimal(0))
    pages, _ = read_document(data, ParseOptions())
    truth = Validated("F-2026-0042", Decimal("1200.00"), issue_date=date(2026, 11, 3),
                      due_date=date(2026, 12, 3), corrected=frozenset({"total_due"}))  # fmt: skip
    template = derive_template(pages, truth, ISSUER)
    assert template is not None and "Total" in template["fields"]["amount_due"][0]
    (tmp_path / "dep.yml").write_text(template_yaml(template, ""), "utf-8")
    for deposit, due in ((Decimal("400.00"), Decimal("800.00")), (Decimal(0), Decimal("1200"))):
        data = deposit_pdf(Decimal("1200.00"), deposit)
        invoice = parse_pdf(data, "d.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
        assert (invoice.total_due, invoice.source, invoice.problems) == (due, "template:dep", ())


def test_an_amount_due_printed_under_another_label_costs_the_template_none_of_its_fields(
    tmp_path,
):
    """Learned where nothing was deducted ("Montant à payer"); the next bill deducts the
    instalments already taken ("Reste à payer"): the direct-debit date, which only the template
    reads right, is still read, and the layout gives the amount."""
    learn(tmp_path, "utility_bill")
    template = yaml.safe_load((tmp_path / "utility_bill.yml").read_text("utf-8"))
    assert "Montant" in template["fields"]["amount_due"]
    assert template["required_fields"] == ["invoice_number"]
    data, drawn = family_pdf("utility_bill", 1)
    invoice = parse_pdf(data, "1.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert core(invoice) == expected(drawn)
    assert invoice.problems == ()


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Pièce comptable  AVR/26/00042", ["AVR/26/00042"]),
        ("Pièce comptable : AVR/26/00042", ["AVR/26/00042"]),
        ("Pièce comptable .......... AVR/26/00042", ["AVR/26/00042"]),
        ("Pièce comptable  suivie par  M4 6BF", []),
        ("Pièce comptable jointe au dossier 2026-17", []),
    ],
)
def test_between_a_label_and_its_value_stands_no_other_word(line, read):
    """A label found inside a longer line (a column beside it, a sentence) reaches no value
    further on."""
    data, _ = learning_pdf(0)
    pages, _ = read_document(data, ParseOptions())
    _, t = learning_pdf(0)
    truth = Validated(t.number, t.total, issue_date=t.issued, due_date=t.due)
    template = derive_template(pages, truth, ISSUER)
    assert template is not None
    assert re.findall(template["fields"]["invoice_number"], f"{line}\n") == read
