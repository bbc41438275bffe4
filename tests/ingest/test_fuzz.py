"""Fuzzing the public entry points with hostile inputs (a bounded run; bench/fuzz.py runs
longer): every input ends as a record, a quarantine with a reason, or a clear error, within
the limits, and nothing crashes."""

from __future__ import annotations

from pathlib import Path

import peewee
from hypothesis import HealthCheck, given, settings

from ingest.pipeline import Intake
from ledger.models import Creditor
from tests import fuzzing
from tests.factories import make_creditor

FUZZ = settings(
    database=None,
    deadline=None,
    derandomize=False,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.large_base_example,
    ],
)
SEEDS = fuzzing._small_corpus()


@settings(FUZZ, max_examples=15)
@given(pdf=fuzzing.mutated(SEEDS))
def test_mutated_real_pdfs_end_recorded_or_quarantined_with_a_reason(
    pdf: bytes, sqlite_creditor: Creditor, intake: Intake
) -> None:
    fuzzing.mail_outcome(fuzzing.pdf_mail(pdf), intake)


@settings(FUZZ, max_examples=8)
@given(pdf=fuzzing.hostile_facturx())
def test_hostile_facturx_values_end_recorded_for_review_or_quarantined(
    pdf: bytes, sqlite_creditor: Creditor, intake: Intake
) -> None:
    fuzzing.mail_outcome(fuzzing.pdf_mail(pdf), intake)


@settings(FUZZ, max_examples=30)
@given(raw=fuzzing.mime_tree())
def test_random_mime_trees_end_recorded_or_quarantined_with_a_reason(
    raw: bytes, sqlite_creditor: Creditor, intake: Intake
) -> None:
    fuzzing.mail_outcome(raw, intake)


@settings(FUZZ, max_examples=60)
@given(named=fuzzing.payment_files())
def test_mutated_payment_files_are_read_or_refused_with_a_reason(
    named: tuple[str, bytes], sqlite_db: peewee.Database
) -> None:
    creditor = Creditor.get_or_none(Creditor.slug == "atelier") or make_creditor(slug="atelier")
    fuzzing.payments_outcome(creditor, *named)


@settings(FUZZ, max_examples=60)
@given(text=fuzzing.rules_texts())
def test_mutated_rules_are_valid_or_refused_with_line_and_reason(text: str) -> None:
    fuzzing.rules_outcome(text)


def test_the_fuzz_seeds_are_the_real_corpus_when_it_is_here() -> None:
    if fuzzing.CORPUS.is_dir():
        assert len(SEEDS) > 1
    assert all(seed.startswith(b"%PDF") for seed in SEEDS)
    assert Path(fuzzing.PAYMENT_FILES).is_dir()
