"""Reminder texts from Jinja2 templates: French by default, English when the debtor reads it.

A creditor may override any template (or the layouts and partials) with a file of the same
name under its `templates_dir` (rules.yaml), in fr/ and en/; what it does not override
comes from scheduler/templates/. Templates run sandboxed: they read values, nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import jinja2
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from jinja2.sandbox import SandboxedEnvironment

from ledger.money import Totals
from scheduler.rules import TEMPLATES_DIR

LANGUAGES = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
_AND = {"fr": "et", "en": "and"}


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def language_of(value: str | None) -> str:
    code = (value or "fr").lower()[:2]
    return code if code in LANGUAGES else "fr"


def money(amount: Decimal | int | str, language: str = "fr", currency: str = "EUR") -> str:
    return format_currency(
        Decimal(amount), currency or "EUR", locale=_LOCALES[language_of(language)]
    )


def totals_words(found: Totals, language: str = "fr") -> str:
    """ "100,00 € et 50,00 £GB": each currency's total, never one sum across them."""
    parts = [money(amount, language, code) for code, amount in found.items()] or [
        money(0, language)
    ]
    return join_words(parts, language)


def join_words(parts: Iterable[str], language: str = "fr") -> str:
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {_AND[language_of(language)]} {parts[-1]}"


def long_date(day: dt.date, language: str = "fr") -> str:
    """'1er novembre 2026' in French (the first of the month is an ordinal), '1 November 2026'."""
    language = language_of(language)
    text = format_date(day, format="long", locale=_LOCALES[language])
    if language == "fr" and day.day == 1 and text.startswith("1 "):
        return "1er" + text[1:]
    return text


@cache
def environment(templates_dir: str | None, language: str, html: bool) -> jinja2.Environment:
    roots = [templates_dir, str(TEMPLATES_DIR)] if templates_dir else [str(TEMPLATES_DIR)]
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(roots),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["money"] = lambda amount, currency="EUR": money(amount, language, currency)
    env.filters["totals"] = lambda found: totals_words(found, language)
    env.filters["sentence"] = lambda text: text[:1].upper() + text[1:]
    env.filters["date"] = lambda day: long_date(day, language) if day else ""
    env.filters["dates"] = lambda days: join_words((long_date(d, language) for d in days), language)
    env.filters["percent"] = lambda rate: (
        f"{format_decimal(Decimal(rate), locale=_LOCALES[language])} %"
    )
    return env


def render(
    template: str, language: str, context: dict[str, Any], templates_dir: str | None = None
) -> Rendered:
    """Subject, plain text and HTML of `template` in `language` (fr unless 'en')."""
    language = language_of(language)
    name = f"{language}/{template or 'reminder_1'}.j2"
    parts = {}
    subject = ""
    for html in (False, True):
        env = environment(templates_dir, language, html)
        layout = f"{language}/layout.{'html' if html else 'txt'}.j2"
        tmpl = env.get_template(name)
        values = {"payment": None, **context, "layout": layout, "html": html}
        parts[html] = tmpl.render(values)
        if not html:
            block = tmpl.blocks["subject"](tmpl.new_context(values))
            subject = " ".join("".join(block).split())
    return Rendered(subject=subject[:300], text=parts[False], html=parts[True])
