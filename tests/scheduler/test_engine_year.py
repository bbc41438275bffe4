"""A year of simulated days through the pure engine: which step goes out on which day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from scheduler.engine import plan_day
from scheduler.rules import parse_rules
from scheduler.snapshot_types import DELIVERED, StepRecord
from tests.scheduler.simulation import RULES, debtor, invoice, set_invoice, simulate

D = dt.date
YEAR = (D(2027, 1, 1), D(2027, 12, 31))


def steps(sent):  # type: ignore[no-untyped-def]
    """(day, step) in order, once per step whatever its channels."""
    found = []
    for s in sent:
        if (s.day, s.step) not in found:
            found.append((s.day, s.step))
    return found


def test_each_step_goes_on_its_day_or_seven_days_after_the_last_message() -> None:
    # Due Friday 15 January 2027.
    sent = simulate([debtor(invoice("F1", D(2027, 1, 15)))], *YEAR)
    assert steps(sent) == [
        (D(2027, 1, 12), "courtesy"),  # -3d, a Tuesday
        (D(2027, 1, 19), "r1"),  # +1d is a Saturday, but the courtesy was 7 days before
        (D(2027, 1, 26), "r2"),  # +10d is a Monday: 7 days after r1
        (D(2027, 2, 4), "r3"),  # +20d, a Thursday
        (D(2027, 2, 15), "notice"),  # +30d is a Sunday: Monday
        (D(2027, 3, 1), "handover"),  # +45d, a Monday, 14 days after the notice
    ]


@pytest.mark.parametrize(
    ("due", "step", "expected"),
    [
        (D(2026, 12, 24), "r1", D(2026, 12, 28)),  # Christmas, then a weekend
        (D(2027, 5, 7), "r1", D(2027, 5, 10)),  # 8 May (Victoire 1945) is a Saturday
        (D(2027, 7, 13), "r1", D(2027, 7, 15)),  # 14 July
        (D(2027, 10, 31), "r1", D(2027, 11, 2)),  # 1 November (All Saints' Day)
        (D(2027, 8, 14), "r1", D(2027, 8, 16)),  # 15 August falls on a Sunday
    ],
)
def test_a_step_falling_on_a_french_holiday_waits_for_the_next_business_day(
    due: dt.date, step: str, expected: dt.date
) -> None:
    sent = simulate([debtor(invoice("F1", due))], due, due + dt.timedelta(days=9))
    assert dict((s, d) for d, s in steps(sent))[step] == expected


def test_nothing_goes_out_on_a_weekend_or_a_holiday() -> None:
    snapshot = [debtor(invoice("F1", D(2027, 1, 1)))]
    assert plan_day(snapshot, RULES, D(2027, 1, 16)).actions == []  # Saturday
    assert plan_day(snapshot, RULES, D(2027, 5, 1)).actions == []  # Labour Day


def test_a_debtor_late_three_times_this_year_starts_at_the_escalation_step() -> None:
    skipped: list = []
    sent = simulate(
        [debtor(invoice("F1", D(2027, 1, 15)), late_invoices_last_365d=3)], *YEAR, skipped=skipped
    )
    assert [s for _, s in steps(sent)] == ["r3", "notice", "handover"]
    assert [(day, step) for day, step, _ in skipped] == [
        (D(2027, 2, 4), "courtesy"),
        (D(2027, 2, 4), "r1"),
        (D(2027, 2, 4), "r2"),
    ]


def test_a_debtor_late_twice_follows_the_whole_ladder() -> None:
    sent = simulate([debtor(invoice("F1", D(2027, 1, 15)), late_invoices_last_365d=2)], *YEAR)
    assert [s for _, s in steps(sent)][:2] == ["courtesy", "r1"]


def test_a_dispute_pauses_the_ladder_and_its_end_resumes_it_once() -> None:
    sent = simulate(
        [debtor(invoice("F1", D(2027, 1, 15)))],
        *YEAR,
        events={
            D(2027, 1, 20): set_invoice("F1", status="disputed"),
            D(2027, 2, 8): set_invoice("F1", status="open"),
        },
    )
    # r2 (25 Jan) and r3 (4 Feb) fell during the dispute: r2 goes on return, r3 a week later.
    assert steps(sent)[:5] == [
        (D(2027, 1, 12), "courtesy"),
        (D(2027, 1, 19), "r1"),
        (D(2027, 2, 8), "r2"),
        (D(2027, 2, 15), "r3"),
        (D(2027, 2, 22), "notice"),
    ]


def test_a_promise_to_pay_holds_reminders_until_its_date() -> None:
    sent = simulate(
        [debtor(invoice("F1", D(2027, 1, 15)))],
        *YEAR,
        events={D(2027, 1, 20): set_invoice("F1", pause_until=D(2027, 2, 1))},
    )
    assert steps(sent)[2:4] == [(D(2027, 2, 1), "r2"), (D(2027, 2, 8), "r3")]


def test_a_debtor_in_dispute_or_not_to_be_contacted_gets_nothing() -> None:
    for flags in ({"dispute": True}, {"do_not_contact": True}):
        assert simulate([debtor(invoice("F1", D(2027, 1, 15)), **flags)], *YEAR) == []


@pytest.mark.parametrize(
    "status", ["paid", "cancelled", "disputed", "promised", "in_plan", "handed_over"]
)
def test_invoices_in_these_states_get_no_reminder(status: str) -> None:
    assert simulate([debtor(invoice("F1", D(2027, 1, 15), status=status))], *YEAR) == []


def test_a_credit_note_gets_no_reminder() -> None:
    assert simulate([debtor(invoice("A1", D(2027, 1, 15), is_credit_note=True))], *YEAR) == []


def test_a_payment_mid_ladder_stops_it() -> None:
    sent = simulate(
        [debtor(invoice("F1", D(2027, 1, 15)))],
        *YEAR,
        events={D(2027, 1, 20): set_invoice("F1", status="paid", amount_due=Decimal("0"))},
    )
    assert [s for _, s in steps(sent)] == ["courtesy", "r1"]


def test_a_partial_payment_keeps_the_ladder_with_the_remaining_amount() -> None:
    sent = simulate(
        [debtor(invoice("F1", D(2027, 1, 15), "300.00"))],
        *YEAR,
        events={
            D(2027, 1, 20): set_invoice("F1", status="partially_paid", amount_due=Decimal("120.00"))
        },
    )
    assert [(s.step, s.total) for s in sent if s.channel == "email"][1:3] == [
        ("r1", Decimal("300.00")),
        ("r2", Decimal("120.00")),
    ]


def test_one_reminder_per_debtor_and_step_lists_all_its_invoices() -> None:
    sent = simulate(
        [
            debtor(invoice("F1", D(2027, 1, 15), "100.00"), invoice("F2", D(2027, 1, 15), "50.00")),
            debtor(invoice("F3", D(2027, 1, 15)), id=2),
        ],
        D(2027, 1, 18),
        D(2027, 1, 18),
    )
    assert [(s.debtor, s.invoices, s.total) for s in sent] == [
        (1, ("F1", "F2"), Decimal("150.00")),
        (2, ("F3",), Decimal("100.00")),
    ]


def test_invoices_at_different_steps_share_one_message_per_channel_at_the_furthest_step() -> None:
    had_r1 = {("standard", "r1"): StepRecord(DELIVERED, D(2027, 1, 11), True)}
    sent = simulate(
        [debtor(invoice("F1", D(2027, 1, 8), records=had_r1), invoice("F2", D(2027, 1, 15)))],
        D(2027, 1, 25),
        D(2027, 1, 25),
    )
    assert [(s.step, s.channel, s.invoices) for s in sent] == [
        ("r2", "email", ("F1", "F2")),
        ("r2", "sms", ("F1",)),
    ]


def test_after_downtime_the_next_step_goes_in_order_and_the_later_ones_a_week_apart() -> None:
    sent = simulate(
        [debtor(invoice("F1", D(2027, 1, 15)))],
        *YEAR,
        down=(D(2027, 1, 17), D(2027, 2, 9)),
    )
    assert steps(sent) == [
        (D(2027, 1, 12), "courtesy"),
        (D(2027, 2, 10), "r1"),
        (D(2027, 2, 17), "r2"),
        (D(2027, 2, 24), "r3"),
        (D(2027, 3, 3), "notice"),
        (D(2027, 3, 11), "handover"),
    ]


def test_a_courtesy_is_not_sent_once_the_due_date_has_come() -> None:
    sent = simulate([debtor(invoice("F1", D(2027, 1, 15)))], D(2027, 1, 15), D(2027, 1, 17))
    assert sent == []


def test_no_step_is_ever_done_twice_in_a_year() -> None:
    invoices = [invoice(f"F{n}", D(2027, 1, 1) + dt.timedelta(days=7 * n)) for n in range(40)]
    sent = simulate([debtor(*invoices)], *YEAR)
    pairs = [item for s in sent for item in s.items]
    assert len(pairs) == len(set(pairs))
    assert {s.step for s in sent} == {"courtesy", "r1", "r2", "r3", "notice", "handover"}


ASSIGNING = parse_rules(
    """
