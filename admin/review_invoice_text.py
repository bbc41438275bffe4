"""The texts, in the page's language, of the problems parsing and intake name about the
invoice's own reading (its number, dates, amounts, currency, the kind of document, templates and
confidence), as they wrote them in English for the record. A field of any kind that was not
found, or that a learned template read otherwise, is named here too."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask_babel import gettext as _

from admin.labels import record_field_label

INVOICE_TEXTS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"(?P<f>[\w.]+) not found"),
        lambda m: _("%(field)s not found", field=record_field_label(m["f"])),
    ),
    (
        re.compile(r"(?P<f>[\w.]+): learned template (?P<t>\S+) found no single value"),
        lambda m: _(
            "%(field)s: the learned template %(template)s found no value",
            field=record_field_label(m["f"]),
            template=m["t"],
        ),
    ),
    (
        re.compile(
            r"(?P<f>[\w.]+): learned template (?P<t>\S+) reads (?P<a>.*), layout reads (?P<b>.*)"
        ),
        lambda m: _(
            "%(field)s: the learned template %(template)s reads %(a)s, the layout reading %(b)s",
            field=record_field_label(m["f"]),
            template=m["t"],
            a=m["a"],
            b=m["b"],
        ),
    ),
    (
        re.compile(
            r"invoice_number: (?P<a>.+?) or (?P<b>.+) \(two labels name the invoice number\)"
        ),
        lambda m: _(
            "invoice number: %(a)s or %(b)s, two labels name the invoice number",
            a=m["a"],
            b=m["b"],
        ),
    ),
    (
        re.compile(r"invoice_number: (?P<a>.+?) is printed as '(?P<b>.+)' too"),
        lambda m: _("invoice number: %(a)s is also printed as '%(b)s'", a=m["a"], b=m["b"]),
    ),
    (
        re.compile(r"invoice_number: (?P<a>.+?) follows '(?P<b>.+)' \(another document's label\)"),
        lambda m: _(
            "invoice number: %(a)s follows '%(b)s', another document's label", a=m["a"], b=m["b"]
        ),
    ),
    (
        re.compile(
            r"invoice_number: (?P<a>.+?) is followed by '(?P<b>.+)' \(where the number ends is "
            r"unclear\)"
        ),
        lambda m: _(
            "invoice number: %(a)s is followed by '%(b)s', where the number ends is unclear",
            a=m["a"],
            b=m["b"],
        ),
    ),
    (
        re.compile(
            r"invoice_number: (?P<a>.+?) or (?P<b>.+) \(no label names the invoice number\)"
        ),
        lambda m: _(
            "invoice number: %(a)s or %(b)s, no label names the invoice number",
            a=m["a"],
            b=m["b"],
        ),
    ),
    (re.compile(r"due date before issue date"), lambda m: _("due date before issue date")),
    (
        re.compile(r"totals do not add up \(HT \+ TVA ≠ TTC\)"),
        lambda m: _("totals do not add up (net + VAT ≠ total)"),
    ),
    (
        re.compile(r"amount due larger than the total"),
        lambda m: _("amount due larger than the total"),
    ),
    (
        re.compile(r"total_due: an amount under the total is not accounted for \((?P<l>.*)\)"),
        lambda m: _(
            "amount due: an amount printed under the total is not accounted for (%(label)s)",
            label=m["l"],
        ),
    ),
    (
        re.compile(r"currency: '\$' without a code or a country saying which dollar \(USD taken\)"),
        lambda m: _("currency: a bare $, neither a code nor a country says which dollar (USD)"),
    ),
    (
        re.compile(r"currency: '\$' with evidence of both CAD and USD \(USD taken\)"),
        lambda m: _("currency: a bare $, the page points to both CAD and USD (USD)"),
    ),
    (
        re.compile(
            r"amount due (?P<d>\S+) is less than the total (?P<t>\S+) and no deduction printed "
            r"explains it"
        ),
        lambda m: _(
            "amount due %(due)s is less than the total %(total)s, no deduction printed explains it",
            due=m["d"],
            total=m["t"],
        ),
    ),
    (
        re.compile(r"negative amount due on a document not titled as a credit note"),
        lambda m: _(
            "negative amount due on a document not titled as a credit note: the creditor owes "
            "the debtor, there is nothing to remind"
        ),
    ),
    (
        re.compile(r"amount due not printed: a balance brought forward of (?P<c>\S+)"),
        lambda m: _(
            "amount due not printed, with a balance brought forward of %(carried)s", carried=m["c"]
        ),
    ),
    (
        re.compile(
            r"amount due (?P<d>\S+) is not what the lines above it add up to \((?P<s>\S+)\), "
            r"with the balance brought forward (?P<c>\S+)"
        ),
        lambda m: _(
            "amount due %(due)s: the lines above it, with the balance brought forward "
            "%(carried)s, add up to %(sum)s",
            due=m["d"],
            sum=m["s"],
            carried=m["c"],
        ),
    ),
    (
        re.compile(
            r"amount due (?P<d>\S+) with a balance brought forward of (?P<c>\S+): no total of "
            r"the period nor lines above it to check it by"
        ),
        lambda m: _(
            "amount due %(due)s with a balance brought forward of %(carried)s: no total of the "
            "period nor lines to check it by",
            due=m["d"],
            carried=m["c"],
        ),
    ),
    (
        re.compile(r"due_date: (?P<a>[\d-]+) or (?P<b>.+) \(two dates named as due\)"),
        lambda m: _(
            "due date: %(first)s or %(others)s, two dates are named as due",
            first=m["a"],
            others=m["b"],
        ),
    ),
    (
        re.compile(
            r"issue_date: (?P<a>[\d-]+) or (?P<b>.+) \(two labels name the invoice's date\)"
        ),
        lambda m: _(
            "issue date: %(first)s or %(others)s, two labels name the invoice's date",
            first=m["a"],
            others=m["b"],
        ),
    ),
    (
        re.compile(r"issue_date: (?P<a>[\d-]+) or (?P<b>.+) \(no label names the invoice's date\)"),
        lambda m: _(
            "issue date: %(first)s or %(others)s, no label names the invoice's date",
            first=m["a"],
            others=m["b"],
        ),
    ),
    (
        re.compile(
            r"issue_date: (?P<a>[\d-]+) opens a period \(to (?P<b>[\d-]+)\), no label names the "
            r"invoice's date"
        ),
        lambda m: _(
            "issue date: %(date)s opens a period (to %(end)s), no label names the invoice's date",
            date=m["a"],
            end=m["b"],
        ),
    ),
    (
        re.compile(
            r"issue_date: (?P<a>[\d-]+) is after the day the document was received "
            r"\((?P<r>[\d-]+)\)"
        ),
        lambda m: _(
            "issue date %(date)s is after the day the document was received (%(received)s)",
            date=m["a"],
            received=m["r"],
        ),
    ),
    (
        re.compile(
            r"issue_date: (?P<a>[\d-]+) is more than two years before the document was received "
            r"\((?P<r>[\d-]+)\)"
        ),
        lambda m: _(
            "issue date %(date)s is more than two years before the document was received "
            "(%(received)s)",
            date=m["a"],
            received=m["r"],
        ),
    ),
    (
        re.compile(
            r"(?P<f>issue_date|due_date): (?P<p>\S+) read as (?P<a>[\d-]+), or (?P<b>[\d-]+) \(the "
            r"page does not tell the day from the month\)"
        ),
        lambda m: _(
            "%(field)s: %(printed)s read as %(date)s, or %(other)s: the page does not tell the day "
            "from the month",
            field=record_field_label(m["f"]),
            printed=m["p"],
            date=m["a"],
            other=m["b"],
        ),
    ),
    (
        re.compile(r"due_date: the first of monthly instalments taken"),
        lambda m: _("due date: the first of monthly instalments taken"),
    ),
    (
        re.compile(r"due_date: the first of instalments taken \((?P<r>.+)\)"),
        lambda m: _("due date: the first of instalments taken (%(rule)s)", rule=m["r"]),
    ),
    (
        re.compile(
            r"due_date: the terms count from the receipt \((?P<r>.+)\), whose date is not printed"
        ),
        lambda m: _(
            "due date: the terms count from the receipt (%(rule)s), whose date is not printed",
            rule=m["r"],
        ),
    ),
    (
        re.compile(r"several due dates printed \((?P<d>.+)\): the earliest taken"),
        lambda m: _("several due dates printed (%(dates)s): the earliest taken", dates=m["d"]),
    ),
    (
        re.compile(r"is_credit_note: titled Gutschrift, also the name of a self-billed invoice"),
        lambda m: _(
            "titled Gutschrift: a credit note, or an invoice written by the customer (self-billing)"
        ),
    ),
    (
        re.compile(r"due_date: the issue date \((?P<d>[\d-]+)\), with no terms saying so"),
        lambda m: _("due date on the issue date (%(date)s), with no terms saying so", date=m["d"]),
    ),
    (
        re.compile(r"not an invoice: titled (?P<t>.+)", re.S),
        lambda m: _(
            "titled %(title)s: a quote, a pro-forma, an order, a delivery note, a receipt or a "
            "reminder, not an invoice",
            title=m["t"],
        ),
    ),
    (
        re.compile(r"low parse confidence (?P<c>[\d.]+)"),
        lambda m: _("low reading confidence (%(confidence)s)", confidence=m["c"]),
    ),
    (
        re.compile(r"conflict: (?P<d>.*)", re.S),
        lambda m: _("another document gives other figures: %(details)s", details=m["d"]),
    ),
]
