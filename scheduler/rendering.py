"""Reminder texts from Jinja2 templates: French by default, English when the debtor reads it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import jinja2
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from scheduler.rules import TEMPLATES_DIR

LANGUAGES = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def language_of(value: str | None) -> str:
    code = (value or "fr").lower()[:2]
    return code if code in LANGUAGES else "fr"


@cache
def _environment(language: str, html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=html,  # noqa: S701 - the text variant renders plain-text mail and PDF text
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    locale = _LOCALES[language]
    env.filters["money"] = lambda amount, currency="EUR": format_currency(
        Decimal(amount), currency, locale=locale
    )
    env.filters["date"] = lambda day: long_date(day, language) if day else ""
    env.filters["percent"] = lambda rate: f"{format_decimal(Decimal(rate), locale=locale)} %"
    return env


def render(template: str, language: str, context: dict[str, Any]) -> Rendered:
    """Subject, plain text and HTML of `template` in `language` (fr unless 'en')."""
    language = language_of(language)
    name = f"{language}/{template or 'reminder_1'}.j2"
    parts = {}
    for html in (False, True):
        env = _environment(language, html)
        layout = f"{language}/layout.{'html' if html else 'txt'}.j2"
        tmpl = env.get_template(name)
        values = {"payment": None, **context, "layout": layout, "html": html}
        parts[html] = tmpl.render(values)
        if not html:
            block = tmpl.blocks["subject"](tmpl.new_context(values))
            subject = " ".join("".join(block).split())
    return Rendered(subject=subject[:300], text=parts[False], html=parts[True])


def money(amount: Decimal, language: str = "fr", currency: str = "EUR") -> str:
    return format_currency(amount, currency, locale=_LOCALES[language_of(language)])


def long_date(day: dt.date, language: str = "fr") -> str:
    """'1er novembre 2026' in French (the first of the month is an ordinal), '1 November 2026'."""
    language = language_of(language)
    text = format_date(day, format="long", locale=_LOCALES[language])
    if language == "fr" and day.day == 1 and text.startswith("1 "):
        return "1er" + text[1:]
    return text
