"""Prochaines relances: staff see the next days of reminders and the message each would send."""

from __future__ import annotations

import datetime as dt
import re

from ledger.clock import now, today
from ledger.models import Reminder, ReminderStatus
from ledger.reminders import HANDOFF
from tests.factories import make_creditor, make_debtor, make_invoice


def test_staff_see_the_next_reminders_and_open_the_message_each_would_send(staff_client) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(
        make_creditor(name="Plomberie Durand"),
        name="Boulangerie Martin",
        email="compta@martin.fr",
        ladder="standard",
    )
    make_invoice(debtor, number="F-77", due_date=today(), total="120.00")
    page = staff_client.get("/admin/upcoming/")
    assert page.status_code == 200, "staff, not only admins, see what goes out"
    html = page.get_data(as_text=True)
    assert "Boulangerie Martin" in html and "1re relance (e-mail)" in html and "F-77" in html
    link = re.search(r'class="preview-link" href="([^"]+)"', html)
    assert link
    preview = staff_client.get(link.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert 'id="preview-to">compta@martin.fr' in preview
    text = preview[preview.index('id="preview-text"') :]
    assert "F-77" in text and "Boulangerie Martin" in text and "120,00" in text


def test_the_rules_page_reuses_the_dry_run_until_asked_or_the_rules_change(
    admin_client, settings
) -> None:  # type: ignore[no-untyped-def]
    creditor = make_creditor()
    make_invoice(make_debtor(creditor, name="Due Soon", ladder="standard"), due_date=today())
    first = admin_client.get("/admin/rules/").get_data(as_text=True)
    assert "Due Soon" in first and "calculé le" in first
    make_invoice(make_debtor(creditor, name="Came Later", ladder="standard"), due_date=today())
    assert "Came Later" not in admin_client.get("/admin/rules/").get_data(as_text=True)
    assert "Came Later" in admin_client.get("/admin/rules/?refresh=1").get_data(as_text=True)
    make_invoice(make_debtor(creditor, name="After The Edit", ladder="standard"), due_date=today())
    settings.rules.write_text(settings.rules.read_text() + "\n# edited by staff\n")
    assert "After The Edit" in admin_client.get("/admin/rules/").get_data(as_text=True)


def test_a_message_a_stopped_pass_had_handed_over_is_not_among_the_next_reminders(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor(), name="Déjà Remis", email="remis@client.test")
    Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key="handed-over",
        ladder="standard",
        step_id="r1",
        channel="email",
        due_on=today(),
        status=ReminderStatus.PENDING,
        claimed_by="dead-host:1:x/1",
        claimed_at=now() - dt.timedelta(hours=1),
        outcome=HANDOFF,
    )
    html = staff_client.get("/admin/upcoming/").get_data(as_text=True)
    assert "Déjà Remis" not in html
