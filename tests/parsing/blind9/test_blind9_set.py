"""The ninth blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.parsing.blind.selfcheck import page_text

from .generator import generate
from .layouts import LAYOUTS
from .selfcheck import check_all
from .wording import end_of_month


@pytest.mark.parametrize("layout", [layout.key for layout in LAYOUTS])
def test_each_layout_prints_the_truth_it_claims(layout: str, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 7], layouts=[layout])
    assert expected
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize("layout", ["fr_aide_seniors", "fr_avocats"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-003.pdf").read_bytes()


def test_the_set_holds_fourteen_designers_from_two_producers_and_three_hundred_invoices() -> None:
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS) >= 14
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert sum(layout.seeds for layout in LAYOUTS) >= 300


@pytest.mark.parametrize(
    ("layout", "seed"),
    [
        ("fr_avocats", 9),
        ("fr_auto_ecole", 19),
        ("fr_negoce", 3),
        ("uk_kennels", 8),
        ("be_toiture", 5),
        ("qc_deneigement", 12),
    ],
)
def test_a_credit_note_printed_positive_is_negative_in_the_truth(
    layout: str, seed: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].credit_note
    assert expected[0].truth["total_due"].startswith("-")
    assert expected[0].truth["due_date"] is None
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(("layout", "seed"), [("fr_auto_ecole", 5), ("fr_periscolaire", 7)])
def test_an_invoice_that_deducts_a_credit_note_stays_a_positive_invoice(
    layout: str, seed: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert not expected[0].credit_note
    assert any("déduit" in line for line in _labels(tmp_path, expected[0].file))
    assert not expected[0].truth["total_due"].startswith("-")


def _labels(folder: Path, name: str) -> list[str]:
    return page_text(folder / "text" / name, (1,)).splitlines()


@pytest.mark.parametrize(
    ("layout", "seed", "terms", "days", "month_end"),
    [
        ("fr_avocats", 0, "Payable à réception", 0, False),
        ("fr_pompes_funebres", 1, "Règlement à 30 jours date de facture", 30, False),
        ("fr_negoce", 1, "45 JOURS FIN DE MOIS", 45, True),
        ("us_hvac", 3, "Terms: Net 30", 30, False),
        ("ch_garage", 1, "Payable net à 30 jours", 30, False),
    ],
)
def test_a_due_date_from_terms_alone_is_computed_and_its_terms_are_printed(
    layout: str, seed: int, terms: str, days: int, month_end: bool, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    truth = expected[0].truth
    assert getattr(expected[0], "terms", None) == terms
    due = dt.date.fromisoformat(truth["issue_date"]) + dt.timedelta(days=days)
    assert truth["due_date"] == (end_of_month(due) if month_end else due).isoformat()
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(("layout", "seed"), [("fr_periscolaire", 4), ("lu_nettoyage", 6)])
def test_a_run_prints_two_invoices_in_one_file(layout: str, seed: int, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert [item.pages for item in expected] == [(1,), (2,)]
    assert expected[0].truth["invoice_number"] != expected[1].truth["invoice_number"]
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(
    ("layout", "seed"),
    [("fr_chauffagiste", 6), ("fr_pompes_funebres", 2), ("fr_negoce", 4), ("ch_garage", 5)],
)
def test_a_two_page_invoice_covers_both_pages(layout: str, seed: int, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].pages == (1, 2)
    assert check_all(tmp_path, expected) == []


def test_a_turned_page_still_prints_its_truth(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[3], layouts=["fr_veterinaire"])
    assert b"/Rotate 90" in (tmp_path / "text" / "fr_veterinaire-003.pdf").read_bytes()
    assert check_all(tmp_path, expected) == []


def test_the_self_check_names_a_value_the_page_does_not_print(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0], layouts=["uk_kennels"])
    wrong = expected[0].truth | {"invoice_number": "NOT-PRINTED-1"}
    problems = check_all(tmp_path, [dataclasses.replace(expected[0], truth=wrong)])
    assert any("NOT-PRINTED-1" in problem for problem in problems)


def test_the_set_refuses_to_draw_scans(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, ("scans",))
