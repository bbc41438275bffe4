"""THE invoice page: the document's page drawn beside the fields, problems highlighted, and the
review decisions; the same page types an invoice by hand from a quarantined document."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from flask.testing import FlaskClient

from ingest.learning import creditor_templates, templates_root
from ledger.clock import today
from ledger.models import (
    Debtor,
    DebtorNote,
    Document,
    Invoice,
    InvoiceStatus,
    LearnedTemplate,
)
from ledger.storage import blobs
from tests.admin.conftest import page_token
from tests.admin.review_ledger import held_invoice, quarantined_scan
from tests.factories import make_creditor, make_debtor, make_invoice


@pytest.fixture
def creditor(sqlite_db):  # type: ignore[no-untyped-def]
    return make_creditor(slug="vauban", name="Atelier Vauban Reprographie")


def form_of(invoice: Invoice, **changes: str) -> dict[str, str]:
    values = {
        "number": invoice.number,
        "issue_date": invoice.issue_date.isoformat() if invoice.issue_date else "",
        "due_date": invoice.due_date.isoformat() if invoice.due_date else "",
        "total": str(invoice.total),
        "amount_due": str(invoice.amount_due),
        "currency": invoice.currency,
        "debtor_name": invoice.debtor.name,
        "customer_ref": invoice.debtor.customer_ref or "",
        "email": invoice.debtor.email or "",
        "phone": invoice.debtor.phone or "",
        "street": invoice.debtor.street or "",
        "postcode": invoice.debtor.postcode or "",
        "city": invoice.debtor.city or "",
        "country": invoice.debtor.country,
    }
    return {**values, **changes}


def post(client: FlaskClient, url: str, data: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.post(url, data={**data, "csrf_token": page_token(client, url)})


def test_the_page_shows_the_drawn_page_beside_the_fields_and_highlights_what_failed(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = held_invoice(settings, creditor, 1)
    html = staff_client.get(f"/admin/invoice/{invoice.id}/").get_data(as_text=True)
    assert f'src="/admin/invoice/document/{invoice.document_id}/page-1.png"' in html
    assert f'value="{invoice.number}"' in html
    assert 'id="f-due_date" name="due_date"' in html
    assert 'is-invalid" id="f-due_date"' in html and 'is-invalid" id="f-total"' in html
    assert '<li class="problem">date d’échéance introuvable</li>' in html
    assert 'id="validate"' in html and 'id="reject"' in html


def test_the_page_picture_is_a_png_for_staff_and_a_missing_page_is_not_found(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = held_invoice(settings, creditor, 1)
    response = staff_client.get(f"/admin/invoice/document/{invoice.document_id}/page-1.png?w=99999")
    assert response.status_code == 200 and response.mimetype == "image/png"
    assert response.data.startswith(b"\x89PNG")
    assert int.from_bytes(response.data[16:20], "big") <= 1800
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    missing = f"/admin/invoice/document/{invoice.document_id}/page-3.png"
    assert staff_client.get(missing).status_code == 404


def test_validating_releases_the_invoice_notes_the_author_and_opens_the_next_to_review(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    first, _ = held_invoice(settings, creditor, 1)
    second, _ = held_invoice(settings, creditor, 2)
    url = f"/admin/invoice/{first.id}/"
    response = post(staff_client, url, {**form_of(first), "action": "validate"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/admin/invoice/{second.id}/"
    assert not Invoice.get_by_id(first.id).needs_review
    note = DebtorNote.get(DebtorNote.debtor == first.debtor)
    assert (note.author, note.text) == ("claire", f"validated: {first.number}")


def test_validating_with_changed_fields_is_refused_rather_than_losing_them(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = held_invoice(settings, creditor, 1)
    data = {**form_of(invoice, amount_due="0.50"), "action": "validate"}
    response = post(staff_client, f"/admin/invoice/{invoice.id}/", data)
    assert response.status_code == 400
    assert Invoice.get_by_id(invoice.id).needs_review


def test_a_correction_is_recorded_and_teaches_a_template_listed_with_its_invoice(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, truth = held_invoice(settings, creditor, 1)
    amount = f"{truth.total:.2f}".replace(".", ",")
    data = form_of(invoice, due_date=truth.due.isoformat(), total=amount, amount_due=amount)
    response = post(staff_client, f"/admin/invoice/{invoice.id}/", {**data, "action": "correct"})
    assert response.status_code == 302
    again = Invoice.get_by_id(invoice.id)
    assert (again.due_date, again.amount_due, again.needs_review) == (truth.due, truth.total, False)
    learned = LearnedTemplate.get()
    assert learned.invoice_id == invoice.id and learned.learned_by == "claire"
    template = yaml.safe_load(blobs.get(learned.path))
    assert set(template["relance"]["corrected"]) == {"due_date", "total_due"}
    # Each node parses from its copy of the creditor's templates, brought from the store.
    folder = creditor_templates(templates_root(settings.data_dir), creditor)
    assert folder.name == "vauban"
    assert (folder / f"{learned.name}.yml").read_bytes() == blobs.get(learned.path)
    listing = staff_client.get("/admin/learned/").get_data(as_text=True)
    assert learned.name in listing and f"/admin/invoice/{invoice.id}/" in listing
    shown = staff_client.get(f"/admin/learned/yaml/{learned.id}/").get_data(as_text=True)
    assert "Payable\\s+au\\s+plus\\s+tard" in shown


def test_a_wrong_value_is_refused_at_its_field_and_the_invoice_stays_held(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = held_invoice(settings, creditor, 1)
    data = {**form_of(invoice, due_date="2026-13-45"), "action": "correct"}
    response = post(staff_client, f"/admin/invoice/{invoice.id}/", data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="form-error"' in html and 'is-invalid" id="f-due_date"' in html
    assert 'value="2026-13-45"' in html
    assert Invoice.get_by_id(invoice.id).needs_review


def test_rejecting_cancels_it_so_it_is_never_reminded(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = held_invoice(settings, creditor, 1)
    post(staff_client, f"/admin/invoice/{invoice.id}/", {"action": "reject"})
    again = Invoice.get_by_id(invoice.id)
    assert (again.status, again.needs_review) == (InvoiceStatus.CANCELLED, False)


def test_an_invoice_shows_its_days_overdue_and_is_cancelled_with_a_reason_and_a_confirmation(
    staff_client: FlaskClient, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(make_debtor(creditor), due_date=today() - dt.timedelta(days=9))
    url = f"/admin/invoice/{invoice.id}/"
    page = staff_client.get(url).get_data(as_text=True)
    assert '<dd class="col-7" id="days-overdue">9</dd>' in page and 'id="cancel-form"' in page
    refused = post(staff_client, url, {"action": "cancel", "reason": " "})
    html = refused.get_data(as_text=True)
    assert refused.status_code == 400 and 'is-invalid" type="checkbox" id="f-confirm"' in html
    assert f'value="{invoice.number}"' in html  # the fields stay as recorded
    refused = post(staff_client, url, {"action": "cancel", "reason": "", "confirm": "1"})
    assert "Motif : dites pourquoi la facture est annulée" in refused.get_data(as_text=True)
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.OPEN
    data = {"action": "cancel", "reason": "remplacée par FA-9", "confirm": "1"}
    assert post(staff_client, url, data).status_code == 302
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.CANCELLED
    note = DebtorNote.get(DebtorNote.debtor == invoice.debtor)
    assert (note.author, note.text) == (
        "claire",
        f"cancelled (remplacée par FA-9): {invoice.number}",
    )
    timeline = staff_client.get(f"/admin/debtor/file/{invoice.debtor_id}").get_data(as_text=True)
    assert f"Annulée (remplacée par FA-9) : {invoice.number}" in timeline
    assert 'id="cancel-form"' not in staff_client.get(url).get_data(as_text=True)


@pytest.mark.parametrize("view", ["details", "edit"])
def test_flask_admins_own_address_for_an_invoice_opens_the_invoice_page(
    staff_client: FlaskClient, creditor, view: str
) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(make_debtor(creditor))
    response = staff_client.get(f"/admin/invoice/{view}/?id={invoice.id}")
    assert (response.status_code, response.location) == (302, f"/admin/invoice/{invoice.id}/")
    assert staff_client.get(f"/admin/invoice/{view}/?id=x").status_code == 404


def test_a_correction_the_ledger_refuses_is_explained_in_french_at_its_field(
    staff_client: FlaskClient, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(make_debtor(creditor, name="Mme Martin"))
    data = {**form_of(invoice, due_date="2026-10-01"), "action": "correct"}
    html = post(staff_client, f"/admin/invoice/{invoice.id}/", data).get_data(as_text=True)
    assert "date d’échéance : l&#39;échéance est antérieure à la date d&#39;émission" in html
    assert 'is-invalid" id="f-due_date"' in html


def test_a_quarantined_scan_is_typed_by_hand_and_its_debtor_created_as_intake_would(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    scan = quarantined_scan(settings, None)
    url = f"/admin/invoice/enter/{scan.id}/"
    html = staff_client.get(url).get_data(as_text=True)
    assert f'src="/admin/invoice/document/{scan.id}/page-1.png"' in html
    assert 'id="f-creditor"' in html
    data = {
        "creditor": str(creditor.id),
        "number": "SC-77",
        "issue_date": "2026-11-02",
        "due_date": "02/12/2026",
        "amount_due": "1 250,00",
        "currency": "EUR",
        "debtor_name": "Ferme de la Combe",
        "email": "compta@ferme.test",
        "action": "enter",
    }
    response = post(staff_client, url, data)
    invoice = Invoice.get(Invoice.number == "SC-77")
    assert response.headers["Location"] == f"/admin/invoice/{invoice.id}/"
    assert (invoice.creditor_id, invoice.parse_source, invoice.needs_review) == (
        creditor.id, "manual", False,
    )  # fmt: skip
    assert str(invoice.amount_due) == "1250.00" and str(invoice.total) == "1250.00"
    assert Debtor.get_by_id(invoice.debtor_id).email == "compta@ferme.test"
    assert Document.get_by_id(scan.id).outcome == "ingested"


def test_the_dashboard_counts_invoices_to_review_and_the_list_filters_them(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = held_invoice(settings, creditor, 1)
    dashboard = staff_client.get("/admin/").get_data(as_text=True)
    assert '<a href="/admin/invoice/?flt0_2=1"><span class="todo-count">1</span>' in dashboard
    listing = staff_client.get("/admin/invoice/?flt0_2=1").get_data(as_text=True)
    assert f"/admin/invoice/{invoice.id}/" in listing
    assert "À vérifier" in listing


def test_a_decision_posted_without_its_csrf_token_is_refused(
    staff_client: FlaskClient, settings, creditor
) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = held_invoice(settings, creditor, 1)
    response = staff_client.post(f"/admin/invoice/{invoice.id}/", data={"action": "reject"})
    assert response.status_code == 400
    assert Invoice.get_by_id(invoice.id).status == InvoiceStatus.OPEN
