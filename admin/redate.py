"""Réglages › Créanciers › Redater: after a creditor's reading of "N jours fin de mois"
changed, the page listing its open invoices whose due date those terms gave (old → new, and
what it does to their ladder), and the confirmed change (ledger/redate.py)."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import ngettext

from admin.ladders import current_rules
from admin.steps import step_label_in
from ledger.clock import today
from ledger.models import Creditor
from ledger.redate import Redate, RedatePlan, apply_redate, plan_redate
from scheduler.redate_effect import LadderEffect, ladder_effects
from scheduler.rules import EMPTY_RULES


@dataclass(frozen=True)
class RedateRow:
    change: Redate
    effect: LadderEffect | None
    delivered: str
    delivered_before_due: str
    under_way: str
    next_step: str
    today_before: str
    today_after: str


@dataclass(frozen=True)
class RedatePreview:
    plan: RedatePlan
    rows: tuple[RedateRow, ...]


def preview(creditor: Creditor) -> RedatePreview:
    """The plan and, per invoice, its ladder before and after, with the steps as staff name
    them."""
    plan = plan_redate(creditor)
    rules = current_rules() or EMPTY_RULES
    effects = ladder_effects(plan.changes, rules, today())
    rows = []
    for change in plan.changes:
        effect = effects.get(change.invoice_id)
        ladder = effect.ladder if effect else None

        def name(step: str | None, ladder: str | None = ladder) -> str:
            return step_label_in(rules, ladder, step) if step else _("nothing")

        rows.append(
            RedateRow(
                change,
                effect,
                ", ".join(name(s) for s in effect.delivered) if effect else "",
                ", ".join(name(s) for s in effect.delivered_before_due) if effect else "",
                ", ".join(name(s) for s in effect.under_way) if effect else "",
                name(effect.next_step) if effect and effect.next_step else "",
                name(effect.today_before if effect else None),
                name(effect.today_after if effect else None),
            )
        )
    return RedatePreview(plan, tuple(rows))


def redate(creditor: Creditor, confirmed: str, by: str) -> str:
    """Apply the plan the person confirmed; the message for the page. Raises StaleRedate."""
    plan = apply_redate(creditor, confirmed, by=by)
    return ngettext(
        "%(creditor)s: %(num)d invoice re-dated; each change is on its debtor's timeline.",
        "%(creditor)s: %(num)d invoices re-dated; each change is on its debtor's timeline.",
        len(plan.changes),
        creditor=creditor.name,
    )


def redatable_sentence(creditor: Creditor) -> str:
    """Said after the reading changed, when open invoices' due dates hang on it."""
    count = len(plan_redate(creditor).changes)
    if not count:
        return ""
    return ngettext(
        "%(num)d open invoice has a due date computed by the former reading: check the "
        "re-dating below before applying it.",
        "%(num)d open invoices have a due date computed by the former reading: check the "
        "re-dating below before applying it.",
        count,
    )
