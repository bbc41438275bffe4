"""A heading in the client's voice ("Your contact details", "Vos coordonnées") or naming the
client's billing contact ("Contact facturation", "Billing contact") is not the issuer's: the
contacts under it are never dismissed as the seller's person's, and a seller's label above it
stops at it; "Votre contact" / "Your contact" followed by a name stays the seller's person
(issue 12; the tenth round, tests/parsing/contacts_tenth.py, draws such pages for a rate)."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.client_headings import CLIENT_HEADING, CLIENTS_VOICE, without_client_heading
from parsing.layout.seller import SELLER_LABEL
from parsing.layout.unread_contacts import ISSUERS_WORDS
from tests.parsing import contacts_tenth
from tests.parsing.contacts import SEEDS, generate, render

CLIENTS = [
    "Your contact details",
    "Your details",
    "Vos coordonnées",
    "Votre contact détails",
    "Contact facturation",
    "Contact comptabilité :",
    "Billing contact",
    "Accounts payable contact",
    "Coordonnées de facturation",
]
SELLERS_PEOPLE = [
    "Votre contact : Mme Claire Dubois – 01 23 45 67 89",
    "Your contact: Tom Baker – 0117 314 2704",
    "Your account manager: Sarah Jones",
    "Votre interlocuteur : M. Hugo Marchand",
]


@pytest.mark.parametrize("heading", CLIENTS)
def test_a_heading_in_the_clients_voice_is_the_clients(heading):
    assert CLIENT_HEADING.search(heading)
    assert not SELLER_LABEL.match(heading)
    assert not ISSUERS_WORDS.search(without_client_heading(heading))


@pytest.mark.parametrize(
    ("heading", "reads"),
    [("Your contact details", True), ("Vos coordonnées", True), ("Your details", True),
     ("Contact facturation", False), ("Billing contact", False), ("Contact comptabilité", False)],
)  # fmt: skip
def test_only_the_clients_voice_ties_a_contact_for_reading(heading, reads):
    """A billing contact's heading may be the issuer's desk: what is under it is held, not
    read."""
    assert bool(CLIENTS_VOICE.match(heading)) is reads


@pytest.mark.parametrize("line", SELLERS_PEOPLE)
def test_the_sellers_person_with_a_name_stays_the_sellers(line):
    assert SELLER_LABEL.match(line)
    assert not CLIENT_HEADING.search(line)


@pytest.mark.parametrize("style", list(contacts_tenth.STYLES))
def test_the_tenth_round_leaves_no_wrong_contact_unsaid(style):
    unsaid = []
    for seed in SEEDS:
        made = generate(style, seed, contacts_tenth.STYLES)
        [invoice] = parse_pdf(render(made), f"{style}-{seed}.pdf", ParseOptions(use_xml=False))
        record = invoice.to_record()
        for key in ("phone", "email"):
            got = record["debtor"][key]
            wrong = (got or "").lower() != (getattr(made, key) or "").lower()
            if wrong and not record["problems"]:
                unsaid.append((seed, key, got))
    assert not unsaid
