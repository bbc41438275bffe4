"""Why an invoice waits for review (the problems parsing and intake named, in English for the
record), shown in the page's language, each with the inputs it concerns so the page can
highlight them. A problem of another shape is shown as written: nothing is hidden from staff."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask_babel import gettext as _

from admin.intake_text import reason_parts
from admin.invoice_form import INPUT_OF
from admin.labels import record_field_label
from admin.ledger_text import translate

_LEADING_FIELD = re.compile(
    r"^(?P<field>invoice_number|issue_date|due_date|total_due|total|currency|debtor\.\w+)\b"
)
# Problems that name no field up front, and the fields they are about.
_ABOUT: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"due date before issue date"), ("due_date", "issue_date")),
    (re.compile(r"totals do not add up"), ("total",)),
    (re.compile(r"amount due larger than the total"), ("total_due", "total")),
    (re.compile(r"debtor name not found"), ("debtor.name",)),
    (
        re.compile(r"debtor contact not found"),
        ("debtor.email", "debtor.phone", "debtor.postcode"),
    ),
    (re.compile(r"conflict: "), ("total", "total_due")),
    (re.compile(r"amount due \S+ is less than the total"), ("total_due", "total")),
    (
        re.compile(r"debtor block chosen among"),
        ("debtor.name", "debtor.postcode", "debtor.city"),
    ),
    (re.compile(r"debtor address: "), ("debtor.street", "debtor.postcode", "debtor.city")),
    (
        re.compile(r"debtor address not read"),
        ("debtor.street", "debtor.postcode", "debtor.city", "debtor.country"),
    ),
    (re.compile(r"debtor country \w+ not printed"), ("debtor.country",)),
    (re.compile(r"several due dates printed"), ("due_date",)),
    (re.compile(r"not an invoice: titled "), ("invoice_number",)),
    (re.compile(r"negative amount due"), ("total_due", "is_credit_note")),
    (re.compile(r"amount due not printed: a balance brought forward"), ("total_due",)),
    (
        re.compile(r"amount due \S+ (?:is not what the lines|with a balance brought forward)"),
        ("total_due", "total"),
    ),
]
# A value of the wrong shape (parsing/plausibility.py): "debtor.name: 'M.' is a civility…".
_SHAPES = {
    "is a civility without a name": lambda f, v: _(
        "%(field)s: %(value)s is a civility without a name", field=f, value=v
    ),
    "is a label, not a name": lambda f, v: _(
        "%(field)s: %(value)s is a label, not a name", field=f, value=v
    ),
    "is an address line, not a name": lambda f, v: _(
        "%(field)s: %(value)s is an address line, not a name", field=f, value=v
    ),
    "holds no name": lambda f, v: _("%(field)s: %(value)s holds no name", field=f, value=v),
    "is a name, not a street": lambda f, v: _(
        "%(field)s: %(value)s is a name, not a street", field=f, value=v
    ),
    "is a country, not a town": lambda f, v: _(
        "%(field)s: %(value)s is a country, not a town", field=f, value=v
    ),
    "holds a number": lambda f, v: _("%(field)s: %(value)s holds a number", field=f, value=v),
    "is the debtor's name": lambda f, v: _(
        "%(field)s: %(value)s is the debtor's name", field=f, value=v
    ),
}
_TEXTS = [
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
        re.compile(
            r"debtor\.customer_ref: (?P<a>.+?) or (?P<b>.+) \(two labels name the customer "
            r"reference\)"
        ),
        lambda m: _(
            "customer reference: %(a)s or %(b)s, two labels name the customer reference",
            a=m["a"],
            b=m["b"],
        ),
    ),
    (
        re.compile(r"debtor\.customer_ref: (?P<a>.+) is also the invoice number"),
        lambda m: _("customer reference: %(a)s is also the invoice number", a=m["a"]),
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
        re.compile(r"debtor\.customer_ref: '(?P<a>.+)' printed but not read"),
        lambda m: _("customer reference: '%(a)s' printed but not read", a=m["a"]),
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
        re.compile(r"debtor contact not found .*"),
        lambda m: _("no contact found for the debtor (email, phone or postal address)"),
    ),
    (
        re.compile(r"debtor block chosen among (?P<n>\d+) unlabelled address blocks"),
        lambda m: _(
            "the debtor was chosen among %(count)s address blocks without a label", count=m["n"]
        ),
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
        re.compile(r"debtor\.postcode: (?P<p>.+) is not a postcode of (?P<c>\w+)"),
        lambda m: _(
            "postcode %(postcode)s is not a postcode of %(country)s",
            postcode=m["p"],
            country=m["c"],
        ),
    ),
    (
        re.compile(
            r"debtor\.phone: (?P<p>\S+) is a number of (?P<r>\w+), the address is in (?P<c>\w+)"
        ),
        lambda m: _(
            "phone %(phone)s is a number of %(region)s, the address is in %(country)s",
            phone=m["p"],
            region=m["r"],
            country=m["c"],
        ),
    ),
    (
        re.compile(r"debtor\.phone: a phone number printed on the page is no one's, left unread"),
        lambda m: _(
            "phone: a number printed on the page is no one's and was not read (the debtor's?)"
        ),
    ),
    (
        re.compile(
            r"debtor\.email: an e-mail address printed on the page is no one's, left unread"
        ),
        lambda m: _(
            "e-mail: an address printed on the page is no one's and was not read (the debtor's?)"
        ),
    ),
    (
        re.compile(r"debtor\.phone: the number read is printed on the page as someone else's"),
        lambda m: _(
            "phone: the number read is printed on the page as someone else's (a third party's?)"
        ),
    ),
    (
        re.compile(r"debtor\.email: the address read is printed on the page as someone else's"),
        lambda m: _(
            "e-mail: the address read is printed on the page as someone else's (a third party's?)"
        ),
    ),
    (
        re.compile(
            r"debtor country (?P<c>\w+) not printed: told by the address's street and postcode"
        ),
        lambda m: _(
            "debtor's country %(country)s is not printed: inferred from the street and postcode",
            country=m["c"],
        ),
    ),
    (
        re.compile(r"debtor country CH not printed: told by the canton (?P<k>\w+) after the town"),
        lambda m: _(
            "debtor's country CH is not printed: inferred from the canton %(canton)s after the "
            "town (also a country's code)",
            canton=m["k"],
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
        re.compile(r"(?P<f>debtor\.\w+): the creditor's own \S+"),
        lambda m: _(
            "%(field)s: the creditor's own, read from its letterhead",
            field=record_field_label(m["f"]),
        ),
    ),
    (
        re.compile(
            r"(?P<f>debtor\.name): (?P<v>(['\"]).*\3) is (?P<how>labelled|under the heading) "
            r"(?P<r>(['\"]).*\6), a person the invoice is about who may not be who pays"
        ),
        lambda m: (
            _(
                "%(field)s: %(value)s is labelled %(role)s, a person the invoice is about who "
                "may not be who pays",
                field=record_field_label(m["f"]),
                value=m["v"],
                role=m["r"],
            )
            if m["how"] == "labelled"
            else _(
                "%(field)s: %(value)s is under the heading %(role)s, a person the invoice is "
                "about who may not be who pays",
                field=record_field_label(m["f"]),
                value=m["v"],
                role=m["r"],
            )
        ),
    ),
    (
        re.compile(
            r"(?P<f>debtor\.name): (?P<v>(['\"]).*\3) follows the label (?P<l>(['\"]).*\5) in "
            r"lower case, a heading's words or a name"
        ),
        lambda m: _(
            "%(field)s: %(value)s follows the label %(label)s in lower case, a heading's words or "
            "a name",
            field=record_field_label(m["f"]),
            value=m["v"],
            label=m["l"],
        ),
    ),
    (
        re.compile(
            r"(?P<f>debtor\.(?:name|city|street)): (?P<v>(['\"]).*\3) (?P<s>"
            + "|".join(map(re.escape, _SHAPES))
            + ")$"
        ),
        lambda m: _SHAPES[m["s"]](record_field_label(m["f"]), m["v"]),
    ),
    (
        re.compile(r"debtor address not read: (?P<l>.+) printed with the debtor"),
        lambda m: _(
            "debtor's postal address not read, though %(line)s is printed with the debtor",
            line=m["l"],
        ),
    ),
    (
        re.compile(
            r"debtor address: postcode (?P<p>.+) may be cut from (?P<l>.+) \(a postcode of "
            r"(?P<c>[A-Z]{2})\)"
        ),
        lambda m: _(
            "debtor's address: postcode %(postcode)s may be cut from %(longer)s (a postcode of "
            "%(country)s)",
            postcode=m["p"],
            longer=m["l"],
            country=m["c"],
        ),
    ),
    (
        re.compile(r"debtor address: postcode (?P<p>.+) without a town"),
        lambda m: _("debtor's address: postcode %(postcode)s without a town", postcode=m["p"]),
    ),
    (
        re.compile(r"debtor address: (?P<a>.+) without a street"),
        lambda m: _("debtor's address: %(locality)s without a street", locality=m["a"]),
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


@dataclass(frozen=True)
class Problem:
    text: str
    inputs: tuple[str, ...]


def problems(reason: str) -> list[Problem]:
    """Each part of a review reason, translated, with the page inputs it concerns."""
    found = []
    for part in reason_parts(reason):
        if not part.strip():
            continue
        fields: tuple[str, ...] = ()
        leading = _LEADING_FIELD.match(part)
        if leading:
            fields = (leading["field"],)
        else:
            fields = next((f for pattern, f in _ABOUT if pattern.match(part)), ())
        inputs = tuple(INPUT_OF[f] for f in fields if f in INPUT_OF)
        found.append(Problem(translate(part, _TEXTS), inputs))
    return found
