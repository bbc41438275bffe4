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
)

from ledger.payment_mapping import DEFAULT_WRITE_OFF_BELOW
from scheduler.errors import InvalidRules, RulesError
from scheduler.ladders import Ladder, Step, ladder_before
from scheduler.rules_creditors import CreditorRules, Strict
from scheduler.yaml_lines import dotted, line_map, line_of
from scheduler.yaml_safe import MAX_BYTES, DuplicateKey, YamlTooBig, bounded_load

TEMPLATES_DIR = Path(__file__).parent / "templates"
_COMPARISON = re.compile(r"^\s*(>=|<=|>|<|==)?\s*(\d+)\s*$")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


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


class LatenessRules(Strict):
    # An invoice paid within this many days after its due date does not count as late.
    grace_days: int = Field(default=0, ge=0, le=60)


class PaymentsSection(Strict):
    # Every creditor's write-off tolerance unless it declares its own (default €1).
    write_off_below: Decimal | None = Field(default=None, ge=0, le=1000, allow_inf_nan=False)


class Rules(Strict):
    creditors: dict[str, CreditorRules] = Field(default_factory=dict)
    ladders: dict[str, Ladder] = Field(default_factory=dict)
    assign: tuple[AssignRule, ...] = ()
    escalate: tuple[EscalateRule, ...] = ()
    lateness: LatenessRules = LatenessRules()
    calendar: CalendarRules = CalendarRules()
    legal: LegalRules = LegalRules()
    payments: PaymentsSection = PaymentsSection()
    # A debtor who answers a reminder is left alone this many days, for staff to read it.
    reply_pause_days: int = Field(default=5, ge=0, le=60)

    @field_validator("ladders", mode="before")
    @classmethod
    def _plain_lists(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {name: ladder_before(ladder) for name, ladder in value.items()}
        return value

    def ladder(self, name: str | None) -> Ladder | None:
        return self.ladders.get(name or "")

    def steps(self, name: str | None) -> tuple[Step, ...]:
        """The ladder's reminder steps by offset (its thanks step apart); none for an unknown
        or empty name."""
        ladder = self.ladder(name)
        return ladder.ordered if ladder else ()

    def thanks_step(self, name: str | None) -> Step | None:
        ladder = self.ladder(name)
        return ladder.thanks if ladder else None

    def step(self, ladder: str | None, step_id: str) -> Step | None:
        found = self.ladder(ladder)
        return next((s for s in found.steps if s.id == step_id), None) if found else None

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
            [_from_pydantic(path, lines, data, e) for e in error.errors(include_url=False)]
        ) from None
    rules = _with_template_dirs(rules, Path(path).parent)
    problems = []
    for loc, message in cross_check(rules):
        written = _as_written(loc, data)
        problems.append(RulesError(path, line_of(lines, written), dotted(written), message))
    if problems:
        raise InvalidRules(problems)
    return rules


def _with_template_dirs(rules: Rules, base: Path) -> Rules:
    """Each creditor's `templates_dir` made absolute, from the folder holding rules.yaml."""
    creditors = {
        slug: c.model_copy(update={"templates_dir": str((base / c.templates_dir).resolve())})
        if c.templates_dir
        else c
        for slug, c in rules.creditors.items()
    }
    return rules.model_copy(update={"creditors": creditors})


def _as_written(loc: tuple[str | int, ...], data: dict) -> tuple[str | int, ...]:
    """A ladder written as a plain list has no `steps:` key: name its steps as written."""
    ladders = data.get("ladders")
    if (
        len(loc) >= 3
        and loc[0] == "ladders"
        and loc[2] == "steps"
        and isinstance(ladders, dict)
        and isinstance(ladders.get(loc[1]), list)
    ):
        return (*loc[:2], *loc[3:])
    return loc


def _from_pydantic(path: Path | str, lines: dict, data: dict, error: dict) -> RulesError:
    loc = _as_written(tuple(p for p in error["loc"] if not _is_pydantic_tag(p)), data)
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    return RulesError(path, line_of(lines, loc), dotted(loc), message)


def _is_pydantic_tag(part: str | int) -> bool:
    return isinstance(part, str) and (part.startswith(("function-", "literal[")) or "[" in part)


