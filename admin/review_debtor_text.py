"""The texts, in the page's language, of the problems parsing and intake name about the
debtor (name, address, postcode and country, phone, e-mail, customer reference, which block was
taken for the debtor), as they wrote them in English for the record."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask_babel import gettext as _

from admin.labels import record_field_label

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
DEBTOR_TEXTS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
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
        re.compile(r"debtor\.customer_ref: '(?P<a>.+)' printed but not read"),
        lambda m: _("customer reference: '%(a)s' printed but not read", a=m["a"]),
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
]
