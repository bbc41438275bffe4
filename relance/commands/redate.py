"""`relance redate --creditor SLUG [--apply]`: re-date the creditor's open invoices whose due
date "N jours fin de mois" terms gave, by its reading as it is now (ledger/redate.py). A dry
run by default: the invoices, old → new due date, and what it does to their ladder
(scheduler/redate_effect.py); `--apply` changes them in one transaction. French by default,
through the admin's gettext catalogues (`--lang en` for English)."""

from __future__ import annotations

import getpass
from pathlib import Path

import click
from babel.support import Translations

from ledger.clock import today
from ledger.models import Creditor, MonthEndReading
from ledger.redate import RedatePlan, StaleRedate, apply_redate, plan_redate
from relance.bootstrap import load_settings, open_ledger
from scheduler.calendar import SendingCalendar
from scheduler.errors import InvalidRules
from scheduler.redate_effect import LadderEffect, ladder_effects
from scheduler.rules import Rules
from scheduler.rules_store import load_rules_for_ledger

CATALOGUES = Path(__file__).resolve().parents[2] / "admin" / "translations"


@click.command()
@click.option("--creditor", "slug", required=True, help="the creditor's slug")
@click.option("--apply", "apply", is_flag=True, help="change the due dates (default: preview)")
@click.option("--by", default=None, help="the name written on the timeline (default: you)")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
def redate(slug: str, apply: bool, by: str | None, lang: str) -> None:
    """Re-date open invoices after a creditor's month-end reading changed."""
    text = Translations.load(str(CATALOGUES), [lang])
    settings = load_settings()
    database = open_ledger(settings)
    with database.connection_context():
        creditor = Creditor.get_or_none(Creditor.slug == slug)
        if creditor is None:
            raise click.ClickException(text.gettext("no creditor %(slug)r") % {"slug": slug})
        try:
            rules = load_rules_for_ledger(settings.rules)
        except InvalidRules as error:
            raise click.ClickException(f"{error}") from None
        day = today(SendingCalendar(rules.calendar).timezone)
        plan = plan_redate(creditor)
        effects = ladder_effects(plan.changes, rules, day)
        for line in describe(plan, effects, rules, text):
            click.echo(line)
        if not plan.changes:
            return
        if not apply:
            click.echo(text.gettext("Preview: nothing changed. Run again with --apply to apply."))
            return
        try:
            apply_redate(creditor, plan.fingerprint, by=by or f"cli:{getpass.getuser()}")
        except StaleRedate as error:
            raise click.ClickException(str(error)) from None
        click.echo(
            text.ngettext(
                "%(num)d invoice re-dated.", "%(num)d invoices re-dated.", len(plan.changes)
            )
            % {"num": len(plan.changes)}
        )


def reading_text(reading: str, text: Translations) -> str:
    if reading == MonthEndReading.MONTH_END_THEN_DAYS:
        return text.gettext("End of month, then + N days")
    return text.gettext("Date + N days, then end of month")


def describe(
    plan: RedatePlan, effects: dict[int, LadderEffect], rules: Rules, text: Translations
) -> list[str]:
    """The preview as lines of text: the creditor's reading, each invoice and its ladder."""
    gettext = text.gettext
    lines = [
        gettext('%(creditor)s: "N jours fin de mois" read as: %(reading)s.')
        % {"creditor": plan.creditor, "reading": reading_text(plan.reading, text)}
    ]
    if plan.changes:
        lines.append(
            text.ngettext(
                "%(num)d open invoice to re-date:",
                "%(num)d open invoices to re-date:",
                len(plan.changes),
            )
            % {"num": len(plan.changes)}
        )
    else:
        lines.append(gettext("No open invoice to re-date."))
    for change in plan.changes:
        lines.append(
            gettext("%(number)s (%(debtor)s, %(terms)s): due %(old)s → %(new)s")
            % {
                "number": change.number,
                "debtor": change.debtor,
                "terms": change.terms,
                "old": change.old_due.strftime("%d/%m/%Y"),
                "new": change.new_due.strftime("%d/%m/%Y"),
            }
        )
        lines += [
            f"    {line}" for line in ladder_lines(effects.get(change.invoice_id), rules, text)
        ]
    if plan.unknown:
        lines.append(
            text.ngettext(
                "%(num)d open invoice was recorded before Relance kept where its due date came "
                "from: not re-dated, check it on its invoice page.",
                "%(num)d open invoices were recorded before Relance kept where their due date "
                "came from: not re-dated, check them on their invoice pages.",
                plan.unknown,
            )
            % {"num": plan.unknown}
        )
    return lines


def ladder_lines(effect: LadderEffect | None, rules: Rules, text: Translations) -> list[str]:
    gettext = text.gettext
    if effect is None or effect.ladder is None:
        return [gettext("no ladder: no reminder either way")]

    def name(step: str | None) -> str:
        found = rules.step(effect.ladder, step) if step else None
        return (found.label or found.id) if found else gettext("nothing")

    lines = []
    if effect.delivered:
        lines.append(
            gettext("delivered (kept, never sent again): %(steps)s")
            % {"steps": ", ".join(name(s) for s in effect.delivered)}
        )
    if effect.delivered_before_due:
        lines.append(
            gettext("went out before the new due date: %(steps)s")
            % {"steps": ", ".join(name(s) for s in effect.delivered_before_due)}
        )
    if effect.under_way:
        lines.append(
            gettext("under way, goes as planned: %(steps)s")
            % {"steps": ", ".join(name(s) for s in effect.under_way)}
        )
    if effect.next_step and effect.next_before and effect.next_after:
        lines.append(
            gettext("next step %(step)s: %(old)s → %(new)s")
            % {
                "step": name(effect.next_step),
                "old": effect.next_before.strftime("%d/%m/%Y"),
                "new": effect.next_after.strftime("%d/%m/%Y"),
            }
        )
    lines.append(
        gettext("today's pass: %(old)s → %(new)s")
        % {"old": name(effect.today_before), "new": name(effect.today_after)}
    )
    return lines
