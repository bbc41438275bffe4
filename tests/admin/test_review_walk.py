"""The review gate walked in Debian's Chromium: from the dashboard's count, validate one
invoice, correct one, reject one, then type a scanned invoice by hand. Screenshots of each
step go to test-artifacts/."""

from __future__ import annotations

from playwright.sync_api import expect

from ledger.models import Document, Invoice, InvoiceStatus, LearnedTemplate
from tests.admin.conftest import ARTIFACTS, STAFF_PASSWORD, log_in_browser
from tests.admin.review_ledger import held_invoice, quarantined_scan
from tests.factories import make_creditor


def pictures_drawn(page) -> None:  # type: ignore[no-untyped-def]
    """Every page picture loaded (the page's CSP forbids Playwright's eval-based waits)."""
    pictures = page.locator("img.document-page")
    expect(pictures.first).to_be_visible()
    for index in range(pictures.count()):
        expect(pictures.nth(index)).to_have_js_property("complete", True)
        expect(pictures.nth(index)).not_to_have_js_property("naturalWidth", 0)


def shoot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"review-{name}.png"), full_page=True)


def test_staff_validate_correct_and_reject_invoices_then_type_a_scan_by_hand(
    page, settings, staff_user
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor(slug="vauban", name="Atelier Vauban Reprographie")
    right, _ = held_invoice(settings, creditor, 1)
    wrong, truth = held_invoice(settings, creditor, 2)
    quote, _ = held_invoice(settings, creditor, 3)
    scan = quarantined_scan(settings, creditor)

    log_in_browser(page, "claire", STAFF_PASSWORD)
    assert page.locator("#to-review .todo-count").inner_text().strip() == "3"
    page.click("#to-review a")
    page.click(f"a.invoice-link[href='/admin/invoice/{right.id}/']")
    pictures_drawn(page)
    assert page.locator("#f-due_date").evaluate("e => e.classList.contains('is-invalid')")
    assert page.locator("#problems").inner_text().startswith("date d’échéance introuvable")
    shoot(page, "1-held")

    page.click("#validate")
    page.wait_for_url(f"**/admin/invoice/{wrong.id}/")
    assert not Invoice.get_by_id(right.id).needs_review
    pictures_drawn(page)
    page.fill("#f-due_date", truth.due.isoformat())
    amount = f"{truth.total:.2f}".replace(".", ",")
    page.fill("#f-total", amount)
    page.fill("#f-amount_due", amount)
    shoot(page, "2-corrected")
    page.click("#correct")
    page.wait_for_url(f"**/admin/invoice/{quote.id}/")
    assert page.locator(".alert", has_text="appris pour les prochaines factures").count() == 1
    corrected = Invoice.get_by_id(wrong.id)
    assert (corrected.due_date, corrected.amount_due) == (truth.due, truth.total)
    assert LearnedTemplate.get().invoice_id == wrong.id

    page.click("#reject")
    page.wait_for_url("**/admin/invoice/?flt0_2=1")
    assert Invoice.get_by_id(quote.id).status == InvoiceStatus.CANCELLED
    shoot(page, "3-none-left")

    page.goto("/admin/document/?flt0_0=quarantined")
    page.click(f"a.enter-by-hand[href='/admin/invoice/enter/{scan.id}/']")
    pictures_drawn(page)
    page.fill("#f-number", "SCAN-2026-7")
    page.fill("#f-issue_date", "2026-11-02")
    page.fill("#f-due_date", "2026-12-02")
    page.fill("#f-amount_due", "845,20")
    page.fill("#f-debtor_name", "Ferme de la Combe")
    page.fill("#f-postcode", "69003")
    page.fill("#f-city", "Lyon")
    shoot(page, "4-scan-typed")
    page.click("#record")
    page.wait_for_url("**/admin/invoice/*/")
    typed = Invoice.get(Invoice.number == "SCAN-2026-7")
    assert (typed.parse_source, str(typed.amount_due), typed.document_id) == (
        "manual", "845.20", scan.id,
    )  # fmt: skip
    assert Document.get_by_id(scan.id).outcome == "ingested"
    assert page.locator("#read-by").inner_text().startswith("Saisie à la main")
    shoot(page, "5-scan-recorded")

    page.goto(f"/admin/debtor/file/{corrected.debtor_id}")
    timeline = page.locator("#timeline").inner_text()
    assert "Corrigée et validée" in timeline and "claire" in timeline
