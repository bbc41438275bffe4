"""Réglages › Créanciers: an administrator chooses how a creditor counts "N jours fin de mois";
the page and its message say that invoices already recorded keep their due date."""

from __future__ import annotations

import datetime as dt

from ledger.models import AdminUser, Creditor, Invoice, MonthEndReading
from tests.admin.conftest import ADMIN_PASSWORD, log_in_browser, page_token
from tests.factories import make_creditor, make_debtor, make_invoice

URL = "/admin/creditors/"


def test_an_admin_sets_a_creditors_month_end_reading_in_the_browser(
    page, settings, admin_user: AdminUser
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor(name="Plomberie Durand")
    make_invoice(make_debtor(creditor), due_date=dt.date(2026, 12, 31))

    log_in_browser(page, "root", ADMIN_PASSWORD)
    page.click("#main-menu .dropdown-toggle:has-text('Réglages')")
    page.click("#main-menu a:has-text('Créanciers')")
    page.wait_for_url(f"**{URL}")
    assert "30 jours fin de mois" in page.locator("#month-end-help").inner_text()
    assert "gardent leur échéance" in page.locator("#month-end-change").inner_text()
    choice = page.locator(f"#month-end-{creditor.id}")
    assert choice.locator("option:checked").inner_text() == "Date + N jours, puis fin de mois"

    choice.select_option(label="Fin de mois, puis + N jours")
    page.click(f"#creditor-{creditor.id} .save-reading")
    page.wait_for_url(f"**{URL}")
    said = page.locator(".alert-success").inner_text()
    assert "Plomberie Durand : « N jours fin de mois » se lit désormais" in said
    assert "Sa seule facture ouverte déjà enregistrée garde son échéance" in said
    saved = Creditor.get_by_id(creditor.id)
    assert saved.month_end_reading == MonthEndReading.MONTH_END_THEN_DAYS
    assert Invoice.get().due_date == dt.date(2026, 12, 31)
    checked = page.locator(f"#month-end-{creditor.id} option:checked").inner_text()
    assert checked == "Fin de mois, puis + N jours"


def test_the_page_speaks_english_too(admin_client) -> None:  # type: ignore[no-untyped-def]
    make_creditor(name="Plomberie Durand")
    html = admin_client.get(f"{URL}?lang=en").get_data(as_text=True)
    assert 'Reading of "N jours fin de mois"' in html.replace("&#34;", '"')
    assert "End of month, then + N days" in html


def test_an_unknown_reading_changes_nothing_and_says_so(admin_client) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    token = page_token(admin_client, URL)
    response = admin_client.post(
        f"{URL}{creditor.id}",
        data={"month_end_reading": "fin de mois", "csrf_token": token},
        follow_redirects=True,
    )
    assert "Lecture inconnue : rien n'a changé." in response.get_data(as_text=True).replace(
        "&#39;", "'"
    )
    assert Creditor.get_by_id(creditor.id).month_end_reading == MonthEndReading.DAYS_THEN_MONTH_END


def test_staff_who_are_not_admins_cannot_change_it(staff_client) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    assert staff_client.get(URL).status_code == 403
    token = page_token(staff_client, "/admin/")
    response = staff_client.post(
        f"{URL}{creditor.id}",
        data={"month_end_reading": MonthEndReading.MONTH_END_THEN_DAYS, "csrf_token": token},
    )
    assert response.status_code == 403
    assert Creditor.get_by_id(creditor.id).month_end_reading == MonthEndReading.DAYS_THEN_MONTH_END
