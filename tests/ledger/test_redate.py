"""Re-dating a creditor's open invoices after its reading of "N jours fin de mois" changed:
only the open invoices whose due date those terms gave, all in one transaction, each on its
debtor's timeline; a printed date, a person's date, a paid, disputed or credit-note invoice
never (ledger/redate.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_migrations

from ledger.migrations import LATEST, SchemaVersion, migrate
from ledger.models import Creditor, DebtorNote, Invoice, InvoiceStatus, MonthEndReading
from ledger.redate import StaleRedate, apply_redate, month_end_due, plan_redate
from ledger.review import correct, edit_of, validate
from parsing.layout.dates import month_end_due as parsers_month_end_due
from tests.factories import make_creditor, make_debtor, make_invoice

D = dt.date
A = MonthEndReading.DAYS_THEN_MONTH_END
B = MonthEndReading.MONTH_END_THEN_DAYS
ISSUED = D(2026, 9, 5)
# "45 jours fin de mois" issued 5 September: 31 October by (a), 14 November by (b).
BY_A, BY_B = D(2026, 10, 31), D(2026, 11, 14)


@pytest.mark.parametrize(
    ("issued", "days", "on"),
    [
        (D(2026, 1, 15), 30, 0),
        (D(2028, 1, 15), 30, 0),
        (D(2026, 1, 31), 30, 0),
        (D(2026, 7, 10), 45, 0),
        (D(2026, 7, 10), 45, 10),
        (D(2026, 12, 20), 60, 5),
    ],
)
@pytest.mark.parametrize("reading", [A, B])
def test_the_ledger_counts_month_end_terms_as_the_parser_does(issued, days, on, reading) -> None:  # type: ignore[no-untyped-def]
    assert month_end_due(issued, days, on, reading) == parsers_month_end_due(
        issued, days, on, reading
    )


def from_terms(debtor, **fields):  # type: ignore[no-untyped-def]
    """An invoice whose due date "45 jours fin de mois" gave by reading (a) at intake."""
    values = {
        "issue_date": ISSUED,
        "due_date": BY_A,
        "due_terms": "45 jours fin de mois",
        "due_reading": A,
    }
    return make_invoice(debtor, **{**values, **fields})


@pytest.fixture
def creditor(ledger_db) -> Creditor:  # type: ignore[no-untyped-def]
    creditor = make_creditor(name="Plomberie Durand", month_end_reading=B)
    return creditor


def test_only_open_invoices_whose_due_date_the_terms_gave_are_re_dated(creditor) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(creditor, name="SCI Les Tilleuls")
    redated = from_terms(debtor, number="F-1")
    partly = from_terms(debtor, number="F-2", status=InvoiceStatus.PARTIALLY_PAID)
    untouched = {
        "printed": make_invoice(debtor, number="P-1", issue_date=ISSUED, due_date=BY_A),
        "paid": from_terms(debtor, number="P-2", status=InvoiceStatus.PAID),
        "disputed": from_terms(debtor, number="P-3", status=InvoiceStatus.DISPUTED),
        "credit note": from_terms(
            make_debtor(creditor), number="P-4", is_credit_note=True, total=-100
        ),
        "validated": from_terms(debtor, number="P-5", needs_review=True),
        "already by (b)": from_terms(
            debtor, number="P-6", due_date=BY_B, due_terms="fin de mois + 45 jours", due_reading=B
        ),
        "unknown": from_terms(debtor, number="P-7", due_terms=None, due_reading=None),
    }
    validate(untouched["validated"], by="claire")

    plan = plan_redate(creditor)
    assert [(c.number, c.old_due, c.new_due) for c in plan.changes] == [
        ("F-1", BY_A, BY_B),
        ("F-2", BY_A, BY_B),
    ]
    assert plan.unknown == 1

    apply_redate(creditor, plan.fingerprint, by="claire")
    for invoice in (redated, partly):
        saved = Invoice.get_by_id(invoice.id)
        assert (saved.due_date, saved.due_reading) == (BY_B, B)
    for why, invoice in untouched.items():
        assert Invoice.get_by_id(invoice.id).due_date == invoice.due_date, why
    notes = [n.text for n in DebtorNote.select().where(DebtorNote.text.startswith("re-dated"))]
    assert notes == [
        "re-dated: F-1 (due_date 2026-10-31 → 2026-11-14; 45 jours fin de mois, "
        "creditor's reading month_end_then_days)",
        "re-dated: F-2 (due_date 2026-10-31 → 2026-11-14; 45 jours fin de mois, "
        "creditor's reading month_end_then_days)",
    ]
    assert {n.author for n in DebtorNote.select()} == {"claire"}
    assert plan_redate(Creditor.get_by_id(creditor.id)).changes == ()


def test_a_person_correcting_the_due_date_takes_the_invoice_out_of_re_dating(creditor) -> None:  # type: ignore[no-untyped-def]
    invoice = from_terms(make_debtor(creditor, name="SCI Les Tilleuls"), number="F-1")
    correct(invoice, replace(edit_of(invoice), due_date=D(2026, 11, 2)), by="claire")
    assert plan_redate(creditor).changes == ()


def test_a_plan_that_changed_since_the_preview_changes_nothing(creditor) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(creditor, name="SCI Les Tilleuls")
    first = from_terms(debtor, number="F-1")
    seen = plan_redate(creditor).fingerprint
    from_terms(debtor, number="F-2")  # arrives between the preview and the confirmation
    with pytest.raises(StaleRedate):
        apply_redate(creditor, seen, by="claire")
    assert Invoice.get_by_id(first.id).due_date == BY_A
    assert DebtorNote.select().count() == 0


def test_the_day_the_terms_name_is_kept_by_either_reading(creditor) -> None:  # type: ignore[no-untyped-def]
    invoice = from_terms(
        make_debtor(creditor),
        issue_date=D(2026, 7, 10),
        due_date=D(2026, 9, 10),
        due_terms="45 jours fin de mois le 10",
    )
    [change] = plan_redate(creditor).changes
    assert (change.invoice_id, change.new_due) == (invoice.id, D(2026, 10, 10))


def test_invoices_recorded_before_schema_16_are_counted_not_re_dated(ledger_db) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor(month_end_reading=B)
    before = make_invoice(make_debtor(creditor), issue_date=ISSUED, due_date=BY_A)
    migrator = SchemaMigrator.from_database(ledger_db)
    run_migrations(
        migrator.drop_column("invoice", "due_terms"), migrator.drop_column("invoice", "due_reading")
    )
    SchemaVersion.delete().where(SchemaVersion.version > 15).execute()

    assert migrate() == LATEST
    kept = Invoice.get_by_id(before.id)
    assert (kept.due_date, kept.due_terms, kept.due_reading) == (BY_A, None, None)
    plan = plan_redate(creditor)
    assert (plan.changes, plan.unknown) == ((), 1)
