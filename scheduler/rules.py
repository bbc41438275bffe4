"""rules.yaml: load it, validate it with pydantic, and explain every mistake by file and line."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ledger.payment_mapping import DEFAULT_WRITE_OFF_BELOW
from scheduler.errors import InvalidRules, RulesError
from scheduler.rules_creditors import CreditorRules, Strict
from scheduler.yaml_lines import dotted, line_map, line_of
from scheduler.yaml_safe import MAX_BYTES, DuplicateKey, YamlTooBig, bounded_load

CHANNELS = ("email", "sms", "letter", "registered_letter", "phone_task", "handover")
TEMPLATES_DIR = Path(__file__).parent / "templates"
_OFFSET = re.compile(r"^\s*([+-]?)\s*(\d{1,4})\s*d\s*$")
_COMPARISON = re.compile(r"^\s*(>=|<=|>|<|==)?\s*(\d+)\s*$")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


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
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        match = _OFFSET.match(str(value))
        if not match:
            raise ValueError(f"{value!r} is not a day offset like -3d, +1d or +30d")
        return int(match.group(2)) * (-1 if match.group(1) == "-" else 1)

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


def _step_before(raw: Any) -> Any:
    """`action: handover` is the sketch's spelling of `channel: handover`."""
    if isinstance(raw, dict) and "action" in raw and "channel" not in raw:
        raw = {**raw, "channel": raw["action"]}
        del raw["action"]
    return raw


class AssignWhen(Strict):
    creditor: str | None = None
    payment_method: str | None = None
    preferred_channel: str | None = None
    b2b: bool | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None


class AssignRule(Strict):
    when: AssignWhen = AssignWhen()
    ladder: str


class EscalateWhen(Strict):
    late_invoices_last_365d: str

    @field_validator("late_invoices_last_365d", mode="before")
    @classmethod
    def _comparison(cls, value: Any) -> str:
        if not _COMPARISON.match(str(value)):
            raise ValueError(f"{value!r} is not a comparison like '>=3'")
        return str(value).replace(" ", "")


class EscalateRule(Strict):
    when: EscalateWhen
    skip_to: str

    def matches(self, late_count: int) -> bool:
        match = _COMPARISON.match(self.when.late_invoices_last_365d)
        assert match is not None
        op, number = match.group(1) or "==", int(match.group(2))
        return {
            ">=": late_count >= number,
            "<=": late_count <= number,
            ">": late_count > number,
            "<": late_count < number,
            "==": late_count == number,
        }[op]


class CalendarRules(Strict):
    country: str = "FR"
    send_on: Literal["business_days", "every_day"] = "business_days"
    hours: str = "09:00-18:00"
    timezone: str = "Europe/Paris"

    @field_validator("hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        if not _HOURS.match(value) or value[:5] >= value[6:]:
            raise ValueError(f"{value!r} is not a range of hours like 09:00-18:00")
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r}") from None
        return value


class LegalRules(Strict):
    # Late-payment penalty rate, % per year: by default the ECB refinancing rate + 10 points.
    penalty_rate: Decimal = Field(default=Decimal("12.15"), ge=0, le=100)
    recovery_indemnity: Decimal = Field(default=Decimal("40"), ge=40)
    notice_days: int = Field(default=8, ge=8, le=15)


class PaymentsSection(Strict):
    # Every creditor's write-off tolerance unless it declares its own (default €1).
    write_off_below: Decimal | None = Field(default=None, ge=0, le=1000, allow_inf_nan=False)


class Rules(Strict):
    creditors: dict[str, CreditorRules] = Field(default_factory=dict)
    ladders: dict[str, tuple[Step, ...]] = Field(default_factory=dict)
    assign: tuple[AssignRule, ...] = ()
    escalate: tuple[EscalateRule, ...] = ()
    calendar: CalendarRules = CalendarRules()
    legal: LegalRules = LegalRules()
    payments: PaymentsSection = PaymentsSection()
    # A debtor who answers a reminder is left alone this many days, for staff to read it.
    reply_pause_days: int = Field(default=5, ge=0, le=60)

    @field_validator("ladders", mode="before")
    @classmethod
    def _actions(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                name: [_step_before(s) for s in steps] if isinstance(steps, list) else steps
                for name, steps in value.items()
            }
        return value

    def ladder(self, name: str | None) -> tuple[Step, ...]:
        """The ladder's reminder steps (its thanks step apart)."""
        return tuple(s for s in self.ladders.get(name or "", ()) if s.kind == "reminder")

    def thanks_step(self, name: str | None) -> Step | None:
        return next((s for s in self.ladders.get(name or "", ()) if s.kind == "thanks"), None)

    def step(self, ladder: str | None, step_id: str) -> Step | None:
        return next((s for s in self.ladders.get(ladder or "", ()) if s.id == step_id), None)

    def write_off_below(self, creditor: str) -> Decimal:
        """The creditor's write-off tolerance, else the install's, else €1."""
        declared = self.creditors[creditor].write_off_below
        if declared is None:
            declared = self.payments.write_off_below
        return DEFAULT_WRITE_OFF_BELOW if declared is None else declared


