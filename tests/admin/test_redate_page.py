"""Réglages › Créanciers › Redater: after the reading of "N jours fin de mois" changed, an
administrator sees the open invoices whose due date the terms gave, old → new, and applies the
change once confirmed; a printed date is never listed."""

from __future__ import annotations

import datetime as dt

from ledger.models import AdminUser, Creditor, DebtorNote, Invoice, MonthEndReading
from tests.admin.conftest import ADMIN_PASSWORD, log_in_browser, page_token
from tests.factories import make_creditor, make_debtor, make_invoice

D = dt.date
URL = "/admin/creditors/"


def ledger() -> tuple[Creditor, Invoice, Invoice]:
    """A creditor read "date + N jours, puis fin de mois", an invoice dated by its terms (31
    October; 14 November by the other reading) and one whose due date was printed."""
    creditor = make_creditor(name="Plomberie Durand")
    debtor = make_debtor(creditor, name="SCI Les Tilleuls", ladder="standard")
    by_terms = make_invoice(
        debtor,
        number="F-1",
        issue_date=D(2026, 9, 5),
        due_date=D(2026, 10, 31),
        due_terms="45 jours fin de mois",
        due_reading=MonthEndReading.DAYS_THEN_MONTH_END,
    )
    printed = make_invoice(debtor, number="F-2", issue_date=D(2026, 9, 5), due_date=D(2026, 10, 31))
    return creditor, by_terms, printed


def test_an_admin_changes_the_reading_previews_and_re_dates_in_the_browser(
    page, settings, admin_user: AdminUser
) -> None:  # type: ignore[no-untyped-def]
    creditor, by_terms, printed = ledger()

    log_in_browser(page, "root", ADMIN_PASSWORD)
    page.goto(page.url.split("/admin")[0] + URL)
    page.locator(f"#month-end-{creditor.id}").select_option(label="Fin de mois, puis + N jours")
    page.click(f"#creditor-{creditor.id} .save-reading")
    page.wait_for_url(f"**{URL}{creditor.id}/redate")
    assert "1 facture ouverte a une échéance calculée" in page.locator(".alert-info").inner_text()
    kept = page.locator(".alert-success").inner_text()
    assert "Sa seule facture ouverte déjà enregistrée garde son échéance" in kept
    rows = page.locator("#redate-changes tbody tr")
    assert rows.count() == 1
    row = page.locator(f"#redate-{by_terms.id}")
    assert "F-1" in row.inner_text()
    assert row.locator(".redate-dates").inner_text() == "31/10/2026 → 14/11/2026"
    assert "Passage d'aujourd'hui" in row.inner_text()
    assert Invoice.get_by_id(by_terms.id).due_date == D(2026, 10, 31)

    page.click("#redate-confirm button")
    page.wait_for_url(f"**{URL}")
    said = page.locator(".alert-success").inner_text()
    assert "Plomberie Durand : 1 facture redatée" in said
    assert Invoice.get_by_id(by_terms.id).due_date == D(2026, 11, 14)
    assert Invoice.get_by_id(printed.id).due_date == D(2026, 10, 31)
    [note] = DebtorNote.select()
    assert (note.author, note.text.split(" (")[0]) == ("root", "re-dated: F-1")


def test_a_confirmation_for_another_list_changes_nothing_and_says_so(admin_client) -> None:  # type: ignore[no-untyped-def]
    creditor, by_terms, _printed = ledger()
    Creditor.update(month_end_reading=MonthEndReading.MONTH_END_THEN_DAYS).execute()
    token = page_token(admin_client, f"{URL}{creditor.id}/redate")
    response = admin_client.post(
        f"{URL}{creditor.id}/redate",
        data={"confirmed": "month_end_then_days|", "csrf_token": token},
        follow_redirects=True,
    )
    assert "Les factures à redater ont changé entre-temps" in response.get_data(as_text=True)
    assert Invoice.get_by_id(by_terms.id).due_date == D(2026, 10, 31)


def test_without_the_csrf_token_nothing_is_re_dated(admin_client) -> None:  # type: ignore[no-untyped-def]
    creditor, by_terms, _printed = ledger()
    Creditor.update(month_end_reading=MonthEndReading.MONTH_END_THEN_DAYS).execute()
    html = admin_client.get(f"{URL}{creditor.id}/redate").get_data(as_text=True)
    fingerprint = html.split('name="confirmed" value="')[1].split('"')[0]
    response = admin_client.post(f"{URL}{creditor.id}/redate", data={"confirmed": fingerprint})
    assert response.status_code == 400
    assert Invoice.get_by_id(by_terms.id).due_date == D(2026, 10, 31)


def test_staff_who_are_not_admins_cannot_re_date(staff_client) -> None:  # type: ignore[no-untyped-def]
    creditor, _by_terms, _printed = ledger()
    assert staff_client.get(f"{URL}{creditor.id}/redate").status_code == 403


def test_the_preview_speaks_english_too(admin_client) -> None:  # type: ignore[no-untyped-def]
    creditor, _by_terms, _printed = ledger()
    Creditor.update(month_end_reading=MonthEndReading.MONTH_END_THEN_DAYS).execute()
    html = admin_client.get(f"{URL}{creditor.id}/redate?lang=en").get_data(as_text=True)
    assert "Re-date the invoices of Plomberie Durand" in html
    assert "Re-date this invoice" in html
