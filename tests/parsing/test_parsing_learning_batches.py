"""Learned templates and batch files (several invoices in one PDF): what a person corrects on
one invoice of a batch teaches the template of that invoice's own pages, and a batch the
layout cannot cut (a number's label it does not know, no "page 1/2") is cut where the learned
template reads another invoice number; a date printed alone under the number is anchored on
it."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import ParseOptions, parse_pdf
from parsing.learn import Validated, learn_from_pdf, template_yaml
from tests.parsing.generator.render import Pen
from tests.parsing.learning_layouts4 import layout_file
from tests.parsing.learning_layouts4.data import Truth

CORE = frozenset({"invoice_number", "issue_date", "due_date", "total_due", "debtor.name"})
Ride = tuple[str, str, str]  # number, amount printed, debtor


def _rides(rides: list[Ride | None]) -> bytes:
    """A taxi firm's month: one page per ride, its number at `Folio :` (a label the layout
    does not read as an invoice number's); None: a page of details with no number."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    for ride in rides:
        pen.text(40, 40, "Taxis Rhénans", 12, bold=True)
        pen.text(40, 54, "8 rue de la Gare 68100 Mulhouse", 8)
        if ride is None:
            pen.text(40, 200, "Détail du trajet : Mulhouse gare - Colmar hôpital, 42 km")
        else:
            number, amount, debtor = ride
            pen.lines(330, 120, [debtor, "Service achats", "4 rue Pasteur", "68000 Colmar"], 10)
            pen.text(40, 200, "Course du 12/03/2026")
            pen.text(40, 214, f"Folio : {number}")
            pen.text(40, 228, "Émis le 14/03/2026")
            pen.text(330, 400, "Montant TTC")
            pen.right(550, 400, f"{amount} €")
            pen.text(40, 430, "À régler avant le 13/04/2026")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


FIRST: list[Ride | None] = [
    ("A-10042", "120,00", "Clinique Saint-Luc"),
    ("A-10043", "80,50", "Garage Roth"),
    ("A-10044", "99,90", "Mairie de Rixheim"),
]
RIDE = Validated(
    "A-10042", Decimal("120.00"), "EUR", date(2026, 3, 14), date(2026, 4, 13),
    "Clinique Saint-Luc", corrected=CORE,
)  # fmt: skip


def _learn_rides(folder: Path) -> dict:
    learned = learn_from_pdf(_rides(FIRST), (1, 2, 3), RIDE, "Taxis Rhénans", "")
    assert learned is not None
    (folder / "learned.yml").write_text(learned.yaml_text, "utf-8")
    return yaml.safe_load(learned.yaml_text)


def test_an_invoice_recorded_with_the_pages_of_its_batch_teaches_from_the_page_printing_it(
    tmp_path,
):
    """Intake could not cut the batch: its one record covers the three rides. The number's
    label reads three values there and anchors nothing; on the page printing the corrected
    number it anchors."""
    template = _learn_rides(tmp_path)
    assert "Folio" in template["fields"]["invoice_number"]
    assert template["relance"]["learned_from"] == "A-10042"


