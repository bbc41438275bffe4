"""The third blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from .generator import generate
from .layouts import LAYOUTS
from .selfcheck import check_all


@pytest.mark.parametrize("layout", [layout.key for layout in LAYOUTS])
def test_each_layout_prints_the_truth_it_claims(layout: str, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 5], layouts=[layout])
    assert expected
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize("layout", ["fr_caviste", "fr_regie"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-003.pdf").read_bytes()


def test_the_set_holds_ten_layouts_from_two_producers_and_about_two_hundred_invoices() -> None:
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS) >= 10
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert sum(layout.seeds for layout in LAYOUTS) >= 200


def test_a_batch_layout_puts_several_invoices_in_one_file(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 1, 2], layouts=["fr_nettoyage"])
    assert {item.file for item in expected} == {"fr_nettoyage-000.pdf"}
    assert [item.pages for item in expected] == [(1,), (2,), (3,)]


def test_the_haulier_and_the_it_firm_print_invoices_over_several_pages(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0], layouts=["fr_transport", "fr_regie"])
    assert all(len(item.pages) >= 2 for item in expected)


def test_a_credit_note_is_negative_in_the_truth(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[4], layouts=["fr_hotel"])
    assert expected[0].credit_note
    assert expected[0].truth["total_due"].startswith("-")
    assert expected[0].truth["due_date"] is None


@pytest.mark.parametrize("subsets", [("scans",), ("text", "scans")])
def test_the_set_refuses_to_draw_scans(subsets: tuple[str, ...], tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, subsets)
