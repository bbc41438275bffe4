"""The fourth blind set generates, deterministically, and its truth is printed on its pages."""

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


@pytest.mark.parametrize("layout", ["fr_notaire", "fr_kine"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-003.pdf").read_bytes()


def test_the_set_holds_eight_layouts_from_two_producers_and_over_a_hundred_invoices() -> None:
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS) >= 8
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert sum(layout.seeds for layout in LAYOUTS) >= 120


def test_the_cooperative_prints_its_invoices_over_several_pages(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 1], layouts=["fr_coop"])
    assert all(len(item.pages) >= 2 for item in expected)


@pytest.mark.parametrize(("layout", "seed"), [("fr_abonnement", 4), ("de_schreiner", 5)])
def test_a_credit_note_is_negative_in_the_truth(layout: str, seed: int, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].credit_note
    assert expected[0].truth["total_due"].startswith("-")
    assert expected[0].truth["due_date"] is None


def test_the_set_refuses_to_draw_scans(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, ("scans",))
