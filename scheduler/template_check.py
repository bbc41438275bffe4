"""`relance rules check` renders every template of every ladder before a debtor sees it.

Each step's template is rendered for each creditor (with its own `templates_dir`, else the
shipped texts), in French and English, for a business and a consumer debtor, with a sample
statement in two currencies and the creditor's payment details. A template that fails is
reported with its file and line.
"""

from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass
from decimal import Decimal

import jinja2

from ledger.models import Creditor, Debtor, DebtorKind, Invoice
from scheduler.payment import how_to_pay
from scheduler.rendering import LANGUAGES, render
from scheduler.rules import Rules
from scheduler.statement import context

SAMPLE_DAY = dt.date(2026, 12, 7)


@dataclass(frozen=True)
class TemplateProblem:
    file: str
    line: int | None
    message: str
    where: str

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        return f"{place}: {self.message} ({self.where})"


def _sample_invoices() -> tuple[list[Invoice], list[Invoice]]:
    def one(number: str, due: dt.date, amount: str, currency: str) -> Invoice:
        return Invoice(
            number=number,
            issue_date=due - dt.timedelta(days=30),
            due_date=due,
            total=Decimal(amount),
            amount_due=Decimal(amount),
            currency=currency,
        )

    return (
        [one("F-0001", SAMPLE_DAY - dt.timedelta(days=40), "1250.00", "EUR")],
        [one("F-0002", SAMPLE_DAY - dt.timedelta(days=10), "80.50", "USD")],
    )


def check_templates(rules: Rules) -> tuple[int, list[TemplateProblem]]:
    """(how many renderings were tried, the problems found)."""
    creditors = [
        (slug, c.name, c.templates_dir, c.payment) for slug, c in rules.creditors.items()
    ] or [("", "Exemple SARL", None, None)]
    invoices, others = _sample_invoices()
    history = [{"date": SAMPLE_DAY - dt.timedelta(days=12), "channels": ["email"], "step": "r1"}]
    tried = 0
    problems: list[TemplateProblem] = []
    seen: set[tuple[str | None, str, str, str]] = set()
    for slug, name, templates_dir, payment_rules in creditors:
        creditor = Creditor(slug=slug, name=name, email="compta@example.test", phone="+33388000000")
        payment = how_to_pay(payment_rules, slug, invoices + others)
        for ladder_name, ladder in rules.ladders.items():
            for step in ladder.steps:
                template = step.template_name
                for language in LANGUAGES:
                    for kind in DebtorKind.ALL:
                        key = (templates_dir, template, language, kind)
                        if key in seen:
                            continue
                        seen.add(key)
                        tried += 1
                        debtor = Debtor(name="Mme Exemple", kind=kind, language=language)
                        values = context(
                            creditor, debtor, invoices, others, history, rules, SAMPLE_DAY, payment
                        )
                        where = f"ladder {ladder_name}, step {step.id}, {language}, {kind}"
                        if slug:
                            where = f"creditor {slug}, {where}"
                        problem = _try(template, language, values, templates_dir, where)
                        if problem is not None:
                            problems.append(problem)
    return tried, problems


def _try(
    template: str, language: str, values: dict, templates_dir: str | None, where: str
) -> TemplateProblem | None:
    try:
        render(template, language, values, templates_dir)
    except jinja2.TemplateSyntaxError as error:
        return TemplateProblem(error.filename or template, error.lineno, error.message or "", where)
    except jinja2.TemplateNotFound as error:
        return TemplateProblem(str(error.name), None, "template not found", where)
    except Exception as error:  # a template may fail in any way; each is reported alone
        file, line = _template_frame(error)
        return TemplateProblem(file or template, line, f"{type(error).__name__}: {error}", where)
    return None


def _template_frame(error: Exception) -> tuple[str | None, int | None]:
    """The innermost template file and line in the traceback (Jinja puts them there)."""
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.endswith(".j2"):
            found = (frame.filename, frame.lineno)
    return found
