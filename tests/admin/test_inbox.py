"""The dashboard as an inbox: each count of waiting work opens its list filtered to those rows;
money is shown per currency, never added across currencies."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from ledger.clock import now, today
from ledger.letters import record_batch
from ledger.models import (
    DebtorReply,
    Document,
    DocumentOutcome,
    InvoiceStatus,
    LetterBatch,
    Payment,
    Reminder,
    ReminderStatus,
    ReplyKind,
)
from ledger.storage import blobs
from scheduler.channels import ChannelConfig
from scheduler.passes import dry_run
from scheduler.rules import parse_rules
from tests.factories import make_creditor, make_debtor, make_invoice

LIST_COUNT = re.compile(r'aria-current="page">[^<(]*\((\d+)\)')


def _reminder(debtor, n: int, channel: str, status: str, **fields) -> Reminder:  # type: ignore[no-untyped-def]
    return Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key=f"k{n}",
        ladder="standard",
        step_id="r1",
        channel=channel,
        due_on=today(),
        status=status,
        **fields,
    )


@pytest.fixture
def waiting_work(app) -> None:  # type: ignore[no-untyped-def]
    followed = make_creditor(slug="suivi", default_ladder="standard")
    orphan = make_creditor(slug="orphelin")
    late = today() - dt.timedelta(days=40)
    kept = make_debtor(followed)
    lost = make_debtor(orphan)
    make_invoice(kept, number="A-1", due_date=late)
    make_invoice(lost, number="B-1", due_date=late)
    make_invoice(lost, number="B-2", due_date=late, status=InvoiceStatus.PARTIALLY_PAID)
    make_invoice(lost, number="B-3", due_date=today() + dt.timedelta(days=5))
    make_invoice(lost, number="B-4", due_date=None)
    make_invoice(kept, number="A-2", due_date=late, needs_review=True)
    _reminder(kept, 1, "email", ReminderStatus.FAILED, last_error="relay down")
    _reminder(kept, 2, "email", ReminderStatus.FAILED, last_error="relay down")
    _reminder(kept, 3, "registered_letter", ReminderStatus.AWAITING_APPROVAL)
    batch = blobs.put(b"%PDF-1.4 batch", ".pdf")
    record_batch(today().isoformat(), today(), batch, [3], 14)
    posted = dt.date(2026, 11, 2)
    record_batch(posted.isoformat(), posted, batch, [1, 2], 14)  # posted: not counted
    LetterBatch.update(posted_at=now()).where(LetterBatch.day == posted).execute()
    Document.create(sha256="a" * 64, outcome=DocumentOutcome.QUARANTINED, reason="x")
    Payment.create(
        creditor=followed,
        key="p",
        amount=Decimal(10),
        received_on=today(),
        unallocated=Decimal(10),
    )


def _todo(html: str) -> dict[str, tuple[int, str]]:
    found = re.findall(
        r'<li class="todo-item[^"]*" id="([\w-]+)">\s*<a href="([^"]+)"><span class="todo-count">'
        r"([\d—]+)</span>",
        html,
    )
    return {key: (int(count), href.replace("&amp;", "&")) for key, href, count in found}


def test_each_count_of_the_inbox_opens_its_list_filtered_to_exactly_those_rows(
    staff_client, waiting_work
) -> None:  # type: ignore[no-untyped-def]
    todo = _todo(staff_client.get("/admin/").get_data(as_text=True))
    assert {key: count for key, (count, _) in todo.items()} == {
        "todo-failed": 2,
        "to-complete": 0,
        "todo-replies": 0,
        "todo-approvals": 1,
        "to-review": 1,
        "todo-quarantined": 1,
        "todo-unmatched": 1,
        "todo-letters": 1,
        "todo-calls": 0,
        "todo-no-due-date": 1,
        "todo-unfollowed": 2,
    }
    for key in ("todo-failed", "to-review", "todo-quarantined", "todo-unmatched"):
        count, href = todo[key]
        listed = LIST_COUNT.search(staff_client.get(href).get_data(as_text=True))
        assert listed and int(listed.group(1)) == count, key
    for key, numbers in (("todo-unfollowed", {"B-1", "B-2"}), ("todo-no-due-date", {"B-4"})):
        html = staff_client.get(todo[key][1]).get_data(as_text=True)
        assert {n for n in ("A-1", "A-2", "B-1", "B-2", "B-3", "B-4") if n in html} == numbers
    approvals = staff_client.get(todo["todo-approvals"][1]).get_data(as_text=True)
    assert approvals.count('class="card mb-3 approval"') == 1


def test_an_assign_rule_that_gives_a_ladder_takes_the_debtor_out_of_the_unfollowed(
    settings, staff_client
) -> None:  # type: ignore[no-untyped-def]
    settings.rules.write_text(
        settings.rules.read_text()
        + "assign:\n  - {when: {payment_method: cheque, min_amount: 100}, ladder: standard}\n"
    )
    orphan = make_creditor(slug="orphelin")
    late = today() - dt.timedelta(days=40)
    by_cheque = make_debtor(orphan, payment_method="cheque")
    small = make_debtor(orphan, payment_method="cheque")
    make_invoice(by_cheque, number="C-1", due_date=late, total="150.00")
    make_invoice(small, number="C-2", due_date=late, total="20.00")
    todo = _todo(staff_client.get("/admin/").get_data(as_text=True))
    assert todo["todo-unfollowed"][0] == 1
    html = staff_client.get(todo["todo-unfollowed"][1]).get_data(as_text=True)
    assert "C-2" in html and "C-1" not in html


@pytest.mark.parametrize(
    ("replied_days_ago", "unfollowed"),
    [(1, {"L-1"}), (10, {"L-1", "R-1"})],
    ids=["left-alone-after-replying", "pause-over"],
)
def test_a_debtor_left_alone_after_replying_is_not_counted_as_followed_by_no_ladder(
    settings, staff_client, replied_days_ago: int, unfollowed: set[str]
) -> None:  # type: ignore[no-untyped-def]
    orphan = make_creditor(slug="orphelin")
    late = today() - dt.timedelta(days=40)
    replied, forgotten = make_debtor(orphan), make_debtor(orphan)
    make_invoice(replied, number="R-1", due_date=late)
    make_invoice(forgotten, number="L-1", due_date=late)
    answered = _reminder(replied, 1, "email", ReminderStatus.SENT)
    DebtorReply.create(
        debtor=replied,
        reminder=answered,
        mail_key="reply-1",
        kind=ReplyKind.REPLY,
        received_at=now() - dt.timedelta(days=replied_days_ago),
    )
    todo = _todo(staff_client.get("/admin/").get_data(as_text=True))
    assert todo["todo-unfollowed"][0] == len(unfollowed)
    html = staff_client.get(todo["todo-unfollowed"][1]).get_data(as_text=True)
    assert {n for n in ("R-1", "L-1") if n in html} == unfollowed
    # The reply has its own line; the pass counts the unfollowed as the dashboard does.
    assert todo["todo-replies"][0] == 1
    rules = parse_rules(settings.rules.read_text())
    assert dry_run(rules, today(), ChannelConfig()).unfollowed_invoices == len(unfollowed)


def test_amounts_are_shown_per_currency_and_never_added_together(staff_client) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor())
    late = today() - dt.timedelta(days=40)
    make_invoice(debtor, due_date=late, total="100.00")
    make_invoice(debtor, due_date=late, total="50.00", currency="GBP")
    html = staff_client.get("/admin/").get_data(as_text=True)
    flat = html.replace("\u202f", " ").replace("\xa0", " ")
    assert "150,00" not in flat
    assert 'id="outstanding-EUR">100,00 €' in flat
    assert 'id="outstanding-GBP">50,00 £GB' in flat
