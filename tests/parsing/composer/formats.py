"""How amounts, dates and phone numbers are printed, per country practice."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import phonenumbers

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
NBSP = "\u00a0"


def _groups(whole: str, separator: str) -> str:
    parts = []
    while whole:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    return separator.join(parts)


def amount_writer(rng: random.Random, country: str) -> callable:
    """One way of printing money for the whole invoice, as the issuer's software does."""
    if country in ("FR", "BE"):
        thousands = (
            rng.choice((" ", NBSP, ".", ""))
            if country == "BE"
            else rng.choice((" ", NBSP, " ", ""))
        )
        symbol = rng.choice((" €", " €", " EUR", "€"))
        return lambda v: _sign(v) + _groups(_whole(v), thousands) + "," + _cents(v) + symbol
    if country == "CH":
        style = rng.choice(("CHF {}", "{} CHF", "Fr. {}"))
        return lambda v: _sign(v) + style.format(_groups(_whole(v), "'") + "." + _cents(v))
    if country == "CA":
        return lambda v: _sign(v) + _groups(_whole(v), NBSP) + "," + _cents(v) + " $"
    symbol = {"GB": "£", "US": "$", "IE": "€"}[country]
    return lambda v: _sign(v) + symbol + _groups(_whole(v), ",") + "." + _cents(v)


def _sign(value: Decimal) -> str:
    return "-" if value < 0 else ""


def _whole(value: Decimal) -> str:
    return f"{abs(value):.2f}".split(".")[0]


def _cents(value: Decimal) -> str:
    return f"{abs(value):.2f}".split(".")[1]


def date_writer(rng: random.Random, country: str, language: str) -> callable:
    if language == "fr":
        choices = ["%d/%m/%Y", "%d/%m/%Y", "%d.%m.%Y", "%d/%m/%y", "long"]
        if country == "CA":
            choices = ["%Y-%m-%d", "long"]
    elif country == "US":
        choices = ["%m/%d/%Y", "us-long", "us-short"]
    else:
        choices = ["%d/%m/%Y", "en-long", "en-short"]
    style = rng.choice(choices)
    return lambda day: write_date(day, style)


def write_date(day: date, style: str) -> str:
    if style == "long":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"
    if style == "en-long":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    if style == "en-short":
        return f"{day.day} {MONTHS_EN[day.month - 1][:3]} {day.year}"
    if style == "us-long":
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    if style == "us-short":
        return f"{MONTHS_EN[day.month - 1][:3]} {day.day}, {day.year}"
    return day.strftime(style)


_PHONE_SHAPES = {
    "FR": ("0{a} {b} {c} {d} {e}", "0{a}.{b}.{c}.{d}.{e}", "+33 {a} {b} {c} {d} {e}"),
    "BE": ("04{x} {b} {c} {d}", "+32 4{x} {b} {c} {d}"),
    "CH": ("0{ch} {y} {c} {d}", "+41 {ch} {y} {c} {d}"),
    "GB": ("020 7{y} {z}", "0113 {y} {z}", "+44 20 7{y} {z}"),
    "US": ("({us}) {y}-{z}", "{us}-{y}-{z}", "+1 {us} {y} {z}"),
    "CA": ("({ca}) {y}-{z}", "{ca} {y}-{z}"),
}


def phone(rng: random.Random, country: str) -> tuple[str, str]:
    """A valid number as printed, and its E.164 form."""
    while True:
        parts = {
            "a": rng.choice("1234567"), "b": f"{rng.randint(10, 99)}",
            "c": f"{rng.randint(10, 99)}", "d": f"{rng.randint(10, 99)}",
            "e": f"{rng.randint(10, 99)}", "x": f"{rng.randint(70, 99)}",
            "ch": rng.choice(("21", "22", "27", "32", "79", "78")),
            "y": f"{rng.randint(200, 899)}", "z": f"{rng.randint(1000, 9999)}",
            "us": rng.choice(("206", "503", "512", "303", "617", "312")),
            "ca": rng.choice(("514", "418", "819", "450")),
        }  # fmt: skip
        printed = rng.choice(_PHONE_SHAPES[country]).format(**parts)
        number = phonenumbers.parse(printed, country)
        if phonenumbers.is_valid_number(number):
            return printed, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
