"""The second blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.blind.selfcheck import page_text

from .generator import SCAN_LAYOUTS, generate
from .layouts import LAYOUTS
from .selfcheck import check_all


@pytest.mark.parametrize("layout", [layout.key for layout in LAYOUTS])
def test_each_layout_prints_the_truth_it_claims(layout: str, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0], layouts=[layout])
    assert expected
    assert check_all(tmp_path, expected) == []


def test_a_scan_holds_no_text_and_its_source_prints_the_truth(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("scans",), seeds=[0], layouts=[SCAN_LAYOUTS[0]])
    assert [item.subset for item in expected] == ["scans"]
    assert check_all(tmp_path, expected) == []
    assert page_text(tmp_path / "scans" / expected[0].file, expected[0].pages).strip() == ""


@pytest.mark.parametrize("layout", ["fr_garage", "fr_syndic"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[5], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[5], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-005.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-005.pdf").read_bytes()


def test_the_set_holds_at_least_twelve_layouts_and_two_producers() -> None:
    assert len(LAYOUTS) >= 12
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS)
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert all(layout.seeds >= 20 for layout in LAYOUTS)


def test_a_batch_layout_puts_several_invoices_in_one_file(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 1, 2, 3], layouts=["fr_creche"])
    assert {item.file for item in expected} == {"fr_creche-000.pdf"}
    assert [item.pages for item in expected] == [(1,), (2,), (3,), (4,)]
