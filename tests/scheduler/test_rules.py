"""rules.yaml: every mistake named by file, line and key; a bad reload keeps the old rules."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger.models import Creditor, SystemState
from relance.cli import cli
from scheduler.errors import InvalidRules
from scheduler.rules import load_rules, parse_rules
from scheduler.rules_store import ERROR_KEY, RulesStore

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
creditors:
  acme:
    name: ACME
    allowed_senders: ["@acme.test"]
    default_ladder: standard
    payments_csv: {columns: {date: Date, amount: Montant, reference: Libellé}}
ladders:
  standard:
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r2, at: +10d, channel: [email, sms], template: reminder_2}
"""


def errors_of(text: str, tmp_path: Path) -> list[tuple[int | None, str, str]]:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    with pytest.raises(InvalidRules) as raised:
        load_rules(path)
    for error in raised.value.errors:
        assert error.path == str(path)
    return [(e.line, e.key, e.message) for e in raised.value.errors]


def test_the_shipped_rules_are_valid_and_declare_the_demo_creditor() -> None:
    rules = load_rules(ROOT / "rules.yaml")
    assert "@localhost" in rules.creditors["demo"].allowed_senders
    assert rules.creditors["demo"].default_ladder in rules.ladders


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        (
            "    - {id: r3, at: +20d, channel: fax}",
            (
                11,
                "ladders.standard[2].channel",
                "unknown channel 'fax'; expected one of "
                "email, sms, letter, registered_letter, phone_task, handover",
            ),
        ),
        (
            "    - {id: r3, at: soon, channel: email}",
            (11, "ladders.standard[2].at", "'soon' is not a day offset like -3d, +1d or +30d"),
        ),
        (
            "    - {id: r1, at: +20d, channel: letter}",
            (11, "ladders.standard[2].id", "duplicate step id 'r1'"),
        ),
        (
            "    - {id: r3, at: +20d, channel: email, template: nope}",
            (
                11,
                "ladders.standard[2].template",
                "unknown template 'nope'; known: courtesy, "
                "formal_notice, handover, reminder_1, reminder_2, reminder_3, thanks",
            ),
        ),
        (
            "    - {id: r3, at: +20d, channel: email, colour: red}",
            (11, "ladders.standard[2].colour", "unknown key"),
        ),
    ],
)
def test_a_bad_step_is_named_by_line_and_key(
    bad_line: str, expected: tuple, tmp_path: Path
) -> None:
    assert errors_of(GOOD + bad_line + "\n", tmp_path) == [expected]


def test_a_yaml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    [(line, _key, message)] = errors_of(GOOD + "    - {id: r3, at: +20d\n  oops: [\n", tmp_path)
    assert line == 12
    assert message.startswith("YAML syntax error")


def test_every_error_is_reported_not_only_the_first(tmp_path: Path) -> None:
    text = GOOD.replace("default_ladder: standard", "default_ladder: missing") + (
        "assign:\n  - {when: {payment_method: cheque}, ladder: nowhere}\n"
        "escalate:\n  - {when: {late_invoices_last_365d: '>=3'}, skip_to: r9}\n"
    )
    assert errors_of(text, tmp_path) == [
        (5, "creditors.acme.default_ladder", "no ladder named 'missing'"),
        (12, "assign[0].ladder", "no ladder named 'nowhere'"),
        (14, "escalate[0].skip_to", "no step named 'r9'"),
    ]


def test_a_payments_mapping_the_importer_cannot_use_is_refused_with_the_rules(
    tmp_path: Path,
) -> None:
    text = GOOD.replace("{columns: {date: Date,", "{columns: {when: Date,")
    [(line, key, message)] = errors_of(text, tmp_path)
    assert (line, key) == (6, "creditors.acme.payments_csv")
    assert message.startswith("columns.when: unknown field; expected one of date, amount")


@pytest.mark.parametrize(
    ("ids", "key", "message"),
    [
        (
            'siren: "732829321"',
            "creditors.acme.siren",
            "'732829321' is not a valid SIREN: The number's checksum or check digit is invalid.",
        ),
        (
            'siret: "7328293200007"',
            "creditors.acme.siret",
            "'7328293200007' is not a valid SIRET: The number has an invalid length.",
        ),
        (
            'vat_number: "FR45732829320"',
            "creditors.acme.vat_number",
            "'FR45732829320' is not a valid VAT number: "
            "The number's checksum or check digit is invalid.",
        ),
        (
            'siren: "732829320", siret: "44306184100047"',
            "creditors.acme",
            "siret 44306184100047 does not belong to siren 732829320",
        ),
    ],
)
def test_the_legal_ids_printed_on_letters_are_checked(
    tmp_path: Path, ids: str, key: str, message: str
) -> None:
    text = GOOD.replace(
        "    name: ACME\n",
        "    name: ACME\n" + "".join(f"    {part.strip()}\n" for part in ids.split(", ")),
    )
    assert [(k, m) for _, k, m in errors_of(text, tmp_path)] == [(key, message)]


