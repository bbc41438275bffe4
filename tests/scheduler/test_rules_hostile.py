"""rules.yaml written carelessly or to do harm: refused quickly, by line and key, and the
rules in force stay in force."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from ledger.models import SystemState
from scheduler.rules_store import ERROR_KEY, RulesStore
from scheduler.yaml_safe import MAX_BYTES, MAX_DEPTH
from tests.scheduler.test_rules import GOOD, errors_of

BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 10)}]" for n in range(8)]
    + ["ladders: *i"]
)


def test_rules_check_refuses_an_alias_bomb_at_once_without_building_it(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(BOMB)
    assert len(BOMB) < 2048
    # A process of its own, so a regression shows as a refused run, not a machine out of memory.
    checked = subprocess.run(
        [sys.executable, "-m", "relance", "rules", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )
    assert checked.returncode == 1
    assert "refused: the document expands to" in checked.stderr
    assert "line 1" in checked.stderr or ":1:" in checked.stderr


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))


def test_a_deep_nest_is_refused_with_its_line(tmp_path: Path) -> None:
    [(line, _key, message)] = errors_of(
        GOOD + "assign: " + "[" * 5000 + "]" * 5000 + "\n", tmp_path
    )
    assert line == 11
    assert f"nested more than {MAX_DEPTH} levels deep" in message


def test_an_empty_rules_file_is_refused(tmp_path: Path) -> None:
    assert errors_of("# nothing left\n\n", tmp_path) == [
        (1, "", "the rules file is empty (no creditors, no ladders)")
    ]


def test_a_duplicate_key_is_refused_with_its_line_and_key(tmp_path: Path) -> None:
    text = GOOD + "creditors:\n  acme:\n    name: Someone else\n"
    assert errors_of(text, tmp_path) == [
        (
            11,
            "creditors",
            "duplicate key 'creditors' (first at line 1): the second would silently replace "
            "the first",
        )
    ]
    inner = GOOD.replace("    name: ACME\n", "    name: ACME\n    name: ACME bis\n")
    [(line, key, _message)] = errors_of(inner, tmp_path)
    assert (line, key) == (4, "name")


def test_merge_keys_still_work(tmp_path: Path) -> None:
    text = GOOD + (
        "  other:\n    - &base {id: r1, at: +1d, channel: email, template: reminder_1}\n"
        "    - {<<: *base, id: r2, at: +5d}\n"
    )
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    from scheduler.rules import load_rules

    assert [s.at for s in load_rules(path).ladders["other"].steps] == [1, 5]


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    [(_line, _key, message)] = errors_of(GOOD + "#" * (MAX_BYTES + 1) + "\n", tmp_path)
    assert "bytes, over" in message


@pytest.mark.parametrize("bad", [BOMB, "", GOOD + "creditors: {}\n"])
def test_the_daemon_keeps_the_rules_in_force_when_a_bad_file_replaces_them(
    tmp_path: Path, sqlite_db: peewee.Database, bad: str
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD)
    store = RulesStore(path)
    assert store.reload_if_changed()
    path.write_text(bad + "\n" * 3)  # another size, so the change is seen
    assert store.reload_if_changed() is False
    assert "acme" in store.rules.creditors
    assert SystemState.get_by_id(ERROR_KEY).value
