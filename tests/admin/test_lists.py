"""Lists collectors sort and search, CSV exports for a spreadsheet, decisions in bulk."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ledger.clock import today
from ledger.models import Debtor, DebtorNote, Invoice
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice


def _rows(html: str, cell: str) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", c).strip()
        for c in re.findall(rf'<td class="col-{cell}">(.*?)</td>', html, re.S)
    ]


def test_debtors_sorted_by_balance_show_the_largest_first_with_overdue_and_oldest_due(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    late = today() - dt.timedelta(days=12)
    small, large = make_debtor(creditor, name="Petit"), make_debtor(creditor, name="Grand")
    make_invoice(small, total="50.00", due_date=late)
    make_invoice(large, total="900.00", due_date=late)
    make_invoice(large, total="100.00", due_date=today() + dt.timedelta(days=3))
    columns = [
        c for c, _ in staff_client.application.extensions["admin"][0]._views[2]._list_columns
    ]
    sort = columns.index("balance")
    html = staff_client.get(f"/admin/debtor/?sort={sort}&desc=1").get_data(as_text=True)
    names = _rows(html, "name")
    assert names[:2] == ["Grand", "Petit"]
    flat = html.replace("\u202f", " ").replace("\xa0", " ")
    assert _rows(flat, "balance")[0] == "1 000,00 €"
    assert _rows(flat, "overdue")[0] == "900,00 €"
    assert _rows(html, "days_overdue")[0] == "12"


def test_a_debtor_is_found_by_a_phone_typed_with_spaces_or_a_name_typed_without_accents(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    make_debtor(creditor, name="Mme Hélène Lefèvre", phone="+33612345678")
    make_debtor(creditor, name="M. Autre")
    for search in ("06 12 34 56 78", "lefevre", "HÉLÈNE"):
        html = staff_client.get("/admin/debtor/", query_string={"search": search}).get_data(
            as_text=True
        )
        assert _rows(html, "name") == ["Mme Hélène Lefèvre"], search


def test_a_debtor_is_found_by_the_number_of_one_of_its_invoices(staff_client) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    make_invoice(make_debtor(creditor, name="Boulangerie Kléber"), number="FA-2026-0042")
    make_invoice(make_debtor(creditor, name="M. Autre"), number="FA-2026-0043")
    html = staff_client.get("/admin/debtor/", query_string={"search": "0042"}).get_data(
        as_text=True
    )
    assert _rows(html, "name") == ["Boulangerie Kléber"]


def test_an_invoice_is_found_by_its_debtors_email_or_customer_ref(staff_client) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    debtor = make_debtor(creditor, email="compta@boulangerie.fr", customer_ref="C-77")
    make_invoice(debtor, number="FA-1")
    make_invoice(make_debtor(creditor), number="FA-2")
    for search in ("boulangerie", "C-77", "FA-1"):
        html = staff_client.get("/admin/invoice/", query_string={"search": search}).get_data(
            as_text=True
        )
        assert _rows(html, "number") == ["FA-1"], search


def test_the_csv_export_is_excel_ready_keeps_the_filters_and_defuses_formulas(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    late = today() - dt.timedelta(days=5)
    make_invoice(make_debtor(creditor, name='=HYPERLINK("http://x","clic")'), due_date=late)
    make_invoice(make_debtor(creditor, name="À jour"), due_date=today() + dt.timedelta(days=9))
    response = staff_client.get("/admin/debtor/export.csv?flt0_2=1")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    body = response.get_data()
    assert body.startswith("\ufeff".encode())
    lines = body.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Nom;Créancier;Réf. client")
    assert len(lines) == 2, "the overdue filter is kept"
    assert lines[1].startswith("\"'=HYPERLINK(")
    assert ";100,00;100,00;" in lines[1]


@pytest.mark.parametrize(
    ("endpoint", "header"),
    [
        ("invoice", "Numéro;Débiteur;Réf. client"),
        ("payment", "Reçu;Créancier;Montant"),
        ("reminder", "Prévue le;Débiteur;Scénario"),
    ],
)
def test_invoices_payments_and_reminders_export_to_the_same_excel_ready_csv(
    staff_client, endpoint: str, header: str
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(make_debtor(make_creditor(), name="Mme Lefèvre"), number="FA-7")
    response = staff_client.get(f"/admin/{endpoint}/export.csv")
    assert (response.status_code, response.mimetype) == (200, "text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    body = response.get_data()
    assert body.startswith("\ufeff".encode())
    assert body.decode("utf-8-sig").splitlines()[0].startswith(header)


def test_staff_stop_contacting_many_debtors_at_once_with_a_reason_and_a_confirmation(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    first, second = make_debtor(creditor), make_debtor(creditor)
    url = f"/admin/debtor/bulk/do_not_contact?ids={first.id},{second.id}"
    token = page_token(staff_client, url)
    refused = staff_client.post(url, data={"csrf_token": token, "reason": ""})
    assert refused.status_code == 422
    html = refused.get_data(as_text=True)
    assert "2 champs à corriger" in html
    assert "indiquez le motif" in html and "cochez pour confirmer" in html
    assert not Debtor.get_by_id(first.id).do_not_contact
    done = staff_client.post(
        url, data={"csrf_token": token, "reason": "demande écrite", "confirm": "1"}
    )
    assert done.status_code == 302
    assert Debtor.get_by_id(first.id).do_not_contact and Debtor.get_by_id(second.id).do_not_contact
    note = DebtorNote.get(DebtorNote.debtor == first)
    assert note.author == "claire" and note.text == "do not contact (demande écrite)"


def test_a_bulk_pause_keeps_the_status_and_sets_the_date_on_every_unpaid_invoice(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    invoice = make_invoice(debtor, due_date=today() - dt.timedelta(days=3))
    until = today() + dt.timedelta(days=20)
    url = f"/admin/debtor/bulk/pause?ids={debtor.id}"
    response = staff_client.post(
        url, data={"csrf_token": page_token(staff_client, url), "until": until.isoformat()}
    )
    assert response.status_code == 302
    paused = Invoice.get_by_id(invoice.id)
    assert paused.pause_until == until and paused.status == "open"
