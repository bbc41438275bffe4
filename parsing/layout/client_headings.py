"""Headings in the client's voice or naming the client's billing contact ("Your contact
details", "Vos coordonnées", "Contact facturation", "Billing contact"): what is under or after
them is never the issuer's, though they hold a word the issuer's own headings use ("contact").
The seller's person ("Votre contact : Mme Dubois", "Your contact: Tom Baker") is not one: a
name follows, not the client's details.

Only the client's voice ties a contact to the debtor for reading; a billing contact's heading
may be the issuer's billing desk too, so under it a contact not read holds the record."""

from __future__ import annotations

import re

CLIENTS_VOICE = re.compile(
    r"\b(?:your|vos|votre)\s+(?:contact\s+|billing\s+)?(?:d[ée]tails?|coordonn[ée]es"
    r"|informations?\s+de\s+contact|contact\s+information)\b",
    re.IGNORECASE,
)
CLIENT_HEADING = re.compile(
    rf"{CLIENTS_VOICE.pattern}"
    r"|\b(?:(?:contact|coordonn[ée]es)\s+(?:de\s+|du\s+service\s+)?(?:facturation|comptabilit[ée]"
    r"|billing|accounts?(?:\s+payable)?)"
    r"|(?:billing|accounts?(?:\s+payable)?)\s+contact)\b",
    re.IGNORECASE,
)


def without_client_heading(text: str) -> str:
    """The text with the client's headings taken out, so that their "contact" does not make it
    the issuer's ("Contact facturation : Tél. 06 …")."""
    return CLIENT_HEADING.sub(" ", text)
