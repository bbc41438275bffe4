"""Which label names the customer: the ranks of the customer reference's labels.

A header grid often prints several values a reader could take for the customer's: the
customer's number, the creditor's ledger account for it, a dossier, an order, a lot, a quote.
Only the customer's labels are read at all (labels.CUSTOMER_REF, the bare words); among them the
value kept is the one whose label names the customer's account most specifically:

1. a word for the customer with a word for an identifier: "N° client", "Code client", "Réf.
   client", "N° adhérent", "Code famille", "N° copropriétaire", "Your account no.", "Customer
   ID", "Kunden-Nr.", "Klantnummer", "Debiteurnummer"; also a bare "N°" or "Code" column under a
   heading cell that says "Client" (reference_headings.py);
2. the creditor's ledger account for the customer: "Compte client", "Cpte client", "Compte
   copropriétaire", "Compte" before a 411… or 450… account, "Compte tiers", "Code compte",
   "N° de compte client", "Kundenkonto", "Account code" -- the same customer seen from the
   books, kept when no first-rank label is printed;
3. a bare word over or beside a code: "Client", "Débiteur", "Account", "Kunde", "Member".

Two different values under labels of the best rank printed are a doubt a person settles; a value
under a lower rank is the same customer named less precisely, and never one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from parsing.layout import labels as L

T = TypeVar("T")

_I = re.IGNORECASE
_LEDGER = re.compile(r"\bc(?:om)?pte\b|konto|\btiers\b|\baccount\s+code\b", _I)
_BARE_WORD = re.compile(
    r"(?:cliente?|customer|d[ée]biteur|debitor|debtor|mandant|account|kunde|klant|adh[ée]rent"
    r"|member|patient|guest|gast|abonn[ée])\W*",
    _I,
)


def rank(label: str) -> int:
    """1 for a label naming the customer's own number, 2 for its ledger account, 3 for a bare
    word (the lower, the more specific)."""
    if _LEDGER.search(label):
        return 2
    if _BARE_WORD.fullmatch(label.strip()):
        return 3
    return 1


def best(hits: Sequence[L.Hit[T]]) -> list[L.Hit[T]]:
    """The hits whose labels share the best rank among `hits`, in their order."""
    top = min(rank(hit.label) for hit in hits)
    return [hit for hit in hits if rank(hit.label) == top]
