"""The back office driven for real: waitress serving, Debian's Chromium clicking."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ledger.clock import today
from ledger.flags import open_contact_flag
from ledger.letters import record_batch
from ledger.models import AdminUser, ContactFlag, Debtor
from ledger.storage import blobs
from tests.admin.conftest import STAFF_PASSWORD, log_in_browser
from tests.factories import make_creditor, make_debtor, make_invoice


def test_staff_complete_a_flagged_contact_and_download_the_letters(
    page, settings, staff_user: AdminUser
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor(name="Plomberie Durand")
    debtor = make_debtor(creditor, name="Boulangerie <Martin>", customer_ref="C042")
    make_invoice(debtor, due_date=today() - dt.timedelta(days=12), total="480.00")
    make_invoice(debtor, due_date=today() + dt.timedelta(days=20), total="120.00")
    open_contact_flag(debtor, "email", step_id="r1", amount_at_stake=Decimal("480.00"))
    batch = b"%PDF-1.4\n% a batch of letters\n%%EOF\n"
    record_batch(today().isoformat(), today(), blobs.put(batch, ".pdf"), [], len(batch))

    log_in_browser(page, "claire", STAFF_PASSWORD)
    assert page.locator("#to-complete .todo-count").inner_text().strip() == "1"
    assert "svg" in page.locator(".relance-chart").evaluate("e => e.tagName.toLowerCase()")

    page.click("#to-complete a")
    row = page.locator("#worklist tbody tr", has_text="Boulangerie <Martin>")
    assert row.count() == 1
    assert "1re relance (e-mail)" in row.inner_text()

    row.locator(".complete-link").click()
    page.fill("#email", "not an email")
    page.click("#save-contact")
    assert page.locator("#contact-error").is_visible()
    page.fill("#email", "contact@boulangerie-martin.fr")
    page.click("#save-contact")
    page.wait_for_url("**/admin/worklist/")
    assert page.locator("#worklist-empty").is_visible()
    flag = ContactFlag.get(ContactFlag.debtor == debtor)
    assert flag.resolved_at is not None and flag.resolved_by == "claire"
    assert Debtor.get_by_id(debtor.id).email == "contact@boulangerie-martin.fr"

    page.goto("/admin/letters/")
    with page.expect_download() as download_info:
        page.click(".today-batch")
    download = download_info.value
    assert download.suggested_filename == f"{today().isoformat()}.pdf"
    assert Path(download.path()).read_bytes() == batch


def test_a_visitor_without_a_session_cannot_open_a_pdf_in_the_browser(page, settings) -> None:  # type: ignore[no-untyped-def]
    response = page.goto("/admin/letters/download/anything.pdf")
    assert "/login" in page.url
    assert response is not None and response.ok
