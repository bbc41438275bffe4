"""Issue 11, defect 8: a non-sending day sends nothing at all (no release, retry or digest);
the digest counts each debtor once and does not repeat its subject in its body."""

from __future__ import annotations

import datetime as dt

from ledger.models import ContactFlag, Debtor, Reminder, ReminderStatus
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import pass_on

FRIDAY = dt.date(2026, 12, 4)
SATURDAY = dt.date(2026, 12, 5)
MONDAY = dt.date(2026, 12, 7)


def flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_a_saturday_pass_releases_retries_and_digests_nothing(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    blocked = reachable_debtor(acme, name="Sans adresse", email=None)
    make_invoice(blocked, number="F-1", due_date=dt.date(2026, 12, 2))
    failing = reachable_debtor(acme, name="Relais en panne", email="panne@client.test")
    make_invoice(failing, number="F-2", due_date=dt.date(2026, 12, 2))
    reachable_debtor(acme, name="Encore bloqué", email=None, street=None)
    smtp_sink.stop()
    pass_on(rules, config, dt.date(2026, 12, 3))  # r1 for both: one blocked, one failed
    smtp_sink.start()
    assert {r.status for r in Reminder.select().where(Reminder.status != "skipped")} == {
        ReminderStatus.BLOCKED_MISSING_CONTACT,
        ReminderStatus.FAILED,
    }
    Debtor.update(email="trouve@client.test").where(Debtor.id == blocked.id).execute()
    report = pass_on(rules, config, SATURDAY)
    assert smtp_sink.messages() == []
    assert (report.released, report.sent, report.failed) == (0, 0, 0)
    assert {r.status for r in Reminder.select().where(Reminder.status != "skipped")} == {
        ReminderStatus.BLOCKED_MISSING_CONTACT,
        ReminderStatus.FAILED,
    }
    pass_on(rules, config, MONDAY)
    assert len(smtp_sink.wait_for(2)) >= 2


def test_the_digest_counts_a_debtor_missing_two_contacts_once_and_starts_with_a_greeting(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, email=None, phone=None)
    make_invoice(debtor, number="F-3", due_date=dt.date(2026, 11, 2), total="250")
    pass_on(rules, config, dt.date(2026, 11, 3))  # r1 email: blocked
    Reminder.update(status=ReminderStatus.SENT).execute()  # as if sent: r2 can come
    pass_on(rules, config, dt.date(2026, 11, 12))  # r2 email + sms: both blocked
    assert {f.kind for f in ContactFlag.select()} == {"email", "phone"}
    digests = [m for m in smtp_sink.messages() if m["To"] == "compta@acme.test"]
    body = flat(digests[-1].get_body(("plain",)).get_content())
    assert body.splitlines()[0] == "Bonjour,"
    assert "1 débiteur" in body
    assert "Montant total concerné : 250,00 €" in body
