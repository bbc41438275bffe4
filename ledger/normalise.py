"""Keys that make "Mme Jeanne MARTIN" and "martin  jeanne" the same person."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

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
_ALNUM = re.compile(r"[0-9A-Z]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """Accents, case, punctuation, spacing, civility titles and word order do not count."""
    words = _NON_WORD.sub(" ", strip_accents(name).casefold()).split()
    kept = [w for w in words if w not in TITLES] or words
    return " ".join(sorted(kept))


def upper_ascii(text: str) -> str:
    """Upper case without accents; the same length as `text` when it is ASCII."""
    return (text if text.isascii() else strip_accents(text)).upper()


def number_key(text: str) -> str:
    """'f2026 - 0042' and 'F2026-0042' are the same invoice number: letters and digits only."""
    return "".join(_ALNUM.findall(upper_ascii(text)))


def name_similarity(a: str, b: str) -> float:
    """Between two name keys: 1 for the same words, high when one name holds the other."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    words_a, words_b = set(a.split()), set(b.split())
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) >= 2 and shorter <= longer:
        return 0.95
    return SequenceMatcher(None, a, b).ratio()


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
