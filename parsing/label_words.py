"""A label's words as printed beside a value, the regex that finds them again on the next
invoice of the layout, and how much they read as a field's label (parsing.anchors). Pure."""

from __future__ import annotations

import re

from parsing.layout import labels as L
from parsing.layout.debtor import DEBTOR_LABEL
from parsing.learned import KIND, other_kind

LABEL_JUNK = re.compile(r"[\d@]|https?:|www\.")
LEADERS = re.compile(r"\s*(?:[.…_·-]\s*){3,}")
# "Porto-Vecchio, le 29 mai 2026": the place changes with the branch, the "le" does not.
PLACE_LE = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*,\s*le$")
_ANY_PLACE_LE = r"(?<!\w)[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*,\s+le"
# "N°", "No.", "#": a number's label too short to count as words.
_NUMBER_SIGN = re.compile(r"^(?:n[°º]|no\.?|nr\.?|#)$", re.IGNORECASE)
# A cell's start: the line's start or two spaces; not a word and one space.
CELL_START = r"(?<!\S)(?<!\S )"
MAX_LABEL_WORDS = 5


def is_whole_cell(before: str, label: str) -> bool:
    """Whether `label` is all the cell holds before the value (leaders and colon aside)."""
    return LEADERS.sub(" ", before).strip().rstrip(":").strip() == label


def trailing_label(text: str) -> str | None:
    """The words after the last token holding a digit ("Client 411042 Facture" → "Facture"),
    when they spell a label of four letters or more."""
    words = LEADERS.sub(" ", text).strip().rstrip(":").split()
    junk = [i for i, word in enumerate(words) if LABEL_JUNK.search(word)]
    if not junk:
        return None
    label = label_of(" ".join(words[junk[-1] + 1 :]))
    return label if label and sum(ch.isalpha() for ch in label) >= 4 else None


def label_with_values(text: str) -> tuple[str | None, str]:
    """A label that holds another value of the invoice ("Facture n° 2026-117 du"): its words,
    and an anchor where each token holding a digit may be any such token. None when the text
    is no such label (no word after the last value, too long, an e-mail or a web address)."""
    words = LEADERS.sub(" ", text).strip().rstrip(":").split()
    if not words or len(words) > MAX_LABEL_WORDS + 1 or re.search(r"@|https?:|www\.", text):
        return None, ""
    valued = [bool(re.search(r"\d", word)) for word in words]
    if not any(valued) or valued[-1] or sum(valued) > 2:
        return None, ""
    plain = [word for word, value in zip(words, valued, strict=True) if not value]
    if sum(ch.isalpha() for word in plain for ch in word) < 4:
        return None, ""
    parts = [
        r"\S*\d\S*" if value else re.escape(word) for word, value in zip(words, valued, strict=True)
    ]
    anchor = (r"(?<!\w)" if words[0][0].isalnum() else "") + r"\s+".join(parts)
    return " ".join(plain), anchor


def label_regex(label: str, whole_cell: bool = False) -> str:
    """The label as a regex that tolerates other spacing and starts at a word's start; at a
    cell's start when the label is all its cell holds before the value (so that "Date" is not
    read inside "Due Date", nor "Total TTC" inside "Sous-total TTC")."""
    if PLACE_LE.match(label):
        return _ANY_PLACE_LE
    words = label.split()
    anchor = _kind_words(label)
    if whole_cell:
        return CELL_START + anchor
    return (r"(?<!\w)" if words[0][0].isalnum() else "") + anchor


def _kind_words(label: str) -> str:
    """The label's words as a regex, any document kind where it names one ("Invoice Date"
    reads "Credit Note Date" too: the same layout prints both)."""
    parts: list[str] = []
    last = 0
    for match in KIND.finditer(label):
        parts += [re.escape(word) for word in label[last : match.start()].split()]
        kinds = (match.group(0), other_kind(match.group(0)))
        parts.append("(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in kinds) + ")")
        last = match.end()
    parts += [re.escape(word) for word in label[last:].split()]
    return r"\s+".join(parts)


def label_of(text: str, whole: bool = False) -> str | None:
    """The label words just before a value (its last few), or None when the text is no label:
    empty, or holding digits (a phone number, an address, another value)."""
    text = LEADERS.sub(" ", text).strip().rstrip(":").strip()
    if not text or LABEL_JUNK.search(text):
        return None
    if _NUMBER_SIGN.match(text):
        return text
    words = text.split()
    if whole and len(words) > MAX_LABEL_WORDS:
        return None
    label = " ".join(words[-MAX_LABEL_WORDS:])
    return label if sum(ch.isalpha() for ch in label) >= 2 else None


_OWN_LABELS: dict[str, tuple[re.Pattern[str], ...]] = {
    "invoice_number": (L.NUMBER,),
    "issue_date": (L.ISSUE_DATE,),
    "due_date": (L.DUE_DATE,),
    "total_due": (L.TOTAL_DUE, L.TOTAL),
    "debtor.name": (DEBTOR_LABEL,),
    "debtor.customer_ref": (L.CUSTOMER_REF,),
}
_OTHER_LABELS: dict[str, tuple[re.Pattern[str], ...]] = {
    "invoice_number": (L.CUSTOMER_REF,),
    "issue_date": (L.DUE_DATE, L.TERMS),
    "due_date": (L.ISSUE_DATE,),
    "total_due": (L.NET, L.VAT, L.DEPOSIT),
    "debtor.name": (),
    "debtor.customer_ref": (L.NUMBER,),
}


def names_field(name: str, label: str) -> bool:
    """Whether `label` reads as the label of `name` (a document's title over a label-less
    debtor's name is one)."""
    return score(name, label) > 0 or (name == "debtor.name" and bool(KIND.fullmatch(label)))


def score(name: str, label: str) -> float:
    """How much `label` reads as the label of `name`: its own words count for it, another
    field's words against it (an issue date and a due date look alike on the page)."""
    own = _OWN_LABELS[name]
    score = 0.0
    if L.label_at(label, own[0]):
        score += 2.0
    elif any(L.label_at(label, pattern) for pattern in own[1:]):
        score += 1.0
    if any(L.label_at(label, pattern) for pattern in _OTHER_LABELS[name]):
        score -= 3.0
    return score
