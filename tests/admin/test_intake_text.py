"""Ingestion's reasons, written in English for the record, read in the page's language."""

from __future__ import annotations

import pytest
from flask import Flask, session

from admin.intake_text import intake_reason


@pytest.mark.parametrize(
    ("reason", "french"),
    [
        (
            "pages 2: no invoice number found (invoice_number not found); recorded: F-1, F-3",
            "pages 2 : aucun n° de facture trouvé (invoice_number not found); "
            "enregistrées : F-1, F-3",
        ),
        (
            "sender x@evil.test is not allowed for any creditor",
            "expéditeur x@evil.test non autorisé pour aucun créancier",
        ),
        (
            "duplicate of document #12 (F-101.pdf, received 2026-11-23 13:05 UTC)",
            "doublon du document n° 12 (F-101.pdf, reçu le 23/11/2026 14:05)",
        ),
        ("2 document(s): 1 ingested, 1 duplicate", "2 document(s) : 1 intégré, 1 doublon"),
        (
            "no text layer (image-only PDF, 3 page(s) without text; no OCR)",
            "pas de texte (image scannée, 3 page(s) sans texte)",
        ),
        (
            "payments drop folder: no creditor with the slug 'x' (see rules.yaml)",
            "dossier de dépôt des paiements : no creditor with the slug 'x' (see rules.yaml)",
        ),
        (
            "reply to reminder #3 (r1) of debtor #7",
            "Réponse à la relance n° 3 (r1) du débiteur n° 7",
        ),
        (
            "already recorded as mail <m1@creditor.test>",
            "déjà enregistré : le même e-mail que <m1@creditor.test>",
        ),
        ("a reason of another shape", "a reason of another shape"),
    ],
)
def test_a_reason_reads_in_french_part_by_part_and_an_unknown_part_as_written(
    app: Flask, reason: str, french: str
) -> None:
    with app.test_request_context():
        assert intake_reason(reason) == french


def test_in_english_the_reason_is_the_one_written(app: Flask) -> None:
    reason = "encrypted PDF (password protected); to review: F-9"
    with app.test_request_context():
        session["lang"] = "en"
        assert intake_reason(reason) == reason
