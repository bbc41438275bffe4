"""The fuzz run of tests/ingest/test_fuzz.py, longer, with the outcomes counted.

    PYTHONPATH=. .venv/bin/python bench/fuzz.py [--examples 500]

Each family of hostile inputs (mutated real PDFs, hostile Factur-X values, MIME trees, payments
files, rules.yaml) goes through its public entry point; the script prints, per family, how many
inputs were tried and how each ended. Any other exception stops it with the input that caused it.
"""

from __future__ import annotations

import argparse
import collections
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from repo_path import ROOT  # first: the `ingest` package, not this file

from ingest.pipeline import Intake
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor
from ledger.storage.files import FileStore
from parsing import ParserPool
from tests import fuzzing


def run(name: str, strategy, outcome, examples: int) -> None:  # type: ignore[no-untyped-def]
    counts: collections.Counter[str] = collections.Counter()

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[p for p in settings.default.phases if p.name != "shrink"],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(value) -> None:  # type: ignore[no-untyped-def]
        counts[outcome(value)] += 1

    started = time.perf_counter()
    one()
    spent = time.perf_counter() - started
    tried = sum(counts.values())
    shown = ", ".join(f"{label}: {n}" for label, n in counts.most_common())
    print(f"{name:<32} {tried:>5} inputs in {spent:6.1f} s  ({shown})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database = bind(f"sqlite:///{Path(tmp) / 'fuzz.db'}")
        pool = ParserPool(2, timeout=30)
        try:
            with database.connection_context():
                migrate()
                creditor = Creditor.create(
                    slug="atelier", name="Atelier", allowed_senders="@creditor.test"
                )
                intake = Intake(FileStore(Path(tmp) / "documents"), pool.parse)
                seeds = fuzzing._small_corpus()
                n = args.examples
                print(f"seeds: {len(seeds)} corpus PDFs from {fuzzing.CORPUS} ({ROOT.name})")
                run(
                    "mutated real PDFs",
                    fuzzing.mutated(seeds),
                    lambda pdf: fuzzing.mail_outcome(fuzzing.pdf_mail(pdf), intake),
                    n // 2,
                )
                run(
                    "hostile Factur-X values",
                    fuzzing.hostile_facturx(),
                    lambda pdf: fuzzing.mail_outcome(fuzzing.pdf_mail(pdf), intake),
                    n // 4,
                )
                run(
                    "MIME trees",
                    fuzzing.mime_tree(),
                    lambda raw: fuzzing.mail_outcome(raw, intake),
                    n,
                )
                run(
                    "payments CSV / CAMT",
                    fuzzing.payment_files(),
                    lambda named: fuzzing.payments_outcome(creditor, *named),
                    n,
                )
                run("rules.yaml", fuzzing.rules_texts(), fuzzing.rules_outcome, n)
        finally:
            pool.close()


if __name__ == "__main__":
    main()
