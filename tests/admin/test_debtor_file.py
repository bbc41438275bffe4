"""A debtor's file: what is owed and what comes next at the top, audited contact edits,
confirmed irreversible decisions, phone calls whose outcome acts."""

from __future__ import annotations

import datetime as dt

import pytest

from ledger.clock import today
from ledger.models import ContactFlag, Debtor, DebtorNote, Invoice, InvoiceStatus
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice


@pytest.fixture
def debtor():  # type: ignore[no-untyped-def]
    creditor = make_creditor(is_b2b=True)
    found = make_debtor(
        creditor, name="Boulangerie Martin", ladder="standard", phone="+33612345678"
    )
    make_invoice(found, number="F-1", total="300.00", due_date=today() - dt.timedelta(days=9))
    make_invoice(found, number="F-2", total="40.00", currency="GBP", due_date=today())
    return found


def _act(client, debtor, **form):  # type: ignore[no-untyped-def]
    url = f"/admin/debtor/file/{debtor.id}"
    token = page_token(client, url)
    return client.post(f"{url}/act", data={"csrf_token": token, **form}, follow_redirects=True)


def test_the_file_opens_with_the_total_due_per_currency_the_ladder_the_kind_and_the_next_step(
    staff_client, debtor
) -> None:  # type: ignore[no-untyped-def]
    html = staff_client.get(f"/admin/debtor/file/{debtor.id}").get_data(as_text=True)
    flat = html.replace("\u202f", " ").replace("\xa0", " ")
    assert "300,00 €" in flat and "40,00 £GB" in flat and "340" not in flat
    assert "9 jours de retard" in flat
    assert "standard" in flat and "choisi par l'équipe" in flat
    assert "comme le créancier (Professionnel)" in flat
    # The conftest ladder: r1 at +1d by email, r3 at +20d by letter; F-1 is 9 days late.
    next_step = flat[flat.index('id="next-step"') :][:300]
    assert "1re relance (e-mail)" in next_step and "F-1" in next_step


def test_editing_a_debtor_lists_every_mistake_at_once_and_refuses_a_channel_not_offered(
    staff_client, debtor
) -> None:  # type: ignore[no-untyped-def]
    url = f"/admin/debtor/edit/?id={debtor.id}"
    response = staff_client.post(
        url,
        data={
            "csrf_token": page_token(staff_client, url),
            "name": debtor.name,
            "email": "pas un email",
            "phone": "12",
            "country": "FX",
            "preferred_channel": "pigeon",
            "language": "de",
        },
    )
    html = response.get_data(as_text=True)
    assert "5 champs à corriger" in html
    assert Debtor.get_by_id(debtor.id).phone == "+33612345678"


def test_a_contact_change_is_on_the_timeline_with_its_author(staff_client, debtor) -> None:  # type: ignore[no-untyped-def]
    url = f"/admin/debtor/edit/?id={debtor.id}"
    response = staff_client.post(
        url,
        data={
            "csrf_token": page_token(staff_client, url),
            "name": debtor.name,
            "email": "compta@martin.fr",
            "phone": "06 12 34 56 78",
            "country": "FR",
            "language": "fr",
            "is_b2b": "",
        },
    )
    assert response.status_code == 302
    note = DebtorNote.get(DebtorNote.debtor == debtor)
    assert note.author == "claire" and note.text == "edited: email (- → compta@martin.fr)"
    html = staff_client.get(f"/admin/debtor/file/{debtor.id}").get_data(as_text=True)
    assert "Coordonnées modifiées : E-mail : - → compta@martin.fr" in html


@pytest.mark.parametrize("action", ["handover", "do_not_contact"])
def test_an_irreversible_decision_needs_a_reason_and_a_confirmation(
    staff_client, debtor, action: str
) -> None:  # type: ignore[no-untyped-def]
    html = _act(staff_client, debtor, action=action).get_data(as_text=True)
    assert "Motif : indiquez le motif" in html
    html = _act(staff_client, debtor, action=action, reason="avocat").get_data(as_text=True)
    assert "Confirmation : cochez pour confirmer" in html
    assert Invoice.get(Invoice.number == "F-1").status == InvoiceStatus.OPEN
    assert not Debtor.get_by_id(debtor.id).do_not_contact
    _act(staff_client, debtor, action=action, reason="avocat", confirm="1")
    if action == "handover":
        assert Invoice.get(Invoice.number == "F-1").status == InvoiceStatus.HANDED_OVER
    else:
        assert Debtor.get_by_id(debtor.id).do_not_contact
    assert "(avocat)" in DebtorNote.get(DebtorNote.debtor == debtor).text


def test_a_call_promising_a_date_creates_the_promise(staff_client, debtor) -> None:  # type: ignore[no-untyped-def]
    until = today() + dt.timedelta(days=12)
    _act(staff_client, debtor, action="call", outcome="promise", until=until.isoformat())
    invoice = Invoice.get(Invoice.number == "F-1")
    assert invoice.status == InvoiceStatus.PROMISED and invoice.pause_until == until
    call = DebtorNote.get((DebtorNote.debtor == debtor) & (DebtorNote.kind == "call"))
    assert call.text == "call: promise" and call.author == "claire"


def test_a_call_to_a_wrong_number_clears_it_and_asks_for_another(staff_client, debtor) -> None:  # type: ignore[no-untyped-def]
    _act(staff_client, debtor, action="call", outcome="wrong_number", text="un garage")
    assert Debtor.get_by_id(debtor.id).phone is None
    flag = ContactFlag.get(ContactFlag.debtor == debtor)
    assert flag.kind == "phone" and flag.resolved_at is None
    call = DebtorNote.get((DebtorNote.debtor == debtor) & (DebtorNote.kind == "call"))
    assert call.text == "call: wrong_number: +33612345678 (un garage)"


def test_a_call_disputing_the_debt_puts_the_invoices_in_dispute(staff_client, debtor) -> None:  # type: ignore[no-untyped-def]
    _act(staff_client, debtor, action="call", outcome="dispute", text="jamais livré")
    assert Invoice.get(Invoice.number == "F-1").status == InvoiceStatus.DISPUTED
    assert Debtor.get_by_id(debtor.id).dispute