EMPTY_RULES = Rules()


def load_rules(path: Path | str) -> Rules:
    """The rules in `path`, or InvalidRules listing every problem with its line."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidRules(
                [RulesError(path, None, "", f"the file is {size:,} bytes, over {MAX_BYTES:,}")]
            )
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidRules([RulesError(path, None, "", f"cannot read the file: {error}")]) from None
    return parse_rules(text, path)


def parse_rules(text: str, path: Path | str = "rules.yaml") -> Rules:
    if len(text) > MAX_BYTES:
        raise InvalidRules([RulesError(path, None, "", f"the rules are over {MAX_BYTES:,} bytes")])
    try:
        data = bounded_load(text)
        lines = line_map(text)
    except DuplicateKey as error:
        raise InvalidRules(
            [RulesError(path, error.problem_mark.line + 1, error.key, error.problem)]
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(error, "problem", None) or str(error)
        kind = "refused" if isinstance(error, YamlTooBig) else "YAML syntax error"
        raise InvalidRules([RulesError(path, line, "", f"{kind}: {problem}")]) from None
    if data is None:
        # An emptied file would silently stop every ladder and forget every creditor.
        raise InvalidRules(
            [RulesError(path, 1, "", "the rules file is empty (no creditors, no ladders)")]
        )
    if not isinstance(data, dict):
        raise InvalidRules([RulesError(path, 1, "", "expected a mapping of sections")])
    try:
        rules = Rules.model_validate(data)
    except ValidationError as error:
        raise InvalidRules(
            [_from_pydantic(path, lines, e) for e in error.errors(include_url=False)]
        ) from None
    problems = [
        RulesError(path, line_of(lines, loc), dotted(loc), message)
        for loc, message in cross_check(rules)
    ]
    if problems:
        raise InvalidRules(problems)
    return rules


def _from_pydantic(path: Path | str, lines: dict, error: dict) -> RulesError:
    loc = [part for part in error["loc"] if not _is_pydantic_tag(part)]
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    return RulesError(path, line_of(lines, loc), dotted(loc), message)


def _is_pydantic_tag(part: str | int) -> bool:
    return isinstance(part, str) and (part.startswith(("function-", "literal[")) or "[" in part)


def template_names() -> list[str]:
    """The reminder templates a step may name (layouts and the creditor digest are not)."""
    return sorted(p.stem for p in (TEMPLATES_DIR / "fr").glob("*.j2") if "." not in p.stem)


def cross_check(rules: Rules) -> list[tuple[tuple[str | int, ...], str]]:
    """Problems pydantic cannot see alone: names that must refer to something."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    all_steps = {step.id for steps in rules.ladders.values() for step in steps}
    known = template_names()
    for name, steps in rules.ladders.items():
        seen: set[str] = set()
        thanks = 0
        for index, step in enumerate(steps):
            if step.id in seen:
                problems.append((("ladders", name, index, "id"), f"duplicate step id {step.id!r}"))
            seen.add(step.id)
            thanks += step.kind == "thanks"
            if step.kind == "thanks" and thanks > 1:
                problems.append((("ladders", name, index, "kind"), "one thanks step per ladder"))
            if step.kind == "thanks" and set(step.channel) - {"email", "sms", "letter"}:
                problems.append(
                    (
                        ("ladders", name, index, "channel"),
                        "a thanks step goes by email, sms or letter",
                    )
                )
            if step.template and step.template not in known:
                problems.append(
                    (
                        ("ladders", name, index, "template"),
                        f"unknown template {step.template!r}; known: {', '.join(known)}",
                    )
                )
    for slug, creditor in rules.creditors.items():
        if creditor.default_ladder and creditor.default_ladder not in rules.ladders:
            problems.append(
                (
                    ("creditors", slug, "default_ladder"),
                    f"no ladder named {creditor.default_ladder!r}",
                )
            )
    for index, rule in enumerate(rules.assign):
        if rule.ladder not in rules.ladders:
            problems.append((("assign", index, "ladder"), f"no ladder named {rule.ladder!r}"))
        if rule.when.creditor and rule.when.creditor not in rules.creditors:
            problems.append(
                (("assign", index, "when", "creditor"), f"no creditor {rule.when.creditor!r}")
            )
    for index, rule in enumerate(rules.escalate):
        if rule.skip_to not in all_steps:
            problems.append((("escalate", index, "skip_to"), f"no step named {rule.skip_to!r}"))
    return problems
