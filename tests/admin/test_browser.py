"""The back office driven for real: waitress serving, Debian's Chromium clicking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask

from admin.server import AdminService
from ledger.clock import today
from ledger.flags import open_contact_flag
from ledger.models import AdminUser, ContactFlag, Debtor
from tests.admin.conftest import STAFF_PASSWORD
from tests.factories import make_creditor, make_debtor, make_invoice

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def served(app: Flask) -> Iterator[AdminService]:
    service = AdminService(app, "127.0.0.1", 0)
    service.start()
    yield service
    service.stop()


@pytest.fixture
def page(served: AdminService) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(
            base_url=served.url, viewport={"width": 1400, "height": 900}, accept_downloads=True
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        context.close()
        browser.close()


def log_in(page, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/admin/")
    assert "/login" in page.url
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("#login-submit")
    page.wait_for_url("**/admin/")


def test_staff_complete_a_flagged_contact_and_download_the_letters(
    page, settings, staff_user: AdminUser
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor(name="Plomberie Durand")
    debtor = make_debtor(creditor, name="Boulangerie <Martin>", customer_ref="C042")
    make_invoice(debtor, due_date=today() - dt.timedelta(days=12), total="480.00")
    make_invoice(debtor, due_date=today() + dt.timedelta(days=20), total="120.00")
    open_contact_flag(debtor, "email", step_id="r1", amount_at_stake=Decimal("480.00"))
    letters = settings.data_dir / "letters"
    letters.mkdir(parents=True)
    batch = letters / f"{today().isoformat()}.pdf"
    batch.write_bytes(b"%PDF-1.4\n% a batch of letters\n%%EOF\n")
    ARTIFACTS.mkdir(exist_ok=True)

    log_in(page, "claire", STAFF_PASSWORD)
    assert page.locator("#to-complete").inner_text().strip() == "1"
    assert "svg" in page.locator(".relance-chart").evaluate("e => e.tagName.toLowerCase()")
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    page.click("#to-complete a")
    row = page.locator("#worklist tbody tr", has_text="Boulangerie <Martin>")
    assert row.count() == 1
    assert "r1" in row.inner_text()
    page.screenshot(path=str(ARTIFACTS / "worklist.png"), full_page=True)

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
    assert download.suggested_filename == batch.name
    assert Path(download.path()).read_bytes() == batch.read_bytes()


def test_a_visitor_without_a_session_cannot_open_a_pdf_in_the_browser(page, settings) -> None:  # type: ignore[no-untyped-def]
    response = page.goto("/admin/letters/download/anything.pdf")
    assert "/login" in page.url
    assert response is not None and response.ok
