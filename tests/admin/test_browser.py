"""The back office driven for real: waitress serving, Debian's Chromium clicking."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ledger.clock import today
from ledger.flags import open_contact_flag
from ledger.letters import record_batch
from ledger.models import AdminUser, ContactFlag, Debtor, Reminder, ReminderStatus
from ledger.storage import blobs
from scheduler.channels import ChannelConfig
from scheduler.rules import parse_rules
from tests.admin.conftest import STAFF_PASSWORD, log_in_browser
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.scheduler.days import pass_on

# A letter, then the formal notice nine days later, sent without waiting for approval.
NOTICE_RULES = parse_rules("""
ladders:
  standard:
    - {id: r1, at: +1d, channel: letter, template: reminder_1}
    - {id: notice, at: +10d, channel: registered_letter, template: formal_notice, confirm: false}
calendar: {country: FR, send_on: every_day, hours: "00:00-23:59", timezone: Europe/Paris}
legal: {penalty_rate: 12.15, recovery_indemnity: 40, notice_days: 8}
""")


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


def test_staff_changing_a_debtors_kind_in_the_form_decides_the_next_notices_legal_wording(
    page, settings, staff_user: AdminUser
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor(name="Plomberie Durand", default_ladder="standard", is_b2b=True)
    address = {"street": "3 rue des Vosges", "postcode": "67000", "city": "Strasbourg"}
    # Intake got both wrong: the garage is a business, Mme Moreau a consumer.
    garage = make_debtor(creditor, name="Garage du Centre", kind="consumer", **address)
    moreau = make_debtor(creditor, name="Mme Agnès Moreau", kind="business", **address)
    due = dt.date(2026, 10, 1)
    for debtor in (garage, moreau):
        make_invoice(debtor, due_date=due, total="1000.00")
    config = ChannelConfig()
    assert pass_on(NOTICE_RULES, config, due + dt.timedelta(days=1)).sent == 2

    log_in_browser(page, "claire", STAFF_PASSWORD)
    for debtor, kind in ((garage, "business"), (moreau, "consumer")):
        page.goto(f"/admin/debtor/edit/?id={debtor.id}")
        page.select_option("#kind", kind)
        page.click("form.admin-form input[type=submit].btn-primary")
        page.wait_for_url("**/admin/debtor/")
        saved = Debtor.get_by_id(debtor.id)
        assert (saved.kind, saved.kind_reason) == (kind, "set by claire")

    assert pass_on(NOTICE_RULES, config, due + dt.timedelta(days=10)).sent == 2
    notices = {
        r.debtor_id: " ".join(r.body_text.split())
        for r in Reminder.select().where(
            (Reminder.step_id == "notice") & (Reminder.status == ReminderStatus.SENT)
        )
    }
    assert "L441-10" in notices[garage.id] and "40,00" in notices[garage.id]
    assert "L441-10" not in notices[moreau.id] and "indemnité" not in notices[moreau.id]
    assert "1231-6" in notices[moreau.id]
