"""The sixth blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from .generator import generate
from .layouts import LAYOUTS
from .selfcheck import check_all


@pytest.mark.parametrize("layout", [layout.key for layout in LAYOUTS])
def test_each_layout_prints_the_truth_it_claims(layout: str, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 7], layouts=[layout])
    assert expected
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize("layout", ["fr_geometre", "fr_obseques"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-003.pdf").read_bytes()


def test_the_set_holds_ten_designers_mostly_french_from_two_producers_and_200_invoices() -> None:
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS) >= 10
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert sum(layout.seeds for layout in LAYOUTS) >= 200
    french = [layout for layout in LAYOUTS if layout.country == "FR"]
    assert len(french) * 2 > len(LAYOUTS)


@pytest.mark.parametrize(("layout", "seed"), [("fr_renovation", 4), ("uk_garden", 5)])
def test_a_credit_note_printed_either_way_is_negative_in_the_truth(
    layout: str, seed: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].credit_note
    assert expected[0].truth["total_due"].startswith("-")
    assert expected[0].truth["due_date"] is None


def test_terms_without_a_printed_date_give_the_contract_s_date(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[1], layouts=["fr_renovation"])
    truth = expected[0].truth
    assert truth["due_rule"] == "45 jours fin de mois"
    assert truth["due_date"].endswith(("-28", "-29", "-30", "-31"))


def test_a_schedule_makes_the_first_debit_the_due_date_and_the_whole_the_amount(
    tmp_path: Path,
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[2], layouts=["fr_club_voile"])
    truth = expected[0].truth
    assert truth["due_date"].endswith("-05")
    assert check_all(tmp_path, expected) == []


def test_a_batch_file_holds_two_relevés_one_per_page(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[5], layouts=["fr_sap_reunion"])
    assert [(item.file, item.pages) for item in expected] == [
        ("fr_sap_reunion-005.pdf", (1,)),
        ("fr_sap_reunion-005.pdf", (2,)),
    ]


def test_a_long_invoice_runs_over_two_pages(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[2], layouts=["uk_garden"])
    assert expected[0].pages == (1, 2)


def test_the_set_refuses_to_draw_scans(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, ("scans",))