def test_a_batch_the_layout_cannot_cut_is_cut_where_the_learned_template_reads_a_new_number(
    tmp_path,
):
    _learn_rides(tmp_path)
    rides = [
        ("A-10101", "45,00", "Hôtel du Parc"),
        ("A-10102", "1 245,30", "SARL Weber"),
        ("A-10103", "61,20", "Mme Anne Roth"),
        ("A-10104", "9,90", "M. Paul Henry"),
    ]
    records = parse_pdf(_rides(rides), "next.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert [r.pages for r in records] == [(1,), (2,), (3,), (4,)]
    read = [(r.invoice_number, r.total_due, r.debtor.name, r.problems) for r in records]
    assert read == [(n, Decimal(a.replace(" ", "").replace(",", ".")), d, ()) for n, a, d in rides]


def test_a_page_where_the_learned_template_reads_no_number_stays_with_the_invoice_before(
    tmp_path,
):
    _learn_rides(tmp_path)
    rides = [("A-10201", "45,00", "Hôtel du Parc"), None, ("A-10202", "61,20", "Mme Anne Roth")]
    records = parse_pdf(_rides(rides), "next.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert [(r.pages, r.invoice_number) for r in records] == [((1, 2), "A-10201"),
                                                              ((3,), "A-10202")]  # fmt: skip


def test_without_a_learned_template_the_uncut_batch_is_one_record_held_for_review():
    [record] = parse_pdf(_rides(FIRST), "first.pdf", ParseOptions())
    assert record.pages == (1, 2, 3) and record.problems


def _validated(t: Truth) -> Validated:
    return Validated(
        t.number, t.total_due, t.currency, t.issued, t.due, t.debtor.name, corrected=CORE
    )


def test_an_invoice_typed_by_hand_from_a_batch_teaches_the_template_of_its_own_pages(tmp_path):
    """A person types the second invoice of a plumber's batch without saying on which page it
    is: the template is learned from the page printing its number, and reads the next batch."""
    data, truths = layout_file("plombier_lots", 0)
    learned = learn_from_pdf(data, (), _validated(truths[1]), "Klein", "")
    assert learned is not None
    assert yaml.safe_load(learned.yaml_text)["relance"]["learned_from"] == truths[1].number
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    data, truths = layout_file("plombier_lots", 1)
    records = parse_pdf(data, "next.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert [(r.invoice_number, r.total_due) for r in records] == [
        (t.number, t.total_due) for t in truths
    ]


@pytest.mark.parametrize(
    ("invoice", "pages"),
    [(1, ()), (0, ()), (0, (1, 2))],
    ids=["second-typed-by-hand", "first-typed-by-hand", "first-kept-with-the-statement"],
)
def test_an_owner_statement_before_the_invoices_teaches_nothing_the_invoice_page_does(
    invoice: int, pages: tuple[int, ...]
):
    """The statement lists the invoices' numbers under `Pièce`; an invoice typed by hand, or
    recorded by intake with the statement's page, is learned at its own `Numéro :` label,
    not at the statement's column."""
    data, truths = layout_file("syndic_releve", 0)
    learned = learn_from_pdf(data, pages, _validated(truths[invoice]), "Vauban", "")
    assert learned is not None
    assert "Numéro" in learned.keywords and "Pièce" not in learned.keywords


def test_a_date_printed_alone_under_the_number_is_learned_anchored_on_the_number(tmp_path):
    """`N° NC-2026-910` over `12 mars 2026` in a box, no label for the date."""
    data, truths = layout_file("conseil_pages", 0)
    learned = learn_from_pdf(data, truths[0].pages, _validated(truths[0]), "Numéris", "")
    assert learned is not None and "issue_date" in learned.fields
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    data, truths = layout_file("conseil_pages", 2)
    [record] = parse_pdf(data, "next.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert record.issue_date == truths[0].issued


def test_a_number_learned_on_its_shape_alone_cuts_no_batch(tmp_path):
    """A number printed alone, anchored on its shape only: an item's reference on a next page
    may share the shape, so the template cuts nothing; the uncut record still goes to review."""
    template = _learn_rides(tmp_path)
    template["fields"]["invoice_number"] = r"(?<!\S)([A-Z]-\d{4,6})(?!\S)"
    (tmp_path / "learned.yml").write_text(template_yaml(template, ""), "utf-8")
    rides = [("A-10301", "45,00", "Hôtel du Parc"), ("A-10302", "61,20", "Mme Anne Roth")]
    records = parse_pdf(_rides(rides), "next.pdf", ParseOptions(template_dirs=(tmp_path,)))
    assert [r.pages for r in records] == [(1, 2)]
    assert records[0].problems


def _long_rides(rides: list[tuple[str, str, str, int]]) -> bytes:
    """The taxi firm's rides with a table of `count` trips each, running onto a second page
    past about thirty (no "page 1/2" printed)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    pen = Pen(canvas)
    for number, amount, debtor, count in rides:
        pen.text(40, 40, "Taxis Rhénans", 12, bold=True)
        pen.lines(330, 120, [debtor, "4 rue Pasteur", "68000 Colmar"], 10)
        pen.text(40, 214, f"Folio : {number}")
        pen.text(40, 228, "Émis le 14/03/2026")
        y = 280
        for trip in range(count):
            if y > 760:
                canvas.showPage()
                y = 60
            pen.text(40, y, f"Course {trip + 1} Mulhouse - Colmar")
            pen.right(550, y, "12,00")
            y += 14
        pen.text(330, y + 20, "Montant TTC")
        pen.right(550, y + 20, f"{amount} €")
        pen.text(40, y + 50, "À régler avant le 13/04/2026")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_an_invoice_running_onto_a_second_page_of_an_uncut_batch_stays_whole(tmp_path):
    first = [("A-10042", "120,00", "Clinique Saint-Luc", 3), ("A-10043", "80,50", "Garage", 40)]
    learned = learn_from_pdf(_long_rides(first), (1, 2, 3), RIDE, "Taxis Rhénans", "")
    assert learned is not None
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    rides = [("A-10101", "45,00", "Hôtel du Parc", 45), ("A-10102", "1 245,30", "SARL Weber", 1),
             ("A-10103", "61,20", "Mme Anne Roth", 50)]  # fmt: skip
    records = parse_pdf(_long_rides(rides), "next.pdf", ParseOptions(template_dirs=(tmp_path,)))
    read = [(r.pages, r.invoice_number, r.total_due, r.problems) for r in records]
    assert read == [
        ((1, 2), "A-10101", Decimal("45.00"), ()),
        ((3,), "A-10102", Decimal("1245.30"), ()),
        ((4, 5), "A-10103", Decimal("61.20"), ()),
    ]
