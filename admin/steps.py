"""Ladder steps as staff name them: the step's `label:` from rules.yaml, else one derived from
its place and channels ("2e relance (e-mail + SMS)"), never its id ("r2")."""

from __future__ import annotations

from flask_babel import gettext as _

from admin.labels import channel_label
from admin.ladders import current_rules
from scheduler.ladders import Step
from scheduler.rules import Rules


def _channels(step: Step) -> str:
    return " + ".join(channel_label(c).lower() if c != "sms" else "SMS" for c in step.channel)


def _ordinal(rank: int) -> str:
    if rank == 1:
        return _("1st")
    if rank == 2:
        return _("2nd")
    if rank == 3:
        return _("3rd")
    return _("%(n)dth", n=rank)


def derived_label(steps: tuple[Step, ...], step: Step) -> str:
    if step.kind == "thanks":
        return _("Thanks for the payment (%(channels)s)", channels=_channels(step))
    if "handover" in step.channel:
        return _("Handover to collection agency")
    if step.at < 0:
        return _("Reminder before the due date (%(channels)s)", channels=_channels(step))
    after = [s for s in steps if s.kind == "reminder" and s.at >= 0 and "handover" not in s.channel]
    rank = next((n for n, s in enumerate(after, 1) if s.id == step.id), 0)
    return _("%(rank)s reminder (%(channels)s)", rank=_ordinal(rank), channels=_channels(step))


def step_label_in(rules: Rules | None, ladder: str | None, step_id: str | None) -> str:
    step_id = (step_id or "").split("+", 1)[0]
    if rules is None or not step_id:
        return step_id
    ladders = [ladder] if ladder in rules.ladders else list(rules.ladders)
    for name in ladders:
        steps = tuple(sorted(rules.ladders[name].steps, key=lambda s: (s.kind != "reminder", s.at)))
        for step in steps:
            if step.id == step_id:
                return step.label or derived_label(steps, step)
    return step_id


def step_label(step_id: str | None, ladder: str | None = None) -> str:
    """The step's name in the page's language (its id when the rules no longer know it)."""
    return step_label_in(current_rules(), ladder, step_id)
