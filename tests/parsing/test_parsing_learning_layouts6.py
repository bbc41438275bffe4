"""Learning from one correction on the sixth learning set (tests/parsing/learning_layouts6),
whose invoices vary from month to month; and the pieces that make it hold: a name that may
wrap in the learned window held with the line named, a template's one-line name agreeing with
the layout's wrapped one, a number's label ending with `n°` as the layout's keyword (not an
optional line's), a corrected field on an optional line left to the layout where it stands."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from parsing.learn import learn_from_pdf
from parsing.learned_place import place_of_name
from parsing.learned_wrap import wrapped_at_learned_place
from parsing.pdf import Cell, Line, Page
from parsing.record import ParsedDebtor
from tests.parsing.learning_layouts4.data import Truth
from tests.parsing.learning_layouts6 import LAYOUTS6, layout_file
from tests.parsing.test_parsing_learning_layouts5 import CORE, core, flagged, validated, wanted


def learn(folder: Path, layout: str, seed: int = 0, corrected: frozenset[str] = CORE) -> dict:
    data, truths = layout_file(layout, seed)
    first = truths[0]
    learned = learn_from_pdf(data, first.pages, validated(first, corrected), "Issuer", "test")
    assert learned is not None
    (folder / "learned.yml").write_text(learned.yaml_text, "utf-8")
    return yaml.safe_load(learned.yaml_text)


def read(folder: Path, layout: str, seed: int) -> list[tuple[object, Truth]]:
    from parsing import ParseOptions, parse_pdf

    data, truths = layout_file(layout, seed)
    records = parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(folder,)))
    by_page = {page: record for record in reversed(records) for page in record.pages}
    return [(by_page.get(t.pages[0]), t) for t in truths]


@pytest.mark.parametrize("layout", list(LAYOUTS6))
def test_after_one_correction_each_next_invoice_is_read_right_or_held(tmp_path, layout):
    learn(tmp_path, layout)
    for seed in (1, 4, 6, 7, 9, 11):
        for invoice, t in read(tmp_path, layout, seed):
            assert core(invoice) == wanted(t) or flagged(invoice), f"seed {seed} p{t.pages[0]}"


def test_a_name_that_may_wrap_under_where_a_person_confirmed_it_is_held_with_the_line_named(
    tmp_path,
):
    """`Comité d'Entreprise de la Société` / `Alsacienne de Constructions` / `Mécaniques`
    where a person confirmed a one-line name: the two lines under it hold no number nor an
    address's words, a street and a town follow; they may be the name's end, or a contact's
    or a building's lines (joining them lowered independent sets): held, the first named."""
    learn(tmp_path, "fournitures_avoirs")
    [(invoice, _t)] = read(tmp_path, "fournitures_avoirs", 1)
    assert "debtor.name: 'Alsacienne de Constructions' under it may go on with the name" in (
        invoice.problems
    )
    assert flagged(invoice)


def test_a_line_under_a_name_the_learned_window_would_have_held_on_one_line_is_doubted(tmp_path):
    """The learned name was wider than `Pupilles de l'Enseignement Public`: nothing wrapped
    `Public du Haut-Rhin` there, it may be a contact's or a building's line as well as the
    name's end: held, the line named."""
    learn(tmp_path, "transporteur_grille")
    [(invoice, _t)] = read(tmp_path, "transporteur_grille", 1)
    assert "debtor.name: 'Public du Haut-Rhin' under it may go on with the name" in (
        invoice.problems
    )
    assert flagged(invoice)


def test_a_templates_first_line_of_a_name_agrees_with_the_layouts_wrapped_name(tmp_path):
    """The laboratory's template anchors the name under `Patient / Assuré`, one line; the
    layout reads `Établissements Wolfberger Frères` and its next lines, wrapped from where a
    person confirmed the name: the same name, not a disagreement."""
    learned = learn(tmp_path, "laboratoire_parts")
    assert "debtor_name" in learned["fields"]
    [(invoice, t)] = read(tmp_path, "laboratoire_parts", 10)
    assert invoice.debtor.name == t.debtor.name
    assert not [p for p in invoice.problems if p.startswith("debtor.name")]


