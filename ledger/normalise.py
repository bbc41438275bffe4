"""Keys that make "Mme Jeanne MARTIN" and "martin  jeanne" the same person."""

from __future__ import annotations

import re
import unicodedata

TITLES = frozenset(
    {
        "m",
        "mr",
        "mme",
        "mlle",
        "mrs",
        "ms",
        "miss",
        "dr",
        "madame",
        "monsieur",
        "mademoiselle",
        "me",
        "maitre",
        "docteur",
        "m et mme",
        "sarl",
        "sas",
        "sasu",
        "eurl",
        "sa",
        "sci",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """Accents, case, punctuation, spacing, civility titles and word order do not count."""
    words = _NON_WORD.sub(" ", strip_accents(name).casefold()).split()
    kept = [w for w in words if w not in TITLES] or words
    return " ".join(sorted(kept))


def email_key(email: str | None) -> str | None:
    if not email:
        return None
    cleaned = email.strip().casefold()
    return cleaned or None


def postcode_key(postcode: str | None) -> str | None:
    if not postcode:
        return None
    cleaned = re.sub(r"\s+", "", postcode).upper()
    return cleaned or None
