from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
import pytest

from ingest.payments.matching import InvoiceIndex, match_payment
from ledger.models import Creditor
from ledger.normalise import name_key, name_similarity
from ledger.payments import PaymentFacts, payable_invoices, settled_invoice_numbers
from tests.factories import make_creditor, make_debtor, make_invoice


def facts(amount: str, **fields: object) -> PaymentFacts:
    return PaymentFacts(
        key="k",
        amount=Decimal(amount),
        received_on=dt.date(2026, 11, 20),
        **fields,  # type: ignore[arg-type]
    )


def index(creditor: Creditor) -> InvoiceIndex:
    return InvoiceIndex(payable_invoices(creditor), settled_invoice_numbers(creditor))


def allocated(plan: object) -> list[tuple[str, str, str]]:
    return [(a.invoice_number, str(a.amount), a.matched_by) for a in plan.allocations]  # type: ignore[attr-defined]


def test_an_invoice_number_is_found_whatever_its_case_and_accents(
    sqlite_db: peewee.Database,
) -> None:
    make_invoice(make_debtor(creditor := make_creditor()), number="FA-2026/0042", total="10")
    plan = match_payment(facts("10.00", reference="vir sepa fa-2026/0042 merci"), index(creditor))
    assert allocated(plan) == [("FA-2026/0042", "10.00", "invoice_number")]


def test_a_short_number_is_not_read_into_a_date_in_free_text(sqlite_db: peewee.Database) -> None:
    make_invoice(make_debtor(creditor := make_creditor()), number="11", total="10")
    plan = match_payment(facts("99.00", reference="VIR DU 03/11"), index(creditor))
    assert plan.allocations == []


def test_the_customer_ref_and_exact_amount_pick_the_invoice(sqlite_db: peewee.Database) -> None:
    debtor = make_debtor(creditor := make_creditor(), customer_ref="C-0042")
    make_invoice(debtor, number="A1", total="10.00")
    make_invoice(debtor, number="A2", total="25.00")
    plan = match_payment(facts("25.00", customer_ref="c0042"), index(creditor))
    assert allocated(plan) == [("A2", "25.00", "customer_ref+amount")]


def test_the_customer_ref_and_the_sum_of_all_open_invoices_settle_them_all(
    sqlite_db: peewee.Database,
) -> None:
    debtor = make_debtor(creditor := make_creditor(), customer_ref="C9")
    make_invoice(debtor, number="A1", total="10.00", issue_date=dt.date(2026, 9, 1))
    make_invoice(debtor, number="A2", total="25.00", issue_date=dt.date(2026, 10, 1))
    plan = match_payment(facts("35.00", customer_ref="C9"), index(creditor))
    assert [a[0] for a in allocated(plan)] == ["A1", "A2"]


def test_the_amount_and_a_close_payer_name_pick_the_debtor(sqlite_db: peewee.Database) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor, name="Mme Jeanne Martin"), number="A1", total="42.00")
    make_invoice(make_debtor(creditor, name="Paul Durand"), number="A2", total="42.00")
    plan = match_payment(facts("42.00", payer_name="M OU MME MARTIN JEANNE"), index(creditor))
    assert allocated(plan) == [("A1", "42.00", "amount+payer_name")]


def test_the_same_amount_and_name_for_two_debtors_is_left_unmatched(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor, name="Jeanne Martin"), total="42.00")
    make_invoice(make_debtor(creditor, name="Jeanne Martin", customer_ref="X"), total="42.00")
    plan = match_payment(facts("42.00", payer_name="MARTIN JEANNE"), index(creditor))
    assert plan.allocations == []
    assert "several debtors" in plan.note


def test_a_reference_naming_a_paid_invoice_matches_nothing_else(
    sqlite_db: peewee.Database,
) -> None:
    debtor = make_debtor(creditor := make_creditor(), customer_ref="C1")
    make_invoice(debtor, number="A-0001", total="10.00", status="paid", amount_due="0")
    make_invoice(debtor, number="A-0002", total="10.00")
    plan = match_payment(facts("10.00", reference="A-0001", customer_ref="C1"), index(creditor))
    assert plan.allocations == []
    assert "A-0001" in plan.note


def test_a_credit_note_is_never_a_payment_target(sqlite_db: peewee.Database) -> None:
    debtor = make_debtor(creditor := make_creditor(), customer_ref="C1")
    make_invoice(debtor, number="AV-1", total="10.00", is_credit_note=True)
    plan = match_payment(facts("10.00", reference="AV-1", customer_ref="C1"), index(creditor))
    assert plan.allocations == []


def test_a_second_payment_in_a_file_sees_what_the_first_left_due(
    sqlite_db: peewee.Database,
) -> None:
    make_invoice(make_debtor(creditor := make_creditor()), number="A1", total="100.00")
    shared = index(creditor)
    first = match_payment(facts("60.00", invoice_numbers="A1"), shared)
    second = match_payment(facts("60.00", invoice_numbers="A1"), shared)
    assert allocated(first) == [("A1", "60.00", "invoice_number")]
    assert allocated(second) == [("A1", "40.00", "invoice_number")]
    assert second.unallocated == Decimal("20.00")


@pytest.mark.parametrize(
    ("payer", "debtor", "close"),
    [
        ("MARTIN JEANNE", "Mme Jeanne Martin", True),
        ("BOULANGERIE CREMIEUX", "SARL Boulangerie Crémieux", True),
        ("M OU MME DUPRE FRANCOIS", "François Dupré", True),
        ("DUPONT PIERRE", "Jeanne Martin", False),
        ("MARTIN", "Jeanne Martin", False),
    ],
)
def test_name_similarity_accepts_bank_spellings_of_the_same_name(
    payer: str, debtor: str, close: bool
) -> None:
    assert (name_similarity(name_key(payer), name_key(debtor)) >= 0.85) is close


def test_a_known_customer_ref_never_lets_the_name_rule_pick_another_debtor(
    sqlite_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    make_invoice(make_debtor(creditor, name="Jeanne Martin", customer_ref="C1"), total="99.00")
    make_invoice(make_debtor(creditor, name="Jeanne Martin", customer_ref="C2"), total="42.00")
    plan = match_payment(
        facts("42.00", customer_ref="C1", payer_name="Jeanne Martin"), index(creditor)
    )
    assert plan.allocations == []
    assert "customer ref C1" in plan.note