def template_names(extra_dirs: tuple[str, ...] = ()) -> list[str]:
    """The reminder templates a step may name: the shipped ones and those of the creditors'
    folders (layouts, partials starting with "_" and the creditor digest are not)."""
    names = set()
    for root in (TEMPLATES_DIR, *(Path(d) for d in extra_dirs)):
        names |= {p.stem for p in (root / "fr").glob("*.j2")}
        names |= {p.stem for p in (root / "en").glob("*.j2")}
    return sorted(n for n in names if "." not in n and not n.startswith("_"))


Problems = list[tuple[tuple[str | int, ...], str]]


def cross_check(rules: Rules) -> Problems:
    """Problems pydantic cannot see alone: names that must refer to something."""
    problems: Problems = []
    for slug, creditor in rules.creditors.items():
        if creditor.default_ladder and creditor.default_ladder not in rules.ladders:
            problems.append(
                (
                    ("creditors", slug, "default_ladder"),
                    f"no ladder named {creditor.default_ladder!r}",
                )
            )
        if creditor.templates_dir and not Path(creditor.templates_dir).is_dir():
            problems.append(
                (("creditors", slug, "templates_dir"), f"no folder {creditor.templates_dir}")
            )
    extra = tuple(c.templates_dir for c in rules.creditors.values() if c.templates_dir)
    known = template_names(extra)
    for name, ladder in rules.ladders.items():
        problems += _ladder_problems(name, ladder, known)
    for index, rule in enumerate(rules.assign):
        if rule.ladder not in rules.ladders:
            problems.append((("assign", index, "ladder"), f"no ladder named {rule.ladder!r}"))
        if rule.when.creditor and rule.when.creditor not in rules.creditors:
            problems.append(
                (("assign", index, "when", "creditor"), f"no creditor {rule.when.creditor!r}")
            )
    all_steps = {s.id: s for ladder in rules.ladders.values() for s in ladder.steps}
    for index, rule in enumerate(rules.escalate):
        step = all_steps.get(rule.skip_to)
        if step is None:
            problems.append((("escalate", index, "skip_to"), f"no step named {rule.skip_to!r}"))
        elif step.is_legal or step.needs_approval:
            problems.append(
                (("escalate", index, "skip_to"), f"{rule.skip_to!r} cannot be a first contact")
            )
    return problems


def _ladder_problems(name: str, ladder: Ladder, known: list[str]) -> Problems:
    problems: Problems = []
    seen: set[str] = set()
    contact_before = False
    thanks = 0
    for index, step in enumerate(ladder.steps):
        where = ("ladders", name, "steps", index)
        if step.id in seen:
            problems.append(((*where, "id"), f"duplicate step id {step.id!r}"))
        seen.add(step.id)
        thanks += step.kind == "thanks"
        if step.kind == "thanks" and thanks > 1:
            problems.append(((*where, "kind"), "one thanks step per ladder"))
        if step.kind == "thanks" and set(step.channel) - {"email", "sms", "letter"}:
            problems.append(((*where, "channel"), "a thanks step goes by email, sms or letter"))
        if step.template and step.template not in known:
            problems.append(
                (
                    (*where, "template"),
                    f"unknown template {step.template!r}; known: {', '.join(known)}",
                )
            )
    for step in ladder.ordered:
        if step.is_legal and not contact_before:
            index = ladder.steps.index(step)
            problems.append(
                (
                    ("ladders", name, "steps", index, "channel"),
                    "a formal notice or handover needs a reminder (email, sms or letter) "
                    "before it in the ladder",
                )
            )
        contact_before = contact_before or step.is_contact
    if ladder.entry is not None:
        entry = next((s for s in ladder.steps if s.id == ladder.entry), None)
        if entry is None:
            problems.append((("ladders", name, "entry"), f"no step named {ladder.entry!r}"))
        elif entry.kind == "thanks":
            problems.append(
                (("ladders", name, "entry"), f"{ladder.entry!r} is a thanks step, not a reminder")
            )
        elif entry.is_legal or entry.needs_approval:
            problems.append(
                (("ladders", name, "entry"), f"{ladder.entry!r} cannot be a first contact")
            )
    return problems
