"""Invoice numbers in free text: whole tokens only, never read inside a date or an amount."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.payments.matching import InvoiceIndex, match_payment
from ledger.payments import PayableInvoice, PaymentFacts

_ids = itertools.count(1)


def payable(number: str, debtor: int | None = None, due: str = "100.00") -> PayableInvoice:
    n = next(_ids)
    return PayableInvoice(
        id=n,
        number=number,
        debtor_id=debtor if debtor is not None else n,
        customer_ref=None,
        debtor_name_key="",
        amount_due=Decimal(due),
        status="open",
        age=(dt.date(2026, 10, 1), number),
    )


def plan_for(reference: str, *numbers: str, **fields: object) -> object:
    index = InvoiceIndex([payable(n) for n in numbers], [])
    facts = PaymentFacts(
        key="k", amount=Decimal("100.00"), received_on=dt.date(2026, 11, 20), reference=reference,
        **fields,  # type: ignore[arg-type]
    )  # fmt: skip
    return match_payment(facts, index)


def paid(plan: object) -> list[str]:
    return [a.invoice_number for a in plan.allocations]  # type: ignore[attr-defined]


LEDGER = ("1002", "1511", "112026", "15112026", "2026", "1234", "123456", "F2026-0042")


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("REGLEMENT FACTURE 1002 DU 15/11/2026", ["1002"]),
        ("VIR DU 15.11.26 POUR 1002", ["1002"]),
        ("FACTURE 1002 LE 2026-11-15", ["1002"]),
        ("FACT 1002 MONTANT 1 234,56 EUR", ["1002"]),
        ("FACT 1002 MONTANT 1.234,56", ["1002"]),
        ("FACT 1002 POUR EUR 1234", ["1002"]),
        ("FACT 1002 EUR 1234", []),
        ("PAIEMENT DU 15 NOV 2026 FACTURE 1002", ["1002"]),
        ("ECHEANCE 11/2026 FACTURE 1002", ["1002"]),
        ("REGLEMENT DU 15/11/2026", []),
        ("REGLEMENT 1 234,56", []),
        ("VIR 15 11 2026", []),
        ("FACTURE F2026-0042 MERCI", ["F2026-0042"]),
        ("FACTURE F20260042", ["F2026-0042"]),
    ],
)
def test_a_number_inside_a_date_or_an_amount_never_names_an_invoice(
    reference: str, expected: list[str]
) -> None:
    assert paid(plan_for(reference, *LEDGER)) == expected


@pytest.mark.parametrize("reference", ["FACT F 2026 0042", "FACT F2026/0042", "FACT F2026 0042"])
def test_tokens_are_never_joined_across_separators_but_suggested(reference: str) -> None:
    plan = plan_for(reference, "F2026-0042")
    assert paid(plan) == []
    assert plan.suggestions == ["F2026-0042"]  # type: ignore[attr-defined]


def test_a_number_printed_with_its_own_separators_matches() -> None:
    assert paid(plan_for("VIR FA 2026/17 MERCI", "FA 2026/17")) == ["FA 2026/17"]


def test_a_short_number_never_matches_free_text_but_does_in_the_invoice_column() -> None:
    assert paid(plan_for("FACTURE 042 DE MARS", "042")) == []
    assert paid(plan_for("", "042", invoice_numbers="042")) == ["042"]


def test_two_debtors_invoices_named_together_wait_with_both_suggested() -> None:
    index = InvoiceIndex([payable("1002", debtor=1), payable("1003", debtor=2)], [])
    facts = PaymentFacts(
        key="k", amount=Decimal("100.00"), received_on=dt.date(2026, 11, 20),
        reference="FACTURES 1002 1003",
    )  # fmt: skip
    plan = match_payment(facts, index)
    assert plan.allocations == []
    assert plan.suggestions == ["1002", "1003"]
    assert "several debtors" in plan.note


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("RF69F20260042", ["F2026-0042"]),
        ("RF69 F202 6004 2", ["F2026-0042"]),
        ("RF70F20260042", []),
    ],
)
def test_an_rf_creditor_reference_names_exactly_the_invoice_it_was_built_from(
    reference: str, expected: list[str]
) -> None:
    assert paid(plan_for(f"VIR {reference} MERCI", "F2026-0042", "0042")) == expected
    assert paid(plan_for("", "F2026-0042", "0042", creditor_refs=(reference,))) == expected


DAYS = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m", "%m/%Y", "%d-%m-%Y", "%d %b %Y")
AMOUNTS = st.decimals(min_value=Decimal("1"), max_value=Decimal("999999.99"), places=2)
WORDS = st.sampled_from(["FACTURE", "VIR", "SEPA", "DU", "REF", "REGLEMENT", "MONTANT", "LE"])


def written_amount(amount: Decimal, style: int) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    grouped = f"{int(whole):,}"
    return [
        f"{whole},{cents}",
        f"{whole}.{cents}",
        f"{grouped.replace(',', ' ')},{cents}",
        f"{grouped.replace(',', '.')},{cents}",
        f"{whole},{cents} EUR",
        f"{whole} EUR",
        f"EUR {whole}",
    ][style]


@st.composite
def references(draw: st.DrawFn) -> tuple[str, set[str], set[str]]:
    """A reference of dates, amounts, words and invoice numbers; the numbers written on their
    own, and every number a date or an amount of it could be read as."""
    parts: list[str] = []
    standalone: set[str] = set()
    hidden: set[str] = set()
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["date", "amount", "word", "number"]))
        if kind == "date":
            text = draw(DAYS).strftime(draw(st.sampled_from(DATE_FORMATS))).upper()
        elif kind == "amount":
            text = written_amount(draw(AMOUNTS), draw(st.integers(0, 6)))
        elif kind == "word":
            text = draw(WORDS)
        else:
            text = draw(st.from_regex(r"[1-9][0-9]{3,7}", fullmatch=True))
            standalone.add(text)
        if kind in ("date", "amount"):
            digits = "".join(ch if ch.isdigit() else " " for ch in text).split()
            for i in range(len(digits)):
                for j in range(i + 1, len(digits) + 1):
                    joined = "".join(digits[i:j])
                    hidden |= {
                        joined[a:b]
                        for a in range(len(joined))
                        for b in range(a + 4, len(joined) + 1)
                    }
        parts.append(text)
    separators = draw(st.lists(st.sampled_from([" ", " / ", " - ", ", "]), min_size=len(parts)))
    reference = "".join(p + s for p, s in zip(parts, separators, strict=False)).strip()
    return reference, standalone, hidden


# Wall time says nothing about the strategy on a machine shared by other test runs: one draw
# took 33 s there, and Hypothesis's too_slow check failed the run.
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(references())
def test_no_payment_goes_to_an_invoice_whose_number_is_only_inside_a_date_or_amount(
    drawn: tuple[str, set[str], set[str]],
) -> None:
    reference, standalone, hidden = drawn
    numbers = sorted(standalone | {n for n in hidden if len(n) <= 8})
    index = InvoiceIndex([payable(n, debtor=1) for n in numbers], [])
    facts = PaymentFacts(
        key="k", amount=Decimal("1.00"), received_on=dt.date(2026, 11, 20), reference=reference
    )
    plan = match_payment(facts, index)
    assert set(paid(plan)) <= standalone, reference


def test_an_amount_touching_a_date_hides_neither() -> None:
    assert paid(plan_for("FACTURE 1,00 EUR 01/2020", "2020", "0120")) == []