def test_a_number_label_ending_with_its_sign_is_the_keyword_not_an_optional_line(tmp_path):
    """`Note d'honoraires n°` names no field by its first words; the due date's `Échéance`
    does, but some months print terms instead: the number's label is the keyword, and the
    template reads the invoices printing terms too."""
    learned = learn(tmp_path, "architecte_honoraires")
    assert learned["keywords"] == ["Note d'honoraires n°"]
    [(invoice, t)] = read(tmp_path, "architecte_honoraires", 4)
    assert invoice.source.startswith("template:")
    assert core(invoice) == wanted(t)


def test_a_wrapped_name_a_person_corrected_is_learned_from_its_place(tmp_path):
    """The layout read `MME GENEVIÈVE DE LA TOUR` of a name wrapped onto `D'AUVERGNE`; the
    person's name starts there and wraps: its place (and its widest line) is learned, and the
    name is not one the template cannot read."""
    learned = learn(tmp_path, "syndic_lots", seed=2)
    assert learned["relance"]["debtor_at"]["x"] == 320
    assert "debtor.name" not in learned["relance"].get("unread", [])
    [first, second] = read(tmp_path, "syndic_lots", 9)
    for invoice, t in (first, second):
        assert core(invoice) == wanted(t) or flagged(invoice)


def _page(block: list[str]) -> Page:
    lines = tuple(
        Line(100.0 + 13 * row, (Cell(text, 330.0, 330.0 + 5.2 * len(text), 0, 10.0),))
        for row, text in enumerate(block)
    )
    return Page(1, 595.0, 842.0, lines)


@pytest.mark.parametrize(
    "second",
    [
        "Les Jardins de l'Ill",
        "M. Hervé Lutz",
        "Service Comptabilité",
        "À l'attention de Mme Roux",
        "Immeuble Quadrant",
        "BP 1207",
        "BELGIQUE",
    ],
)
def test_a_building_a_contact_an_office_or_a_box_under_the_name_is_not_the_names(second):
    template = {"relance": {"debtor_at": {"x": 330, "y": 100, "width": 60}}}
    page = _page(["SCI Lorh", second, "4 rue des Tanneurs", "68000 Colmar"])
    debtor = ParsedDebtor(name="SCI Lorh", street=f"{second}, 4 rue des Tanneurs")
    assert wrapped_at_learned_place(template, [page], debtor) is None


def test_a_name_learned_over_two_lines_keeps_its_first_lines_place_and_widest_line():
    page = _page(
        ["Communauté de Communes de la", "Vallée de Saint-Amarin", "1 rue X", "68000 Colmar"]
    )
    place = place_of_name(page, "Communauté de Communes de la Vallée de Saint-Amarin")
    assert place == {"x": 330, "y": 100, "width": round(5.2 * 28)}


@pytest.mark.parametrize(
    ("layout", "seed", "field"),
    [
        ("plombier_acompte", 2, "due_date"),
        ("ehpad_reste_a_charge", 2, "total_due"),
        ("fournitures_avoirs", 3, "total_due"),
    ],
    ids=["terms-instead-of-a-date", "reste-a-charge-after-an-apa-row", "credit-note-amount"],
)
def test_a_corrected_field_on_a_line_some_invoices_leave_out_is_the_layouts_there(
    tmp_path, layout, seed, field
):
    """A person corrected every field of the first invoice; the next prints terms instead of
    `Échéance :`, or `Reste à charge` after a deduction instead of `Total à payer`, or is a
    credit note's `Montant de l'avoir`: the template's regex finds nothing there, and the
    layout's reading (counted from the terms; under the total, the deduction accounted for;
    a credit note's whole amount) stands without a review."""
    learn(tmp_path, layout)
    [(invoice, t)] = read(tmp_path, layout, seed)
    assert core(invoice) == wanted(t)
    assert not [p for p in invoice.problems if p.startswith(field)]


def test_an_amount_due_the_template_cannot_find_is_held_when_the_layout_reads_the_total(tmp_path):
    """The laboratory's `Total des actes` is no total the layout knows: it reads the amount
    still due as the total too, nothing deducted that it can tell; the person corrected the
    amount once, and the template's `Montant dû` is not printed: held."""
    learn(tmp_path, "laboratoire_parts")
    [(invoice, _t)] = read(tmp_path, "laboratoire_parts", 1)
    assert "total_due: learned template learned found no single value" in invoice.problems
    assert flagged(invoice)
