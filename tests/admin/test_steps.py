"""Steps as staff read them: the rules.yaml `label:`, else one derived from rank and channels."""

from __future__ import annotations

import pytest
from flask import Flask, session

from admin.steps import step_label_in
from scheduler.errors import InvalidRules
from scheduler.rules import parse_rules

RULES = parse_rules(
    """
ladders:
  standard:
    - {id: courtesy, at: -3d, channel: email}
    - {id: r1, at: +1d, channel: email}
    - {id: r2, at: +10d, channel: [email, sms]}
    - {id: r3, at: +20d, channel: letter, label: "Dernière relance avant mise en demeure"}
    - {id: notice, at: +30d, channel: registered_letter}
    - {id: handover, at: +45d, channel: handover}
"""
)


@pytest.mark.parametrize(
    ("step", "french", "english"),
    [
        ("courtesy", "Rappel avant échéance (e-mail)", "Reminder before the due date (email)"),
        ("r1", "1re relance (e-mail)", "1st reminder (email)"),
        ("r2", "2e relance (e-mail + SMS)", "2nd reminder (email + SMS)"),
        ("r3", "Dernière relance avant mise en demeure", "Dernière relance avant mise en demeure"),
        ("handover", "Transmission au recouvrement", "Handover to collection agency"),
        ("gone", "gone", "gone"),
    ],
)
def test_a_step_is_named_by_its_label_or_its_rank_and_channels(
    app: Flask, step: str, french: str, english: str
) -> None:
    with app.test_request_context():
        assert step_label_in(RULES, "standard", step) == french
    with app.test_request_context():
        session["lang"] = "en"
        assert step_label_in(RULES, "standard", step) == english


def test_a_label_with_markup_or_too_long_is_refused_by_line_and_key() -> None:
    with pytest.raises(InvalidRules) as refused:
        parse_rules("ladders:\n  s:\n    - {id: r1, at: +1d, channel: email, label: '<b>x'}\n")
    assert "line 3" in str(refused.value) or ":3:" in str(refused.value)
    assert "ladders.s[0].label" in str(refused.value)
