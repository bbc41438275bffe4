"""A ladder in rules.yaml: its steps and the keys that govern how an invoice climbs it.

A ladder is written either as a plain list of steps or as a mapping with `steps:` and its
own settings:

    standard:
      entry: r1                  # where an invoice first seen late starts (default: the
                                 # first step after the due date)
      min_gap: 7d                # days between two contacts of one invoice
      min_amount: 5              # below this (in the invoice's currency) no step is sent
      max_messages_per_week: 2   # per debtor, e-mails, SMS and letters together
      steps: [...]
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from scheduler.rules_creditors import Strict

CHANNELS = ("email", "sms", "letter", "registered_letter", "phone_task", "handover")
# Channels that put a message in front of the debtor: they count towards `min_gap` and the
# weekly limit. A phone task is staff's call and a handover a dossier for an agency.
MESSAGE_CHANNELS = frozenset({"email", "sms", "letter", "registered_letter"})
# Legal acts: never a first contact, and by default they wait for a person's approval.
LEGAL_CHANNELS = frozenset({"registered_letter", "handover"})
DEFAULT_TEMPLATES = {"registered_letter": "formal_notice", "handover": "handover"}
_OFFSET = re.compile(r"^\s*([+-]?)\s*(\d{1,4})\s*d\s*$")
_UNSAFE_LABEL = re.compile(r"[\x00-\x1f<>]")


def day_offset(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _OFFSET.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a day offset like -3d, +1d or +30d")
    return int(match.group(2)) * (-1 if match.group(1) == "-" else 1)


class StepConditions(Strict):
    min_amount: Decimal | None = None
    b2b: bool | None = None


class Step(Strict):
    id: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_-]{0,40}$")
    # A thanks step has no date: it goes out once a reminded invoice is paid.
    kind: Literal["reminder", "thanks"] = "reminder"
    at: int = 0
    channel: tuple[str, ...]
    template: str = ""
    when: StepConditions = StepConditions()
    # Wait for a person's approval; default: yes for formal notices and handovers.
    confirm: bool | None = None
    # What staff read for this step ("2e relance (e-mail + SMS)"); derived when absent.
    label: str = ""

    @field_validator("label")
    @classmethod
    def _label(cls, value: str) -> str:
        if len(value) > 80 or _UNSAFE_LABEL.search(value):
            raise ValueError("a label is plain text of at most 80 characters (no < > or tabs)")
        return value.strip()

    @model_validator(mode="before")
    @classmethod
    def _reminders_have_a_date(cls, value: Any) -> Any:
        if (
            isinstance(value, dict)
            and value.get("kind", "reminder") == "reminder"
            and "at" not in value
        ):
            raise ValueError("a reminder step needs `at`, a day offset like +1d")
        if isinstance(value, dict) and value.get("kind") == "thanks" and "at" in value:
            raise ValueError("a thanks step has no `at`: it goes out when the invoice is paid")
        return value

    @field_validator("at", mode="before")
    @classmethod
    def _offset(cls, value: Any) -> int:
        return day_offset(value)

    @field_validator("channel", mode="before")
    @classmethod
    def _channels(cls, value: Any) -> Any:
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not value:
            raise ValueError("expected a channel or a list of channels")
        for channel in value:
            if channel not in CHANNELS:
                raise ValueError(
                    f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}"
                )
        if len(set(value)) != len(value):
            raise ValueError("a channel is listed twice")
        return value

    @property
    def template_name(self) -> str:
        """The step's template, else the one its kind or first channel speaks with."""
        if self.template:
            return self.template
        if self.kind == "thanks":
            return "thanks"
        return DEFAULT_TEMPLATES.get(self.channel[0], "reminder_1")

    @property
    def needs_approval(self) -> bool:
        return self.is_legal if self.confirm is None else self.confirm

    @property
    def is_legal(self) -> bool:
        return any(c in LEGAL_CHANNELS for c in self.channel)

    @property
    def is_contact(self) -> bool:
        return any(c in MESSAGE_CHANNELS for c in self.channel)


def step_before(raw: Any) -> Any:
    """`action: handover` is the sketch's spelling of `channel: handover`."""
    if isinstance(raw, dict) and "action" in raw and "channel" not in raw:
        raw = {**raw, "channel": raw["action"]}
        del raw["action"]
    return raw


class Ladder(Strict):
    steps: tuple[Step, ...]
    entry: str | None = None
    min_gap: int = Field(default=7, ge=0, le=365)
    min_amount: Decimal = Field(default=Decimal("5"), ge=0, le=1_000_000)
    max_messages_per_week: int = Field(default=2, ge=1, le=50)

    @field_validator("steps", mode="before")
    @classmethod
    def _actions(cls, value: Any) -> Any:
        return [step_before(s) for s in value] if isinstance(value, list) else value

    @field_validator("min_gap", mode="before")
    @classmethod
    def _gap(cls, value: Any) -> int:
        return day_offset(value)

    @cached_property
    def ordered(self) -> tuple[Step, ...]:
        """The reminder steps by offset (a stable sort: ties keep the file's order); the
        thanks step is not on the way up."""
        return tuple(sorted((s for s in self.steps if s.kind == "reminder"), key=lambda s: s.at))

    @cached_property
    def thanks(self) -> Step | None:
        return next((s for s in self.steps if s.kind == "thanks"), None)

    @cached_property
    def entry_index(self) -> int:
        """Index in `ordered` of the entry step: the named one, else the first after the due
        date, else the last step."""
        ordered = self.ordered
        if self.entry:
            return next((i for i, s in enumerate(ordered) if s.id == self.entry), 0)
        return next((i for i, s in enumerate(ordered) if s.at > 0), max(len(ordered) - 1, 0))

    def index_of(self, step_id: str) -> int | None:
        return next((i for i, s in enumerate(self.ordered) if s.id == step_id), None)


def ladder_before(raw: Any) -> Any:
    """A plain list of steps is a ladder with the default settings."""
    return {"steps": raw} if isinstance(raw, list) else raw
