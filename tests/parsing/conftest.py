"""Shared fixtures: the shared corpus beside the checkout (skipped cleanly when absent)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def corpus_rows() -> list[dict[str, str]]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def truth_of(row: dict[str, str]) -> dict:
    return json.loads((CORPUS / row["local_truth"]).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus() -> list[tuple[dict[str, str], bytes, dict]]:
    rows = corpus_rows()
    if not rows:
        pytest.skip(f"corpus not found at {CORPUS} (expected shared/corpus beside the checkout)")
    return [(row, (CORPUS / row["local_pdf"]).read_bytes(), truth_of(row)) for row in rows]
