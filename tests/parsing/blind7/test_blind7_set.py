"""The seventh blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from .generator import generate
from .layouts import LAYOUTS
from .selfcheck import check_all
from .wording import end_of_month_then


@pytest.mark.parametrize("layout", [layout.key for layout in LAYOUTS])
def test_each_layout_prints_the_truth_it_claims(layout: str, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 7], layouts=[layout])
    assert expected
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize("layout", ["fr_hopital", "fr_infogerance"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-003.pdf").read_bytes()


def test_the_set_holds_ten_designers_from_two_producers_and_two_hundred_invoices() -> None:
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS) >= 10
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert sum(layout.seeds for layout in LAYOUTS) >= 200


@pytest.mark.parametrize(
    ("layout", "seed"),
    [("fr_infogerance", 5), ("be_bilingue", 4), ("ie_catering", 15), ("it_ceramiche", 9)],
)
def test_a_credit_note_printed_positive_is_negative_in_the_truth(
    layout: str, seed: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].credit_note
    assert expected[0].truth["total_due"].startswith("-")
    assert expected[0].truth["due_date"] is None


@pytest.mark.parametrize(
    ("issue", "days", "on", "due"),
    [
        (dt.date(2026, 7, 13), 30, 10, dt.date(2026, 9, 10)),
        (dt.date(2026, 1, 31), 45, None, dt.date(2026, 3, 31)),
        (dt.date(2026, 11, 20), 30, 10, dt.date(2027, 1, 10)),
    ],
)
def test_terms_at_the_end_of_the_month_give_the_due_date(
    issue: dt.date, days: int, on: int | None, due: dt.date
) -> None:
    assert end_of_month_then(issue, days, on) == due


@pytest.mark.parametrize(
    ("layout", "seed", "terms"),
    [
        ("es_aceites", 3, "Conditions : 30 jours fin de mois le 10"),
        ("fr_infogerance", 3, "Conditions : 60 jours date de facture"),
        ("fr_paysagiste", 1, "Règlement à réception de facture"),
    ],
)
def test_a_due_date_from_terms_alone_is_computed_and_its_terms_are_printed(
    layout: str, seed: int, terms: str, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert getattr(expected[0], "terms", None) == terms
    assert expected[0].truth["due_date"] is not None
    assert check_all(tmp_path, expected) == []


def test_the_rental_print_run_holds_two_invoices_one_page_each(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[5], layouts=["fr_location"])
    assert [item.pages for item in expected] == [(1,), (2,)]
    assert expected[0].truth["invoice_number"] != expected[1].truth["invoice_number"]


@pytest.mark.parametrize(("layout", "seed"), [("fr_hopital", 1), ("fr_demenagement", 3)])
def test_a_two_page_invoice_covers_both_pages(layout: str, seed: int, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].pages == (1, 2)


def test_the_set_refuses_to_draw_scans(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, ("scans",))
