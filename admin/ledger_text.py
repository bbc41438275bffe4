"""Sentences the ledger writes in English for the record (decisions noted on the timeline,
why a contact flag is open), shown in the page's language. A sentence of another shape is
shown as written: nothing is hidden from staff."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from flask_babel import gettext as _

from admin.formats import day, moment
from admin.labels import field_label, record_field_label

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
        re.compile(r"handed over: (?P<numbers>.*)", re.S),
        lambda m: _("Handed over to collection: %(numbers)s", numbers=m["numbers"]),
    ),
    (
        re.compile(r"resumed: (?P<numbers>.*)", re.S),
        lambda m: _("Back to the ladder: %(numbers)s", numbers=m["numbers"]),
    ),
    (
        re.compile(r"says paid already: look for the payment"),
        lambda m: _("Says they paid already: look for the payment"),
    ),
    (re.compile(r"do not contact"), lambda m: _("Do not contact")),
    (re.compile(r"may be contacted again"), lambda m: _("May be contacted again")),
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
_OUTCOMES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"posted (?P<at>\d{4}-\d\d-\d\d \d\d:\d\d) UTC by (?P<user>.*)", re.S),
        lambda m: _("Posted on %(at)s by %(user)s", at=utc_moment(m["at"]), user=m["user"]),
    ),
]


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


def reminder_outcome(text: str) -> str:
    """What became of a letter or a call: "posted … UTC by claire" in the page's language."""
    return translate(text, _OUTCOMES)
