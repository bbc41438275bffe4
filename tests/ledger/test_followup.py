from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from ledger import followup
from ledger.models import Debtor, DebtorNote, Invoice, InvoiceStatus
from tests.factories import make_creditor, make_debtor, make_invoice


@pytest.fixture
def debtor(sqlite_db) -> Debtor:  # type: ignore[no-untyped-def]
    return make_debtor(make_creditor())


def statuses(debtor: Debtor) -> list[str]:
    return [i.status for i in Invoice.select().where(Invoice.debtor == debtor).order_by(Invoice.id)]


def test_a_dispute_marks_the_debtor_and_the_chosen_invoices(debtor: Debtor) -> None:
    first, _second = make_invoice(debtor), make_invoice(debtor)
    followup.dispute(debtor, [first.id], by="claire", reason="wrong quantity")
    assert statuses(debtor) == [InvoiceStatus.DISPUTED, InvoiceStatus.OPEN]
    assert Debtor.get_by_id(debtor.id).dispute is True
    note = DebtorNote.get(DebtorNote.debtor == debtor)
    assert note.author == "claire"
    assert "wrong quantity" in note.text


def test_no_invoice_ticked_means_every_unpaid_invoice(debtor: Debtor) -> None:
    make_invoice(debtor)
    make_invoice(debtor, status=InvoiceStatus.PAID)
    followup.payment_plan(debtor, [], by="claire")
    assert statuses(debtor) == [InvoiceStatus.IN_PLAN, InvoiceStatus.PAID]


def test_a_promise_pauses_the_invoices_until_its_date(debtor: Debtor) -> None:
    invoice = make_invoice(debtor)
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)):
        followup.promise(debtor, None, dt.date(2026, 12, 5), by="claire")
        with pytest.raises(followup.FollowUpError):
            followup.promise(debtor, None, dt.date(2026, 11, 23), by="claire")
    stored = Invoice.get_by_id(invoice.id)
    assert (stored.status, stored.pause_until) == (InvoiceStatus.PROMISED, dt.date(2026, 12, 5))


def test_resuming_reopens_and_lifts_the_dispute(debtor: Debtor) -> None:
    invoice = make_invoice(debtor, total="100", amount_due="40")
    followup.dispute(debtor, None, by="claire")
    followup.resume(debtor, None, by="claire")
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.PARTIALLY_PAID
    assert Debtor.get_by_id(debtor.id).dispute is False


def test_handover_and_do_not_contact_are_noted(debtor: Debtor) -> None:
    make_invoice(debtor)
    followup.hand_over(debtor, None, by="claire")
    followup.set_do_not_contact(debtor, True, by="claire")
    assert statuses(debtor) == [InvoiceStatus.HANDED_OVER]
    assert Debtor.get_by_id(debtor.id).do_not_contact is True
    assert DebtorNote.select().where(DebtorNote.debtor == debtor).count() == 2


def test_assigning_a_ladder_in_bulk_sets_it_on_each_debtor(debtor: Debtor) -> None:
    other = make_debtor(debtor.creditor)
    assert followup.assign_ladder([debtor.id, other.id], "cheque_letter", by="claire") == 2
    assert {d.ladder for d in Debtor.select()} == {"cheque_letter"}


def test_an_action_without_unpaid_invoices_is_refused(debtor: Debtor) -> None:
    make_invoice(debtor, status=InvoiceStatus.PAID)
    with pytest.raises(followup.FollowUpError):
        followup.hand_over(debtor, None, by="claire")


def test_an_empty_note_is_refused(debtor: Debtor) -> None:
    with pytest.raises(followup.FollowUpError):
        followup.add_note(debtor, "   ", by="claire")
