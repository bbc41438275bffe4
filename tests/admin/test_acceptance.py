"""The issue's acceptance walk: a real browser, the real reminder pass, real SMTP, real ingest."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from ingest.pipeline import Intake, process_message
from ledger.models import (
    AdminUser,
    ContactFlag,
    Creditor,
    Debtor,
    Document,
    DocumentOutcome,
    Reminder,
    ReminderInvoice,
)
from ledger.storage import blobs
from parsing import ParserPool
from scheduler.rules import load_rules
from scheduler.rules_store import apply_creditors
from tests.admin.conftest import ARTIFACTS, STAFF_PASSWORD, log_in_browser
from tests.factories import make_debtor, make_invoice
from tests.ingest import mails
from tests.servers.smtp_sink import SmtpSink

ROOT = Path(__file__).resolve().parents[2]
MONDAY = dt.date(2026, 12, 7)
RULES = """
creditors:
  durand:
    name: "Plomberie Durand SARL"
    siren: "732829320"
    letterhead: |
      Plomberie Durand SARL
      3 place Kléber
      67000 Strasbourg
    email: "compta@durand.test"
    allowed_senders: ["@durand.test"]
    default_ladder: standard
ladders:
  standard:
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r3, at: +20d, channel: letter, template: reminder_3}
calendar: {country: FR, send_on: business_days, hours: "00:00-23:59", timezone: Europe/Paris}
legal: {penalty_rate: 12.15, recovery_indemnity: 40, notice_days: 8}
"""


def remind(settings, sink: SmtpSink, day: dt.date) -> str:  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RELANCE_DATABASE_URL": settings.database_url,
        "RELANCE_DATA_DIR": str(settings.data_dir),
        "RELANCE_RULES": str(settings.rules),
        "RELANCE_OUTGOING_SMTP_URL": sink.url,
    }
    done = subprocess.run(
        [sys.executable, "-m", "relance", "remind", "--on", day.isoformat(), "--anyway"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_staff_complete_a_contact_the_step_goes_out_a_document_is_reprocessed_letters_printed(
    page, settings, staff_user: AdminUser, smtp_sink: SmtpSink
) -> None:  # type: ignore[no-untyped-def]
    settings.rules.write_text(RULES)
    apply_creditors(load_rules(settings.rules))
    creditor = Creditor.get(Creditor.slug == "durand")
    silent = make_debtor(
        creditor,
        name="Boulangerie <Martin>",
        street="1 rue Haute",
        postcode="67000",
        city="Strasbourg",
    )
    make_invoice(silent, number="F-1001", due_date=MONDAY - dt.timedelta(days=3), total="480.00")
    posted = make_debtor(
        creditor,
        name="SCI Les Tilleuls",
        street="8 avenue des Vosges",
        postcode="67000",
        city="Strasbourg",
        email="sci@tilleuls.test",
    )
    old = make_invoice(
        posted, number="F-0900", due_date=MONDAY - dt.timedelta(days=21), total="90.00"
    )
    first = Reminder.create(
        creditor=creditor,
        debtor=posted,
        key="earlier-r1",
        ladder="standard",
        step_id="r1",
        channel="email",
        due_on=MONDAY - dt.timedelta(days=20),
        status="sent",
    )
    ReminderInvoice.create(
        reminder=first, invoice=old, ladder="standard", step_id="r1", amount_due="90.00"
    )  # so the letter (r3) is due on Monday

    first_pass = remind(settings, smtp_sink, MONDAY)
    flag = ContactFlag.get(ContactFlag.debtor == silent)
    assert (flag.kind, flag.step_id, flag.resolved_at) == ("email", "r1", None), first_pass

    ARTIFACTS.mkdir(exist_ok=True)
    log_in_browser(page, "claire", STAFF_PASSWORD)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    page.click("#to-complete a")
    row = page.locator("#worklist tbody tr", has_text="Boulangerie <Martin>")
    assert "1re relance (e-mail)" in row.inner_text()
    page.screenshot(path=str(ARTIFACTS / "worklist.png"), full_page=True)
    row.locator(".complete-link").click()
    page.fill("#email", "contact@boulangerie-martin.fr")
    page.click("#save-contact")
    page.wait_for_url("**/admin/worklist/")
    assert ContactFlag.get_by_id(flag.id).resolved_at is not None

    remind(settings, smtp_sink, MONDAY + dt.timedelta(days=1))
    sent = [m for m in smtp_sink.wait_for(1) if m["To"] == "contact@boulangerie-martin.fr"]
    assert len(sent) == 1
    assert "F-1001" in sent[0].get_body(("plain",)).get_content()

    pool = ParserPool(1)
    try:
        intake = Intake(blobs, pool.parse)
        process_message(
            mails.invoice_mail("F-2001", sender="compta@newclient.test"), "smtp", intake
        )
    finally:
        pool.close()
    document = Document.get(Document.outcome == DocumentOutcome.QUARANTINED)
    creditor.allowed_senders += "\n@newclient.test"
    creditor.save()
    page.goto("/admin/document/")
    page.click("#quarantine-filter")
    row = page.locator("tr", has_text=document.original_filename)
    assert "newclient.test" in row.inner_text()
    row.locator("button.reprocess").click()
    page.wait_for_selector(".alert-success")
    assert Document.get_by_id(document.id).outcome == DocumentOutcome.INGESTED
    assert "enregistrées : F-2001" in page.locator(".alert-success").inner_text()

    page.goto("/admin/letters/")
    batch = f"{MONDAY.isoformat()}.pdf"
    with page.expect_download() as download_info:
        page.click(f"a:has-text('{batch}')")
    assert Path(download_info.value.path()).read_bytes().startswith(b"%PDF")
    assert Debtor.get_by_id(posted.id).email == "sci@tilleuls.test"