ladders:
  standard: [{id: r1, at: +1d, channel: email}]
  cheques: [{id: c1, at: +2d, channel: letter}]
  big: [{id: b1, at: +5d, channel: phone_task}]
assign:
  - {when: {payment_method: cheque, preferred_channel: letter}, ladder: cheques}
  - {when: {min_amount: 5000}, ladder: big}
calendar: {send_on: every_day}
"""
)


@pytest.mark.parametrize(
    ("fields", "amount", "expected"),
    [
        ({"ladder": "big"}, "10", "b1"),  # staff's choice wins
        ({"payment_method": "cheque", "preferred_channel": "letter"}, "10", "c1"),
        ({"payment_method": "cheque"}, "10", "r1"),  # the creditor's default
        ({}, "9000", "b1"),
        ({"creditor_ladder": None}, "10", None),  # no match: the empty ladder
    ],
)
def test_the_ladder_is_staffs_choice_else_the_first_assign_match_else_the_default(
    fields: dict, amount: str, expected: str | None
) -> None:
    snapshot = debtor(invoice("F1", D(2027, 1, 1), amount), **fields)
    snapshot = replace(snapshot, creditor_ladder=fields.get("creditor_ladder", "standard"))
    sent = simulate([snapshot], D(2027, 1, 1), D(2027, 1, 10), rules=ASSIGNING)
    assert (sent[0].step if sent else None) == expected


def test_a_step_with_a_minimum_amount_is_passed_over_for_small_invoices() -> None:
    rules = parse_rules(
        """
ladders:
  standard:
    - {id: r1, at: +1d, channel: email}
    - {id: notice, at: +5d, channel: registered_letter, when: {min_amount: 500}}
calendar: {send_on: every_day}
"""
    )
    small = simulate([debtor(invoice("F1", D(2027, 1, 1), "100"))], *YEAR, rules=rules)
    large = simulate([debtor(invoice("F2", D(2027, 1, 1), "900"))], *YEAR, rules=rules)
    assert [s.step for s in small] == ["r1"]
    assert [s.step for s in large] == ["r1", "notice"]
