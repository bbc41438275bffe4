"""`relance parse` on the blind set's text subset (tests/parsing/blind/, layouts no parser author
has seen): the figures measured once after the issue 12 fixes, with a small margin, so that a
later change cannot lose them unnoticed. They are a floor, not a target: never tune the parser
to this set (its README says why)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Measured once, after the fixes (docs/parsing.md has the before and after tables).
AFTER = {
    "number": 0.9965,
    "issue date": 0.919,
    "due date": 0.8345,
    "total_due": 0.919,
    "currency": 1.0,
    "name": 0.9296,
    "email": 0.6479,
    "phone": 0.6761,
    "street": 0.7993,
    "postcode": 0.7993,
    "city": 0.743,
    "country": 0.8697,
    "customer_ref": 1.0,
}
MARGIN = 0.02
WRONG_SILENT = 55


@pytest.mark.timeout(900)
def test_the_blind_text_subset_reads_at_least_as_well_as_measured_after_the_fixes():
    done = subprocess.run(
        [sys.executable, "-m", "tests.parsing.blind.score", "--subset", "text", "--json"],
        capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    figures = json.loads(done.stdout)["subsets"]["text"]
    print("blind text subset:", figures["exact"], "wrong silent:", figures["wrong_silent"])
    assert figures["file_errors"] == 0
    assert figures["records_missing"] == 0
    assert figures["credit_notes_negative"]["right"] == figures["credit_notes_negative"]["of"]
    below = {
        field: rate for field, rate in figures["exact"].items() if rate < AFTER[field] - MARGIN
    }
    assert below == {}, figures["exact"]
    assert figures["wrong_silent"] <= WRONG_SILENT + 3
