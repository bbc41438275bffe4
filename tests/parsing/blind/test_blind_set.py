"""The blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from .generator import generate
from .layouts import LAYOUTS
from .model import Expected
from .scans import SCAN_LAYOUTS
from .scoring import FIELDS, score
from .selfcheck import check_all, page_text


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


def test_the_same_seed_draws_the_same_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=["fr_logiciel"])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=["fr_logiciel"])
    first = (tmp_path / "a" / "text" / "fr_logiciel-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / "fr_logiciel-003.pdf").read_bytes()


def test_the_set_holds_at_least_twelve_layouts_of_twenty_invoices() -> None:
    assert len(LAYOUTS) >= 12
    assert all(layout.seeds >= 20 for layout in LAYOUTS)


def record_of(item: Expected, **changes: object) -> dict[str, object]:
    record = {"file": f"/tmp/{item.file}", "pages": list(item.pages), **item.truth}
    record |= {"confidence": 0.9, "problems": []} | changes
    return record


def test_records_equal_to_the_truth_score_every_field_exact(tmp_path: Path) -> None:
    expected = generate(
        tmp_path, ("text",), seeds=[0, 1], layouts=["fr_grossiste", "be_imprimerie"]
    )
    result = score(expected, [record_of(item) for item in expected]).as_json()
    assert set(result["exact"].values()) == {1.0}
    assert len(result["exact"]) == len(FIELDS)
    assert result["wrong_silent"] == 0
    assert result["records_missing"] == 0


def test_a_wrong_amount_without_problems_counts_as_silent_and_a_missing_record_as_missing(
    tmp_path: Path,
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 1], layouts=["fr_artisan"])
    wrong = record_of(expected[0], total_due=str(Decimal(expected[0].truth["total_due"]) + 1))
    result = score(expected, [wrong]).as_json()
    assert result["exact"]["total_due"] == 0.0
    assert result["exact"]["number"] == 0.5
    assert result["records_missing"] == 1
    assert result["wrong_silent"] == 1