def test_legal_ids_may_be_written_with_spaces_and_are_kept_compact() -> None:
    text = GOOD.replace(
        "    name: ACME\n",
        '    name: ACME\n    siren: "732 829 320"\n    vat_number: "FR 44 732829320"\n',
    )
    acme = parse_rules(text).creditors["acme"]
    assert (acme.siren, acme.vat_number) == ("732829320", "FR44732829320")


def test_calendar_and_legal_values_are_checked(tmp_path: Path) -> None:
    text = GOOD + (
        "calendar: {timezone: Mars/Olympus, hours: '18:00-09:00'}\nlegal: {notice_days: 3}\n"
    )
    found = {key: (line, message) for line, key, message in errors_of(text, tmp_path)}
    assert found["calendar.hours"] == (11, "'18:00-09:00' is not a range of hours like 09:00-18:00")
    assert found["calendar.timezone"] == (11, "unknown timezone 'Mars/Olympus'")
    assert found["legal.notice_days"][0] == 12


def test_relance_rules_check_prints_every_error_and_exits_non_zero(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD + "    - {id: r1, at: 2 weeks, channel: pigeon}\n")
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:11: ladders.standard[2].at: '2 weeks' is not a day offset" in result.output
    assert f"{path}:11: ladders.standard[2].channel: unknown channel 'pigeon'" in result.output


def test_relance_rules_check_accepts_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD)
    result = CliRunner().invoke(cli, ["rules", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert "valid (1 creditor(s), 1 ladder(s), 2 step(s))" in result.output


def test_an_action_handover_is_read_as_the_handover_channel() -> None:
    rules = parse_rules(
        "ladders:\n  s: [{id: r, at: +1d, channel: email}, {id: h, at: +45d, action: handover}]\n"
    )
    assert rules.ladders["s"].steps[1].channel == ("handover",)


def test_a_reload_upserts_the_creditors_and_an_invalid_one_keeps_the_old_rules(
    sqlite_db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD)
    store = RulesStore(path)
    assert store.reload_if_changed()
    acme = Creditor.get(Creditor.slug == "acme")
    assert json.loads(acme.payments_csv) == {
        "columns": {"date": "Date", "amount": "Montant", "reference": "Libellé"}
    }
    assert acme.accepts_sender("x@acme.test")

    path.write_text(GOOD + "    - {id: r3, at: +20d, channel: fax}\n")
    os.utime(path, ns=(1, 1))
    assert not store.reload_if_changed()
    assert [s.id for s in store.rules.ladders["standard"].steps] == ["r1", "r2"]
    error = SystemState.get_by_id(ERROR_KEY).value
    assert "rules.yaml:11: ladders.standard[2].channel: unknown channel 'fax'" in error

    path.write_text(GOOD.replace("name: ACME", "name: ACME SAS"))
    os.utime(path, ns=(2, 2))
    assert store.reload_if_changed()
    assert SystemState.get_or_none(SystemState.key == ERROR_KEY) is None
    assert Creditor.get(Creditor.slug == "acme").name == "ACME SAS"


def test_an_unchanged_file_is_not_reloaded(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD)
    store = RulesStore(path)
    assert store.reload_if_changed()
    assert not store.reload_if_changed()


FORMATS = """\
creditors:
  acme:
    name: ACME
    write_off_below: 2.50
    payments_csv:
      - name: banque
        columns: {date: Date, amount: Montant, status: Statut}
        settled: [Exécuté]
      - name: logiciel
        columns: {date: 1, amount: 2}
  other:
    name: Other
payments: {write_off_below: 0.5}
"""


def test_several_named_payments_formats_and_a_write_off_tolerance_per_creditor(
    sqlite_db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rules.yaml"
    path.write_text(FORMATS)
    rules = load_rules(path)
    assert (rules.write_off_below("acme"), rules.write_off_below("other")) == (
        Decimal("2.50"),
        Decimal("0.5"),
    )
    assert parse_rules("creditors: {a: {name: A}}").write_off_below("a") == Decimal("1.00")
    RulesStore(path).reload_if_changed()
    acme = Creditor.get(Creditor.slug == "acme")
    assert [f["name"] for f in json.loads(acme.payments_csv)] == ["banque", "logiciel"]
    assert acme.write_off_below == Decimal("2.50")


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        ("- name: logiciel", "creditors.acme.payments_csv", "1.name: two formats named 'banque'"),
        ("settled: [Exécuté]", "creditors.acme.payments_csv", "0.settled: expected a list"),
        (
            "write_off_below: 2.50",
            "creditors.acme.write_off_below",
            "less than or equal to 1000",
        ),
    ],
)
def test_a_payments_mistake_names_the_format_and_the_key(
    tmp_path: Path, change: str, key: str, message: str
) -> None:
    replacement = {
        "- name: logiciel": "- name: banque",
        "settled: [Exécuté]": "settled: 3",
        "write_off_below: 2.50": "write_off_below: 5000",
    }[change]
    [(_line, found_key, found)] = errors_of(FORMATS.replace(change, replacement), tmp_path)
    assert found_key == key
    assert message in found
