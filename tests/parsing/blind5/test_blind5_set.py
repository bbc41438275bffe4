"""The fifth blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

import re
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


@pytest.mark.parametrize("layout", ["uk_letting", "fr_ehpad"])
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


@pytest.mark.parametrize(("layout", "seed"), [("fr_fournitures", 4), ("de_verlag", 6)])
def test_a_credit_note_printed_positive_is_negative_in_the_truth(
    layout: str, seed: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].credit_note
    assert expected[0].truth["total_due"].startswith("-")
    assert expected[0].truth["due_date"] is None


def test_an_invoice_deducting_an_earlier_credit_note_stays_a_positive_invoice(
    tmp_path: Path,
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[2], layouts=["fr_fournitures"])
    assert expected[0].deduction and not expected[0].credit_note
    assert not expected[0].truth["total_due"].startswith("-")


def test_the_school_schedule_makes_the_first_debit_the_due_date(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[1], layouts=["fr_ecole"])
    assert expected[0].truth["due_date"].startswith("2026-10-")


@pytest.mark.parametrize(("seed", "rotate"), [(0, True), (1, False)])
def test_the_caterer_stores_its_page_turned_with_or_without_rotate(
    seed: int, rotate: bool, tmp_path: Path
) -> None:
    generate(tmp_path, ("text",), seeds=[seed], layouts=["fr_traiteur"])
    data = (tmp_path / "text" / f"fr_traiteur-{seed:03d}.pdf").read_bytes()
    assert (re.search(rb"/Rotate 90", data) is not None) == rotate
    assert re.search(rb"/MediaBox \[ 0 0 841\.\d+ 595\.\d+ \]", data)


def test_the_set_refuses_to_draw_scans(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, ("scans",))
