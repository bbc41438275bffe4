"""rules.yaml's payment details, SMS sender, reply pause and thanks step: checked where they
enter, each mistake named by line and key, so nothing wrong reaches a debtor."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.rules import parse_rules
from tests.scheduler.test_rules import errors_of

GOOD = """\
creditors:
  acme:
    name: ACME
    payment:
      iban: "FR76 3000 6000 0112 3456 7890 189"
      bic: "AGRIFRPP"
      holder: "ACME Plomberie"
      link: "https://pay.example/{creditor}/{invoice_number}?amount={amount_due}"
    sms_sender: "ACME"
ladders:
  standard:
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: merci, kind: thanks, channel: email}
reply_pause_days: 5
"""


def test_valid_payment_details_are_read_in_their_compact_form() -> None:
    rules = parse_rules(GOOD)
    payment = rules.creditors["acme"].payment
    assert payment is not None
    assert (payment.iban, payment.bic, payment.reference) == (
        "FR7630006000011234567890189",
        "AGRIFRPP",
        "rf",
    )
    assert [s.id for s in rules.steps("standard")] == ["r1"]
    assert rules.thanks_step("standard").id == "merci"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("good", "bad", "expected"),
    [
        (
            '"FR76 3000 6000 0112 3456 7890 189"',
            '"FR76 3000 6000 0112 3456 7890 188"',
            (5, "creditors.acme.payment.iban", "is not a valid IBAN"),
        ),
        ('"AGRIFRPP"', '"AGRI FR"', (6, "creditors.acme.payment.bic", "is not a valid BIC")),
        (
            "?amount={amount_due}",
            "?amount={montant}",
            (8, "creditors.acme.payment.link", "unknown placeholder {montant}"),
        ),
        (
            '"https://pay.example/',
            '"javascript:alert(1)//',
            (8, "creditors.acme.payment.link", "is not a web address"),
        ),
        (
            'sms_sender: "ACME"',
            'sms_sender: "Démo Services"',
            (9, "creditors.acme.sms_sender", "cannot be an SMS sender: at most 11 letters"),
        ),
        (
            'sms_sender: "ACME"',
            'sms_sender: "ACMEPLOMBERIE"',
            (9, "creditors.acme.sms_sender", "cannot be an SMS sender"),
        ),
        (
            'sms_sender: "ACME"',
            'sms_sender: "0612345678"',
            (9, "creditors.acme.sms_sender", "with at least one letter"),
        ),
        (
            "{id: merci, kind: thanks, channel: email}",
            "{id: merci, kind: thanks, at: +1d, channel: email}",
            (13, "ladders.standard[1]", "a thanks step has no `at`"),
        ),
        (
            "{id: merci, kind: thanks, channel: email}",
            "{id: merci, kind: thanks, channel: handover}",
            (13, "ladders.standard[1].channel", "a thanks step goes by email, sms or letter"),
        ),
        (
            "{id: r1, at: +1d, channel: email, template: reminder_1}",
            "{id: r1, channel: email, template: reminder_1}",
            (12, "ladders.standard[0]", "a reminder step needs `at`"),
        ),
        ("reply_pause_days: 5", "reply_pause_days: 90", (14, "reply_pause_days", "less than")),
    ],
)
def test_a_bad_payment_or_sms_setting_is_named_by_line_and_key(
    good: str, bad: str, expected: tuple[int, str, str], tmp_path: Path
) -> None:
    assert good in GOOD
    [(line, key, message)] = errors_of(GOOD.replace(good, bad, 1), tmp_path)
    assert (line, key) == expected[:2]
    assert expected[2] in message
