"""Why ingestion did what it did with a document or a mail, as ingest and parsing wrote it in
English for the record, shown in the page's language. A reason is read part by part ("; "
separates them, outside parentheses); a part of another shape is shown as written: nothing is
hidden from staff."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask_babel import gettext as _

from admin.labels import answer_label, outcome_label
from admin.ledger_text import translate, utc_moment

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_MISSING = {
    "invoice number": lambda: _("no invoice number found"),
    "amount": lambda: _("no amount found"),
    "invoice number and no amount": lambda: _("no invoice number and no amount found"),
}

_RULES: list[Rule] = [
    (
        re.compile(r"recorded: (?P<n>.*)", re.S),
        lambda m: _("recorded: %(numbers)s", numbers=m["n"]),
    ),
    (
        re.compile(r"to review: (?P<n>.*)", re.S),
        lambda m: _("to review: %(numbers)s", numbers=m["n"]),
    ),
    (
        re.compile(r"already recorded as mail (?P<key>\S+)"),
        lambda m: _("already recorded as mail %(key)s", key=m["key"]),
    ),
    (
        re.compile(r"already recorded: (?P<n>.*)", re.S),
        lambda m: _("already recorded: %(numbers)s", numbers=m["n"]),
    ),
    (
        re.compile(r"sender (?P<s>.*?) is not allowed(?: for any creditor)?"),
        lambda m: _("sender %(sender)s is not allowed for any creditor", sender=m["s"]),
    ),
    (
        re.compile(r"sender (?P<s>\S+) not verified(?P<rest>.*)", re.S),
        lambda m: _("sender %(sender)s not verified%(details)s", sender=m["s"], details=m["rest"]),
    ),
    (
        re.compile(
            r"(?P<kind>\w+) to reminder #(?P<id>\d+) \((?P<step>.*)\) of debtor #(?P<d>\d+)"
        ),
        lambda m: _(
            "%(kind)s to reminder #%(id)s (%(step)s) of debtor #%(debtor)s",
            kind=answer_label(m["kind"]),
            id=m["id"],
            step=m["step"],
            debtor=m["d"],
        ),
    ),
    (re.compile(r"no invoice attached"), lambda m: _("no invoice attached")),
    (re.compile(r"no invoice found in the PDF"), lambda m: _("no invoice found in the PDF")),
    (
        re.compile(
            r"duplicate of document #(?P<id>\d+) \((?P<name>.*), "
            r"received (?P<at>\d{4}-\d\d-\d\d \d\d:\d\d) UTC\)",
            re.S,
        ),
        lambda m: _(
            "duplicate of document #%(id)s (%(name)s, received %(at)s)",
            id=m["id"],
            name=m["name"],
            at=utc_moment(m["at"]),
        ),
    ),
    (
        re.compile(r"(?P<count>\d+) document\(s\): (?P<summary>.*)"),
        lambda m: _("%(count)s document(s): %(summary)s", count=m["count"], summary=_tally(m)),
    ),
    (
        re.compile(
            r"(?P<where>pages [\d,]+|the PDF): no (?P<what>invoice number and no amount|"
            r"invoice number|amount) found(?P<rest>.*)",
            re.S,
        ),
        lambda m: _(
            "%(where)s: %(what)s%(details)s",
            where=_where(m["where"]),
            what=_MISSING[m["what"]](),
            details=m["rest"],
        ),
    ),
    (re.compile(r"empty file \(0 bytes\)"), lambda m: _("empty file (0 bytes)")),
    (
        re.compile(r"encrypted PDF \(password protected\)"),
        lambda m: _("encrypted PDF (password protected)"),
    ),
    (
        re.compile(r"truncated PDF \(.*\)", re.S),
        lambda m: _("truncated PDF (the file was cut short)"),
    ),
    (
        re.compile(r"corrupt PDF \((?P<d>.*)\)", re.S),
        lambda m: _("corrupt PDF (%(detail)s)", detail=m["d"]),
    ),
    (
        re.compile(r"no text layer \(image-only PDF, (?P<n>\d+) page\(s\) without text; [^)]*\)"),
        lambda m: _("no text layer (scanned image, %(count)s page(s) without text)", count=m["n"]),
    ),
    (
        re.compile(r"not a PDF \(file starts with (?P<head>.*), expected '%PDF-'\)", re.S),
        lambda m: _("not a PDF (the file starts with %(head)s)", head=m["head"]),
    ),
    (
        re.compile(r"timeout \(extraction took longer than (?P<s>[\d.]+) s and was stopped\)"),
        lambda m: _(
            "timeout (reading took longer than %(seconds)s s and was stopped)", seconds=m["s"]
        ),
    ),
    (
        re.compile(r"could not be processed: (?P<e>.*)", re.S),
        lambda m: _("could not be processed: %(error)s", error=m["e"]),
    ),
    (
        re.compile(
            r"mail of (?P<size>[\d,]+) bytes is over the (?P<limit>[\d,]+)-byte limit "
            r"\(RELANCE_SMTP_MAX_SIZE\); only its headers were read"
        ),
        lambda m: _(
            "mail of %(size)s bytes, over the %(limit)s-byte limit: only its headers were read",
            size=m["size"],
            limit=m["limit"],
        ),
    ),
    (
        re.compile(r"could not be recorded: (?P<e>.*)", re.S),
        lambda m: _("could not be recorded: %(error)s", error=m["e"]),
    ),
    (
        re.compile(r"the mail holds (?P<n>\d+) files, more than the (?P<max>\d+) .*", re.S),
        lambda m: _(
            "the mail holds %(count)s files, more than the %(limit)s Relance reads from one "
            "mail: nothing of it was recorded, send them in several mails",
            count=m["n"],
            limit=m["max"],
        ),
    ),
    (
        re.compile(r"(?:forwarded messages|MIME parts) nested .*?(?P<n>\d+).*", re.S),
        lambda m: _(
            "forwarded messages nested more than %(levels)s levels deep: nothing of it was "
            "recorded",
            levels=m["n"],
        ),
    ),
    (
        re.compile(r"client (?P<c>[^,]*), to (?P<to>.*?): (?P<answer>.*)", re.S),
        lambda m: _(
            "client %(client)s, to %(to)s: %(answer)s",
            client=m["c"],
            to=m["to"],
            answer=intake_reason(m["answer"]),
        ),
    ),
    (
        re.compile(r"(?P<n>\d+) more refusal\(s\) from this address within (?P<s>\d+) s.*"),
        lambda m: _(
            "%(count)s more refusal(s) from this address within %(seconds)s s, not recorded "
            "one by one",
            count=m["n"],
            seconds=m["s"],
        ),
    ),
    (
        re.compile(r"payments file not imported: (?P<e>.*)", re.S),
        lambda m: _("payments file not imported: %(error)s", error=m["e"]),
    ),
    (
        re.compile(r"payments drop folder: (?P<rest>.*)", re.S),
        lambda m: _("payments drop folder: %(details)s", details=intake_reason(m["rest"])),
    ),
]

_TALLY = re.compile(r"(?P<n>\d+) (?P<outcome>pending|ingested|duplicate|quarantined)")


def _tally(found: re.Match[str]) -> str:
    return _TALLY.sub(lambda m: f"{m['n']} {outcome_label(m['outcome']).lower()}", found["summary"])


def _where(text: str) -> str:
    return _("the PDF") if text == "the PDF" else _("pages %(pages)s", pages=text[6:])


def intake_reason(text: str) -> str:
    """A document's or a mail's reason, part by part, in the page's language."""
    return "; ".join(translate(part, _RULES) for part in reason_parts(text))


def reason_parts(text: str) -> list[str]:
    """The parts of a reason: split at "; " outside parentheses (a part's own details may
    hold one, as in "no text layer (…; no OCR)")."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and text.startswith("; ", index):
            parts.append(text[start:index])
            start = index + 2
    return [*parts, text[start:]]
