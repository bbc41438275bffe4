"""The ladder keys of issue 11 in rules.yaml (entry, min_gap, min_amount,
max_messages_per_week, confirm, templates_dir, lateness), each refused by line and key; and
`relance rules check` rendering every template, naming the file and line of a broken one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger.models import Creditor
from relance.cli import cli
from scheduler.errors import InvalidRules
from scheduler.passes import run_pass
from scheduler.rules import load_rules, parse_rules
from scheduler.rules_store import apply_creditors
from scheduler.template_check import check_templates
from tests.factories import make_invoice
from tests.scheduler.conftest import reachable_debtor

LADDER = """\
ladders:
  standard:
    entry: r1
    min_gap: 5d
    min_amount: 10
    max_messages_per_week: 3
    steps:
      - {id: courtesy, at: -3d, channel: email, template: courtesy}
      - {id: r1, at: +1d, channel: email, template: reminder_1}
      - {id: notice, at: +30d, channel: registered_letter, confirm: false}
      - {id: handover, at: +45d, channel: handover}
lateness: {grace_days: 3}
"""


def errors_of(text: str, tmp_path: Path) -> list[tuple[int | None, str, str]]:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    with pytest.raises(InvalidRules) as raised:
        load_rules(path)
    return [(e.line, e.key, e.message) for e in raised.value.errors]


def test_a_ladder_with_its_own_settings_is_read_with_them() -> None:
    rules = parse_rules(LADDER)
    ladder = rules.ladders["standard"]
    assert (ladder.min_gap, ladder.min_amount, ladder.max_messages_per_week) == (5, 10, 3)
    assert ladder.ordered[ladder.entry_index].id == "r1"
    assert [s.needs_approval for s in ladder.ordered] == [False, False, False, True]
    assert rules.lateness.grace_days == 3


def test_a_plain_list_ladder_gets_the_defaults() -> None:
    rules = parse_rules("ladders:\n  s: [{id: r1, at: +1d, channel: email}]\n")
    ladder = rules.ladders["s"]
    assert (ladder.min_gap, ladder.min_amount, ladder.max_messages_per_week) == (7, 5, 2)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("entry: r1", "entry: r9", (3, "ladders.standard.entry", "no step named 'r9'")),
        (
            "entry: r1",
            "entry: notice",
            (3, "ladders.standard.entry", "'notice' cannot be a first contact"),
        ),
        (
            "min_gap: 5d",
            "min_gap: soon",
            (4, "ladders.standard.min_gap", "'soon' is not a day offset like -3d, +1d or +30d"),
        ),
        (
            "max_messages_per_week: 3",
            "max_messages_per_week: 0",
            (
                6,
                "ladders.standard.max_messages_per_week",
                "Input should be greater than or equal to 1",
            ),
        ),
        (
            "min_amount: 10",
            "min_amount: -1",
            (5, "ladders.standard.min_amount", "Input should be greater than or equal to 0"),
        ),
        (
            "confirm: false}",
            "confirm: perhaps}",
            (
                10,
                "ladders.standard.steps[2].confirm",
                "Input should be a valid boolean, unable to interpret input",
            ),
        ),
        (
            "grace_days: 3",
            "grace_days: 90",
            (12, "lateness.grace_days", "Input should be less than or equal to 60"),
        ),
    ],
)
def test_a_bad_ladder_key_is_named_by_line_and_key(
    old: str, new: str, expected: tuple, tmp_path: Path
) -> None:
    text = LADDER.replace(old, new)
    if "courtesy" not in text:
        text = text.replace(
            "- {id: r1, at: +1d, channel: email, template: reminder_1}",
            "- {id: r1, at: +35d, channel: email}",
        )
    assert expected in errors_of(text, tmp_path)


def test_the_entry_cannot_be_the_thanks_step(tmp_path: Path) -> None:
    text = LADDER.replace("entry: r1", "entry: merci").replace(
        "      - {id: handover,",
        "      - {id: merci, kind: thanks, channel: email}\n      - {id: handover,",
    )
    assert errors_of(text, tmp_path) == [
        (3, "ladders.standard.entry", "'merci' is a thanks step, not a reminder")
    ]


def test_escalation_cannot_start_at_a_formal_notice(tmp_path: Path) -> None:
    text = LADDER + "escalate:\n  - {when: {late_invoices_last_365d: '>=3'}, skip_to: notice}\n"
    assert errors_of(text, tmp_path) == [
        (14, "escalate[0].skip_to", "'notice' cannot be a first contact")
    ]


def test_a_creditor_templates_dir_must_exist_and_is_read_beside_rules_yaml(tmp_path: Path) -> None:
    creditor = "creditors:\n  acme:\n    name: ACME\n    templates_dir: textes\n"
    assert errors_of(creditor + LADDER, tmp_path) == [
        (4, "creditors.acme.templates_dir", f"no folder {tmp_path / 'textes'}")
    ]
    (tmp_path / "textes" / "fr").mkdir(parents=True)
    rules = load_rules(tmp_path / "rules.yaml")
    assert rules.creditors["acme"].templates_dir == str(tmp_path / "textes")


def test_a_creditors_own_template_replaces_the_shipped_one(
    ledger_db, tmp_path: Path, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "textes" / "fr").mkdir(parents=True)
    (tmp_path / "textes" / "fr" / "reminder_1.j2").write_text(
        "{% extends layout %}\n"
        "{% block subject %}Petit rappel de {{ creditor.name }}{% endblock %}\n"
        "{% block intro %}Un oubli ? Voici votre relevé.{% endblock %}\n"
    )
    (tmp_path / "rules.yaml").write_text(
        "creditors:\n  acme:\n    name: ACME\n    templates_dir: textes\n" + LADDER
    )
    rules = load_rules(tmp_path / "rules.yaml")
    tried, problems = check_templates(rules)
    assert problems == [] and tried > 0
    apply_creditors(rules)
    acme = Creditor.get(Creditor.slug == "acme")
    make_invoice(reachable_debtor(acme, ladder="standard"), due_date=dt.date(2026, 12, 4))
    run_pass(rules, config, dt.date(2026, 12, 7))
    [message] = smtp_sink.wait_for(1)
    assert message["Subject"] == "Petit rappel de ACME"
    assert "Un oubli ? Voici votre relevé." in message.get_body(("plain",)).get_content()


def test_rules_check_names_the_template_file_and_line_that_fails(tmp_path: Path) -> None:
    (tmp_path / "textes" / "en").mkdir(parents=True)
    broken = tmp_path / "textes" / "en" / "reminder_1.j2"
    broken.write_text(
        "{% extends layout %}\n{% block subject %}Hi{% endblock %}\n"
        "{% block intro %}You owe {{ debtor.nickname }}.{% endblock %}\n"
    )
    (tmp_path / "rules.yaml").write_text(
        "creditors:\n  acme:\n    name: ACME\n    templates_dir: textes\n" + LADDER
    )
    result = CliRunner().invoke(cli, ["rules", "check", str(tmp_path / "rules.yaml")])
    assert result.exit_code == 1
    assert f"{broken}:3: UndefinedError: 'dict object' has no attribute 'nickname'" in result.output
    assert "(creditor acme, ladder standard, step r1, en," in result.output


def test_rules_check_renders_the_shipped_templates_without_error() -> None:
    result = CliRunner().invoke(cli, ["rules", "check", "rules.yaml"])
    assert result.exit_code == 0, result.output
    assert "template rendering(s) without error" in result.output
