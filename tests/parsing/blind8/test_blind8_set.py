"""The eighth blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from .generator import generate
from .layouts import LAYOUTS
from .selfcheck import check_all
from .wording import add_months, end_of_month


@pytest.mark.parametrize("layout", [layout.key for layout in LAYOUTS])
def test_each_layout_prints_the_truth_it_claims(layout: str, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 7], layouts=[layout])
    assert expected
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize("layout", ["pt_cortica", "nl_studio"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-003.pdf").read_bytes()


def test_the_set_holds_twelve_designers_from_two_producers_and_two_hundred_invoices() -> None:
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS) >= 12
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert sum(layout.seeds for layout in LAYOUTS) >= 240


@pytest.mark.parametrize(
    ("layout", "seed"),
    [("pt_cortica", 5), ("us_saas", 6), ("at_hotel", 10), ("fr_location_auto", 7)],
)
def test_a_credit_note_printed_positive_is_negative_in_the_truth(
    layout: str, seed: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].credit_note
    assert expected[0].truth["total_due"].startswith("-")
    assert expected[0].truth["due_date"] is None


@pytest.mark.parametrize(
    ("layout", "seed", "terms", "days", "month_end"),
    [
        ("nl_studio", 1, "Payment term: 14 days", 14, False),
        ("us_saas", 1, "Payment terms: Net 30", 30, False),
        ("fr_expert_comptable", 3, "Payable à réception", 0, False),
        ("fr_ambulance", 0, "à régler sous 30 jours date de facture", 30, False),
        ("at_hotel", 3, "Zahlbar sofort / Payable immédiatement", 0, False),
        ("ch_zurich", 1, "Zahlbar innert 30 Tagen / payable dans les 30 jours", 30, False),
        ("fr_location_auto", 1, "Paiement à 30 jours fin de mois", 30, True),
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


@pytest.mark.parametrize(
    ("day", "count", "on", "expected"),
    [
        (dt.date(2026, 3, 31), 1, 5, dt.date(2026, 4, 5)),
        (dt.date(2026, 11, 14), 2, 15, dt.date(2027, 1, 15)),
    ],
)
def test_a_monthly_debit_falls_on_its_day_of_a_later_month(
    day: dt.date, count: int, on: int, expected: dt.date
) -> None:
    assert add_months(day, count, on) == expected


def test_the_cork_maker_prints_two_invoices_in_one_file_on_its_run_seeds(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[8], layouts=["pt_cortica"])
    assert [item.pages for item in expected] == [(1,), (2,)]
    assert expected[0].truth["invoice_number"] != expected[1].truth["invoice_number"]
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(("layout", "seed"), [("nl_studio", 2), ("fr_expert_comptable", 5)])
def test_a_two_page_invoice_covers_both_pages(layout: str, seed: int, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].pages == (1, 2)
    assert check_all(tmp_path, expected) == []


def test_the_set_refuses_to_draw_scans(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, ("scans",))
