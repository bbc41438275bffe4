"""Sentences the ledger writes in English for the record (decisions noted on the timeline,
why a contact flag is open), shown in the page's language. A sentence of another shape is
shown as written: nothing is hidden from staff."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from flask_babel import gettext as _

from admin.calls import OUTCOMES as CALL_OUTCOMES
from admin.formats import day, moment
from admin.labels import channel_label, field_label, record_field_label
from admin.steps import step_label

_DECISIONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"dispute(?: \((?P<reason>.*)\))?: (?P<numbers>.*)", re.S),
        lambda m: (
            _("Dispute (%(reason)s): %(numbers)s", **m.groupdict())
            if m["reason"]
            else _("Dispute: %(numbers)s", numbers=m["numbers"])
        ),
    ),
    (
        re.compile(r"promise to pay by (?P<until>\d{4}-\d\d-\d\d): (?P<numbers>.*)", re.S),
        lambda m: _(
            "Promise to pay by %(until)s: %(numbers)s",
            until=_iso_day(m["until"]),
            numbers=m["numbers"],
        ),
    ),
    (
        re.compile(r"payment plan: (?P<numbers>.*)", re.S),
        lambda m: _("Payment plan: %(numbers)s", numbers=m["numbers"]),
    ),
    (
        re.compile(r"handed over \((?P<reason>.*?)\): (?P<numbers>.*)", re.S),
        lambda m: _(
            "Handed over to collection (%(reason)s): %(numbers)s",
            reason=m["reason"],
            numbers=m["numbers"],
        ),
    ),
    (
        re.compile(r"handed over: (?P<numbers>.*)", re.S),
        lambda m: _("Handed over to collection: %(numbers)s", numbers=m["numbers"]),
    ),
    (
        re.compile(r"call: (?P<outcome>\w+)(?:: (?P<text>.*))?", re.S),
        lambda m: _call(m["outcome"], m["text"]),
    ),
    (
        re.compile(r"resumed: (?P<numbers>.*)", re.S),
        lambda m: _("Back to the ladder: %(numbers)s", numbers=m["numbers"]),
    ),
    (
        re.compile(r"says paid already: look for the payment"),
        lambda m: _("Says they paid already: look for the payment"),
    ),
    (
        re.compile(
            r"paused until (?P<until>\d{4}-\d\d-\d\d)(?: \((?P<reason>.*)\))?: (?P<numbers>.*)",
            re.S,
        ),
        lambda m: (
            _(
                "Paused until %(until)s (%(reason)s): %(numbers)s",
                until=_iso_day(m["until"]),
                reason=m["reason"],
                numbers=m["numbers"],
            )
            if m["reason"]
            else _(
                "Paused until %(until)s: %(numbers)s",
                until=_iso_day(m["until"]),
                numbers=m["numbers"],
            )
        ),
    ),
    (
        re.compile(r"do not contact \((?P<reason>.*)\)", re.S),
        lambda m: _("Do not contact (%(reason)s)", reason=m["reason"]),
    ),
    (re.compile(r"do not contact"), lambda m: _("Do not contact")),
    (
        re.compile(r"may be contacted again \((?P<reason>.*)\)", re.S),
        lambda m: _("May be contacted again (%(reason)s)", reason=m["reason"]),
    ),
    (re.compile(r"may be contacted again"), lambda m: _("May be contacted again")),
    (re.compile(r"edited: (?P<changes>.*)", re.S), lambda m: _edited(m["changes"])),
    (
        re.compile(r"promise not kept \(by (?P<until>\d{4}-\d\d-\d\d)\): (?P<numbers>.*)", re.S),
        lambda m: _(
            "Promise not kept (by %(until)s): %(numbers)s, back on the ladder",
            until=_iso_day(m["until"]),
            numbers=m["numbers"],
        ),
    ),
    (
        re.compile(r"approved: (?P<step>\S+) \((?P<channel>\w+)\)"),
        lambda m: _(
            "Approved: %(step)s (%(channel)s)",
            step=step_label(m["step"]),
            channel=channel_label(m["channel"]),
        ),
    ),
    (
        re.compile(r"rejected: (?P<step>\S+) \((?P<channel>\w+)\): (?P<reason>.*)", re.S),
        lambda m: _(
            "Rejected: %(step)s (%(channel)s): %(reason)s",
            step=step_label(m["step"]),
            channel=channel_label(m["channel"]),
            reason=m["reason"],
        ),
    ),
    (re.compile(r"ladder: -"), lambda m: _("Ladder: decided by the rules")),
    (
        re.compile(r"validated: (?P<n>.*)", re.S),
        lambda m: _("Validated: %(number)s", number=m["n"]),
    ),
    (
        re.compile(r"corrected and validated: (?P<n>.*?) \((?P<changes>.*)\)", re.S),
        lambda m: _(
            "Corrected and validated: %(number)s (%(changes)s)",
            number=m["n"],
            changes=_changes(m["changes"]),
        ),
    ),
    (
        re.compile(r"rejected, not an invoice: (?P<n>.*)", re.S),
        lambda m: _("Rejected, not an invoice: %(number)s", number=m["n"]),
    ),
    (
        re.compile(r"cancelled \((?P<reason>.*)\): (?P<n>.*)", re.S),
        lambda m: _("Cancelled (%(reason)s): %(number)s", reason=m["reason"], number=m["n"]),
    ),
    (
        re.compile(r"entered by hand: (?P<n>.*) \(document #(?P<id>\d+)\)", re.S),
        lambda m: _("Typed by hand: %(number)s (document #%(id)s)", number=m["n"], id=m["id"]),
    ),
    (
        re.compile(r"moved to another debtor: (?P<n>.*?) → (?P<to>.*)", re.S),
        lambda m: _(
            "Moved to another debtor: %(number)s → %(debtor)s", number=m["n"], debtor=m["to"]
        ),
    ),
    (re.compile(r"ladder: (?P<name>.*)", re.S), lambda m: _("Ladder: %(name)s", name=m["name"])),
]
_FLAG_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"no email address"), lambda m: _("no email address")),
    (
        re.compile(r"invalid email address (?P<value>.*)", re.S),
        lambda m: _("invalid email address %(value)s", value=m["value"]),
    ),
    (
        re.compile(r"email address (?P<value>.*) bounces", re.S),
        lambda m: _("invalid email: %(value)s bounces", value=m["value"]),
    ),
    (
        re.compile(r"email address (?P<value>.*) reaches the wrong person", re.S),
        lambda m: _("invalid email: %(value)s reaches the wrong person", value=m["value"]),
    ),
    (re.compile(r"no mobile phone number"), lambda m: _("no mobile phone number")),
    (
        re.compile(r"(?P<value>.*) is not a valid mobile number", re.S),
        lambda m: _("%(value)s is not a valid mobile number", value=m["value"]),
    ),
    (
        re.compile(r"incomplete postal address \(missing (?P<fields>.*)\)", re.S),
        lambda m: _("incomplete postal address (missing %(fields)s)", fields=_fields(m["fields"])),
    ),
]
_BLOCKS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"awaiting approval"), lambda m: _("waiting for approval")),
    (
        re.compile(r"cannot send: (?P<setting>\S+) is not set"),
        lambda m: _("cannot be sent: %(setting)s is not set", setting=m["setting"]),
    ),
    *_FLAG_REASONS,
]
_SKIP_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"its time, before the due date, passed"),
        lambda m: _("its time, before the due date, passed"),
    ),
    (
        re.compile(r"the invoice reached the ladder after this step's time"),
        lambda m: _("the invoice reached the ladder after this step's time"),
    ),
    (
        re.compile(
            r"escalated: (?P<count>\d+) late invoice\(s\) in the last 365 days \((?P<rule>.*)\)"
        ),
        lambda m: _(
            "escalated: %(count)s late invoice(s) in the last 365 days (%(rule)s)",
            count=m["count"],
            rule=m["rule"],
        ),
    ),
    (
        re.compile(r"less than (?P<amount>\S+) due \(the step's minimum\)"),
        lambda m: _("less than %(amount)s due (the step's minimum)", amount=m["amount"]),
    ),
    (
        re.compile(
            r"the step is for (?P<kind>business|consumer) debtors owing at least (?P<amount>\S+)"
        ),
        lambda m: (
            _("the step is for business debtors owing at least %(amount)s", amount=m["amount"])
            if m["kind"] == "business"
            else _("the step is for consumer debtors owing at least %(amount)s", amount=m["amount"])
        ),
    ),
    (
        re.compile(r"the step is for (?P<kind>business|consumer) debtors only"),
        lambda m: (
            _("the step is for business debtors only")
            if m["kind"] == "business"
            else _("the step is for consumer debtors only")
        ),
    ),
    (
        re.compile(r"no earlier reminder was delivered"),
        lambda m: _("no earlier reminder was delivered"),
    ),
    (re.compile(r"no formal notice was delivered"), lambda m: _("no formal notice was delivered")),
]
_OUTCOMES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"call: (?P<outcome>\w+)(?:: (?P<text>.*))?", re.S),
        lambda m: _call(m["outcome"], m["text"]),
    ),
    (
        re.compile(r"posted (?P<at>\d{4}-\d\d-\d\d \d\d:\d\d) UTC by (?P<user>.*)", re.S),
        lambda m: _("Posted on %(at)s by %(user)s", at=utc_moment(m["at"]), user=m["user"]),
    ),
    (
        re.compile(r"skipped: (?P<reason>.*)", re.S),
        lambda m: _("Skipped: %(reason)s", reason=translate(m["reason"], _SKIP_REASONS)),
    ),
    (
        re.compile(r"rejected: (?P<reason>.*)", re.S),
        lambda m: _("Rejected: %(reason)s", reason=m["reason"]),
    ),
    (re.compile(r"approved"), lambda m: _("Approved")),
    (re.compile(r"contact completed; released"), lambda m: _("Contact completed; released")),
    (
        re.compile(r"superseded: its invoices are past this step"),
        lambda m: _("Superseded: its invoices are past this step"),
    ),
    (
        re.compile(r"merged into reminder #(?P<id>\d+)"),
        lambda m: _("Merged into reminder #%(id)s", id=m["id"]),
    ),
    (
        re.compile(r"nothing left to remind: (?P<numbers>.*)", re.S),
        lambda m: _("Nothing left to remind: %(numbers)s", numbers=m["numbers"]),
    ),
]
_KIND_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"legal id on the invoice"), lambda m: _("legal id on the invoice")),
    (re.compile(r"legal id in the name"), lambda m: _("legal id in the name")),
    (
        re.compile(r"company form (?P<form>.*)"),
        lambda m: _("company form %(form)s", form=m["form"]),
    ),
    (
        re.compile(r"company name \((?P<word>.*)\)"),
        lambda m: _("company name (%(word)s)", word=m["word"]),
    ),
    (re.compile(r"civility (?P<word>.*)"), lambda m: _("civility %(word)s", word=m["word"])),
    (re.compile(r"creditor's default.*"), lambda m: _("creditor's default")),
    (re.compile(r"set by (?P<user>.*)"), lambda m: _("set by %(user)s", user=m["user"])),
    (re.compile(r"set before classification"), lambda m: _("set before classification")),
]
_WARNINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"ladders use (?P<channel>\w+) but (?P<setting>\S+) is not set"),
        lambda m: _(
            "Ladders use %(channel)s but %(setting)s is not set: those reminders will fail.",
            channel=channel_label(m["channel"]),
            setting=m["setting"],
        ),
    ),
]


_EDIT = re.compile(r"(?P<field>\w+) \((?P<old>.*?) → (?P<new>.*)\)", re.S)


def _edited(text: str) -> str:
    parts = []
    for change in text.split("; "):
        found = _EDIT.fullmatch(change)
        if found is None:
            parts.append(change)
            continue
        name = field_label(found["field"])
        parts.append(f"{name} : {found['old']} → {found['new']}")
    return _("Details changed: %(changes)s", changes="; ".join(parts))


def _call(outcome: str, text: str | None) -> str:
    label = _(CALL_OUTCOMES[outcome]) if outcome in CALL_OUTCOMES else outcome
    return f"{label} : {text}" if text else label


def utc_moment(text: str) -> str:
    return moment(dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC))


def _iso_day(text: str) -> str:
    return day(dt.date.fromisoformat(text))


_CHANGE = re.compile(r"(?:^|(?<=; ))(?P<field>[a-z_]+(?:\.[a-z_]+)?) (?=\S)")


def _changes(text: str) -> str:
    """ "due_date 2026-12-01 → 2026-12-15; total_due …": each field named as staff name it."""
    return _CHANGE.sub(lambda m: f"{record_field_label(m['field'])} ", text)


def _fields(names: str) -> str:
    return ", ".join(field_label(name.strip()) for name in names.split(","))


def translate(text: str, table) -> str:  # type: ignore[no-untyped-def]
    for pattern, render in table:
        found = pattern.fullmatch(text)
        if found:
            return render(found)
    return text


def decision_text(text: str) -> str:
    """A decision staff took, as ledger.followup wrote it ("dispute: F-1, F-2")."""
    return translate(text, _DECISIONS)


def flag_reason(text: str) -> str:
    """Why a contact flag is open, as ledger.contacts wrote it ("no email address")."""
    return translate(text, _FLAG_REASONS)


def blocked_reason(text: str) -> str:
    """Why a line of the dry run will not go out as planned (scheduler.passes)."""
    return translate(text, _BLOCKS)


def reminder_outcome(text: str) -> str:
    """What became of a reminder: "posted … UTC by claire", "skipped: …", in the page's
    language."""
    return translate(text, _OUTCOMES)


def kind_reason(text: str) -> str:
    """Why a debtor is a business or a consumer, as ledger.kinds wrote it."""
    return translate(text, _KIND_REASONS)


def warning_text(text: str) -> str:
    """A channel the install cannot send, as scheduler.readiness says it."""
    return translate(text, _WARNINGS)
