"""The tenth blind set generates, deterministically, and its truth is printed on its pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from tests.parsing.blind.selfcheck import page_text
from tests.parsing.blind9.wording import en_money, fr_money

from .generator import generate
from .layouts import LAYOUTS
from .selfcheck import check_all


@pytest.mark.parametrize("layout", [layout.key for layout in LAYOUTS])
def test_each_layout_prints_the_truth_it_claims(layout: str, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0, 7], layouts=[layout])
    assert expected
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize("layout", ["fr_club_judo", "fr_infra_cloud"])
def test_the_same_seed_draws_the_same_bytes_with_either_producer(
    layout: str, tmp_path: Path
) -> None:
    generate(tmp_path / "a", ("text",), seeds=[3], layouts=[layout])
    generate(tmp_path / "b", ("text",), seeds=[3], layouts=[layout])
    first = (tmp_path / "a" / "text" / f"{layout}-003.pdf").read_bytes()
    assert first == (tmp_path / "b" / "text" / f"{layout}-003.pdf").read_bytes()


def test_the_set_holds_twelve_designers_from_two_producers_and_240_invoices() -> None:
    assert len({layout.key for layout in LAYOUTS}) == len(LAYOUTS) >= 12
    assert {layout.producer for layout in LAYOUTS} == {"reportlab", "fpdf2"}
    assert sum(layout.seeds for layout in LAYOUTS) >= 240


def pounds(amount: Decimal) -> str:
    return "£" + en_money(amount)


def dollars(amount: Decimal) -> str:
    return "$" + en_money(amount)


@pytest.mark.parametrize(
    ("layout", "seed", "form", "printed_negative"),
    [
        ("fr_ameublement", 3, fr_money, False),
        ("fr_ameublement", 8, fr_money, True),
        ("uk_surveyor", 6, pounds, False),
        ("us_dental_lab", 7, dollars, True),
    ],
)
def test_a_credit_note_is_negative_in_the_truth_however_it_is_printed(
    layout: str,
    seed: int,
    form: Callable[[Decimal], str],
    printed_negative: bool,
    tmp_path: Path,
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    truth = expected[0].truth
    assert expected[0].credit_note
    assert truth["total_due"].startswith("-")
    assert truth["due_date"] is None
    printed = form(-Decimal(truth["total_due"]))
    text = page_text(tmp_path / "text" / expected[0].file, (1,))
    assert printed in text
    assert (f"-{printed}" in text) == printed_negative
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(
    ("layout", "seed", "terms", "days"),
    [
        ("be_notaire", 0, "Payable à réception", 0),
        ("uk_surveyor", 1, "Payment due within 14 days of the invoice date", 14),
        ("fr_infra_cloud", 1, "Conditions de paiement : 45 jours date de facture", 45),
    ],
)
def test_a_due_date_from_terms_alone_is_computed_and_its_terms_are_printed(
    layout: str, seed: int, terms: str, days: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    truth = expected[0].truth
    assert getattr(expected[0], "terms", None) == terms
    due = dt.date.fromisoformat(truth["issue_date"]) + dt.timedelta(days=days)
    assert truth["due_date"] == due.isoformat()
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(
    ("layout", "seed", "debits"), [("fr_ecole_musique", 0, 10), ("fr_club_judo", 0, 3)]
)
def test_a_debit_schedule_is_due_on_its_first_debit_for_the_whole_rest(
    layout: str, seed: int, debits: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    truth = expected[0].truth
    text = page_text(tmp_path / "text" / expected[0].file, (1,))
    dates = re.findall(r"(\d\d/\d\d/\d{4}) : [\d ]+,\d\d €", text)
    assert len(dates) == debits
    day, month, year = dates[0].split("/")
    assert truth["due_date"] == f"{year}-{month}-{day}"
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(
    ("layout", "seed"), [("be_notaire", 9), ("fr_club_judo", 4), ("lu_menuiserie", 5)]
)
def test_a_run_prints_two_invoices_in_one_file(layout: str, seed: int, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert [item.pages for item in expected] == [(1,), (2,)]
    assert expected[0].truth["invoice_number"] != expected[1].truth["invoice_number"]
    assert check_all(tmp_path, expected) == []


@pytest.mark.parametrize(("layout", "seed"), [("fr_infra_cloud", 4), ("ch_dentiste", 8)])
def test_a_two_page_invoice_covers_both_pages(layout: str, seed: int, tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].pages == (1, 2)
    assert check_all(tmp_path, expected) == []


def test_the_client_contacts_are_printed_on_page_two_only(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[4], layouts=["fr_infra_cloud"])
    email = expected[0].truth["debtor"]["email"]
    pdf = tmp_path / "text" / expected[0].file
    assert email not in page_text(pdf, (1,))
    assert email in page_text(pdf, (2,))


def test_a_cedex_address_keeps_its_cedex_and_drops_its_cs_line(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[2], layouts=["fr_infra_cloud"])
    debtor = expected[0].truth["debtor"]
    assert "CEDEX" in debtor["city"]
    assert "CS " not in debtor["street"]
    assert "CS " in page_text(tmp_path / "text" / expected[0].file, (1,))


def test_a_turned_page_still_prints_its_truth(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[3], layouts=["de_menuisier_alsace"])
    assert b"/Rotate 90" in (tmp_path / "text" / "de_menuisier_alsace-003.pdf").read_bytes()
    assert check_all(tmp_path, expected) == []


def test_the_self_check_names_a_value_the_page_does_not_print(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0], layouts=["qc_gestion_locative"])
    wrong = expected[0].truth | {"invoice_number": "NOT-PRINTED-1"}
    problems = check_all(tmp_path, [dataclasses.replace(expected[0], truth=wrong)])
    assert any("NOT-PRINTED-1" in problem for problem in problems)


def test_the_set_refuses_to_draw_scans(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--subset text"):
        generate(tmp_path, ("scans",))


@pytest.mark.parametrize(
    ("layout", "seed"),
    [("fr_camping", 0), ("qc_gestion_locative", 0), ("ch_dentiste", 0), ("be_notaire", 1)],
)
def test_an_invoice_with_a_deduction_is_due_what_remains(
    layout: str, seed: int, tmp_path: Path
) -> None:
    expected = generate(tmp_path, ("text",), seeds=[seed], layouts=[layout])
    assert expected[0].deduction
    assert not expected[0].credit_note
    assert Decimal(expected[0].truth["total_due"]) > 0
    assert check_all(tmp_path, expected) == []


def test_the_skonto_date_is_printed_and_is_not_the_due_date(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0], layouts=["de_menuisier_alsace"])
    text = page_text(tmp_path / "text" / expected[0].file, (1,))
    skonto = re.search(r"Skonto .* jusqu'au (\d\d)\.(\d\d)\.(\d{4})", text)
    assert skonto is not None
    day, month, year = skonto.groups()
    assert expected[0].truth["due_date"] != f"{year}-{month}-{day}"


def test_the_remit_to_lockbox_is_not_the_debtor(tmp_path: Path) -> None:
    expected = generate(tmp_path, ("text",), seeds=[0], layouts=["us_dental_lab"])
    debtor = expected[0].truth["debtor"]
    assert "80217-3940" in page_text(tmp_path / "text" / expected[0].file, (1,))
    assert debtor["postcode"] != "80217-3940"
    assert not debtor["street"].startswith("PO Box")
