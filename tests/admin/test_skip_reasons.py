"""Every reason the engine writes for a step it jumped over reads in French on the timeline."""

from __future__ import annotations

import pytest
from flask import Flask

from admin.ledger_text import reminder_outcome


@pytest.mark.parametrize(
    ("outcome", "french"),
    [
        (
            "skipped: its time, before the due date, passed",
            "Étape sautée : son moment, avant l'échéance, est passé",
        ),
        (
            "skipped: no earlier reminder was delivered",
            "Étape sautée : aucune relance n'a été envoyée avant",
        ),
        ("skipped: the step is for business debtors only", "professionnels"),
        ("skipped: the step is for consumer debtors only", "particuliers"),
        ("skipped: less than 5.00 due (the step's minimum)", "5.00"),
        ("skipped: the step is for business debtors owing at least 100", "professionnels"),
        ("skipped: the step is for consumer debtors owing at least 100", "particuliers"),
    ],
)
def test_a_jumped_step_says_why_in_french(app: Flask, outcome: str, french: str) -> None:
    with app.test_request_context():
        text = reminder_outcome(outcome)
    assert french in text
    assert "debtors" not in text and "the step" not in text
