"""A tenth round: the client's own contacts under a heading in the client's voice or naming the
client's billing contact (``Your contact details``, ``Your details``, ``Contact details``,
``Contact facturation``, ``Contact comptabilité``, ``Billing contact``, ``Vos coordonnées``),
beside, below or far from the address block, on pages that also print the seller's person
(``Votre contact : Mme X – 01 …``, ``Your account manager``, ``Our contact``) and the issuer's
letterhead phone and e-mail.

The lead measured blind layouts (a UK surveyors' ``Your contact details`` block beside the
address, an IT firm's and a Quebec landlord's ``Contact facturation`` block, a judo club's
``Contact facturation`` box) where the debtor's phone and e-mail were printed, not read, and
nothing was flagged: the unread-contact guarantee judged them someone else's.

Truth follows docs/parsing.md (the phone in E.164, the e-mail compared case-folded), scored by
contacts_fifth.score (a wrong record is *unflagged* when its `problems` list is empty; *held*
counts the records with any problem).

    python -m tests.parsing.contacts_tenth /tmp/contacts10 --score

Nothing generated is kept in git.

Measured once on 2026-11-27 14:13 UTC (7 designs x 10 seeds = 70 invoices, each printing the
debtor's phone and e-mail), branch ``i18-guarantee`` at 0164a4e (= ``land``) plus this
generator, drawn knowing the lead's one-line descriptions of the blind layouts; load 3.8:

- before: phone exact 37/70 = 52.9 %, e-mail 42/70 = 60.0 %; wrong with an empty `problems`
  list: phone 6, e-mail 6, all missing. ``Your contact details`` matched the seller's label
  ``Your contact`` (seller.py's SELLER_LABEL): the heading became the issuer's and a guard over
  the client's lines under it (uk_your_contact_details 4 of 10); the seller's ``Votre
  interlocuteur : Mme … – 03 …`` line guarded lines up to 6 sizes under it, across the client's
  own heading (vos_coordonnees_far 2). Records held 45, right on both contacts 18.
- after (a heading in the client's voice or naming the client's billing contact is no
  issuer's heading, no seller's label, ends the reach of a label above it; its ``contact`` no
  longer makes a line the issuer's), at the commit adding this line, load 5.5: phone exact
  40/70 = 57.1 %, e-mail 45/70 = 64.3 %; wrong with an empty `problems` list 0. Records held
  49, right on both contacts 19: the 30 phones and 25 e-mails not read are all held (``Contact
  facturation`` under the address, ``Contact details`` beside it, a grid's ``Contact
  facturation`` column beside the seller's ``Votre contact``: found, not read). contacts_sixth
  .. ninth unchanged (unflagged 0).
- then (a heading in the client's voice, ``Your contact details`` / ``Vos coordonnées``, ties
  the contacts under it to the debtor for reading; a billing contact's heading does not, it may
  be the issuer's desk: held), load 5.5: phone exact 43/70 = 61.4 %, e-mail 48/70 = 68.6 %;
  wrong with an empty `problems` list 0; held 48, right on both 21. Not blind: fixed knowing
  the misses.
"""

from __future__ import annotations

import random

from tests.parsing.contacts import (
    Invoice,
    Page,
    Party,
    Phone,
    Seller,
    Style,
    body,
    footer,
    header_info,
    invoice,
    letterhead,
    phone,
    seller,
)
from tests.parsing.contacts_fifth import run
from tests.parsing.contacts_fourth import person

STAFF = ("Mme Claire Dubois", "M. Julien Perrin", "Mme Sarah Lopez", "M. Hugo Marchand")
UK_STAFF = ("Sarah Jones", "Tom Baker", "Priya Patel", "James Wright")
COMPANIES = (("Boulangerie Rolland SARL", "boulangerie-rolland.fr"),
             ("Garage des Lilas SAS", "garagedeslilas.fr"),
             ("Cabinet Dentaire Moreau", "dentaire-moreau.fr"))  # fmt: skip
UK_CLIENTS = (("Kestrel Design Ltd", "kestreldesign.co.uk", ["4 Mill Lane", "Leeds", "LS1 4AB"]),
              ("Oliver Hughes", "btinternet.com", ["12 Park Road", "Bath", "BA1 2QT"]))  # fmt: skip


def _company(rng: random.Random) -> tuple[Party, list[str]]:
    """A company debtor with `À l'attention de` and `Service comptabilité` lines."""
    name, domain = rng.choice(COMPANIES)
    who = rng.choice(("Mme Anne Roy", "M. Marc Faure", "Mme Léa Girard"))
    local = rng.choice(("compta", "comptabilite", "factures"))
    d = Party(name, ["14 rue des Tanneurs", "38000 Grenoble"], f"{local}@{domain}", "fr")
    rows = [name, f"À l'attention de {who}", "Service comptabilité", *d.address]
    return d, rows


def _debtor(rng: random.Random) -> tuple[Party, list[str]]:
    if rng.random() < 0.5:
        return _company(rng)
    d = person(rng)
    return d, [d.name, *d.address]


def _sellers_person(rng: random.Random, lang: str) -> tuple[str, Phone]:
    """The issuer's person with their direct line."""
    tel = phone(rng, "uk" if lang == "en" else "fr", mobile=False)
    if lang == "en":
        label = rng.choice(("Your account manager", "Our contact", "Your contact"))
        return f"{label}: {rng.choice(UK_STAFF)} – {tel.printed}", tel
    label = rng.choice(("Votre contact", "Votre interlocuteur", "Notre contact"))
    return f"{label} : {rng.choice(STAFF)} – {tel.printed}", tel


def _rows(tel: Phone, mail: str, lang: str) -> list[str]:
    if lang == "en":
        return [f"Tel: {tel.printed}", f"Email: {mail}"]
    return [f"Tél. : {tel.printed}", f"E-mail : {mail}"]


def _page(rng: random.Random, s: Seller, rows: list[str]) -> Page:
    page = Page()
    letterhead(page, s, rng)
    page.lines(40, 140, rows, 10)
    return page


def _finish(page: Page, s: Seller, rng: random.Random, lang: str, top: float = 330) -> None:
    header_info(page, "en" if lang == "en" else "fr", 330, 40, rng)
    body(page, "en" if lang == "en" else "fr", top, rng)
    footer(page, s, rng)


def uk_your_contact_details(rng: random.Random) -> Invoice:
    """A UK surveyors' invoice: the client's address with the postcode on its own line, a
    `Your contact details` (or `Your details`) block beside it, `Client No` beside `Our ref /
    Your ref`, the account manager's line and the letterhead's numbers."""
    s = seller(rng, "uk")
    name, domain, address = rng.choice(UK_CLIENTS)
    d = Party(name, address, f"{rng.choice(('accounts', 'oliver.hughes'))}@{domain}", "uk")
    tel = phone(rng, "uk", mobile=rng.random() < 0.5)
    page = _page(rng, s, [d.name, *d.address])
    page.text(330, 140, rng.choice(("Your contact details", "Your details")), 9, bold=True)
    page.lines(330, 152, _rows(tel, d.email_printed, "en"), 9)
    refs = f"Our ref: SV/{rng.randint(100, 999)}   Your ref: PO {rng.randint(1000, 9999)}"
    page.text(40, 210, refs, 9)
    page.text(330, 210, f"Client No: {rng.randint(10000, 99999)}", 9)
    staff, other = _sellers_person(rng, "en")
    page.text(40, 224, staff, 9)
    _finish(page, s, rng, "en", 300)
    return invoice([page], d, True, tel, s, staff=other)


def contact_facturation_below(rng: random.Random) -> Invoice:
    """An IT services firm: a grid with the seller's `Votre contact : Mme X – 01 …`, the company
    debtor's `À l'attention de` and `Service comptabilité` lines, and a `Contact facturation`
    (or `Contact comptabilité`) block under the address."""
    s = seller(rng, "fr")
    d, rows = _debtor(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.5)
    page = _page(rng, s, rows)
    y = 140 + 12 * len(rows) + 10
    page.text(40, y, rng.choice(("Contact facturation", "Contact comptabilité")), 9, bold=True)
    page.lines(40, y + 12, _rows(tel, d.email_printed, "fr"), 9)
    staff, other = _sellers_person(rng, "fr")
    page.text(330, 120, staff, 8)
    _finish(page, s, rng, "fr")
    return invoice([page], d, True, tel, s, staff=other)


def contact_facturation_beside(rng: random.Random) -> Invoice:
    """A landlord's or a club's invoice: a `Contact facturation` / `Billing contact` box beside
    the address, the seller's person in the reference lines."""
    s = seller(rng, "fr")
    d, rows = _debtor(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    page = _page(rng, s, rows)
    page.box(320, 130, 230, 50)
    page.text(326, 140, rng.choice(("Contact facturation", "Billing contact")), 9, bold=True)
    page.lines(326, 152, _rows(tel, d.email_printed, "fr"), 9)
    staff, other = _sellers_person(rng, "fr")
    page.text(40, 230, staff, 9)
    _finish(page, s, rng, "fr", 300)
    return invoice([page], d, True, tel, s, staff=other)


def vos_coordonnees_far(rng: random.Random) -> Invoice:
    """`Vos coordonnées` (or `Your contact details`) far from the address, under the totals, the
    seller's `Votre contact` line over it."""
    s = seller(rng, "fr")
    d, rows = _debtor(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    page = _page(rng, s, rows)
    _finish(page, s, rng, "fr", 260)
    staff, other = _sellers_person(rng, "fr")
    page.text(40, 640, staff, 9)
    page.text(40, 670, rng.choice(("Vos coordonnées", "Vos coordonnées :", "Your contact details")),
              9, bold=True)  # fmt: skip
    page.lines(40, 682, _rows(tel, d.email_printed, "fr"), 9)
    return invoice([page], d, True, tel, s, staff=other)


def contact_details_beside(rng: random.Random) -> Invoice:
    """A neutral `Contact details` heading beside the address, an English seller's `Our
    contact` line in the reference column."""
    s = seller(rng, "uk")
    name, domain, address = rng.choice(UK_CLIENTS)
    d = Party(name, address, f"accounts@{domain}", "uk")
    tel = phone(rng, "uk", mobile=rng.random() < 0.5)
    page = _page(rng, s, [d.name, *d.address])
    page.text(330, 140, rng.choice(("Contact details", "Contact details:", "Billing contact")), 9,
              bold=True)  # fmt: skip
    page.lines(330, 152, _rows(tel, d.email_printed, "en"), 9)
    staff, other = _sellers_person(rng, "en")
    page.text(40, 220, staff, 9)
    _finish(page, s, rng, "en", 300)
    return invoice([page], d, True, tel, s, staff=other)


def one_line_heading(rng: random.Random) -> Invoice:
    """The heading and the values on one line under the address: `Contact facturation : Tél.
    06 … – compta@…`, `Vos coordonnées : …`, `Your details: …`; the seller's `Votre contact`
    line near it."""
    s = seller(rng, "fr")
    d, rows = _debtor(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    page = _page(rng, s, rows)
    head = rng.choice(("Contact facturation :", "Vos coordonnées :", "Contact comptabilité :",
                       "Your details:"))  # fmt: skip
    y = 140 + 12 * len(rows) + 8
    page.text(40, y, f"{head} Tél. {tel.printed} – {d.email_printed}", 9)
    staff, other = _sellers_person(rng, "fr")
    page.text(40, y + 14, staff, 9)
    _finish(page, s, rng, "fr", 320)
    return invoice([page], d, True, tel, s, staff=other)


def grid_with_sellers_contact(rng: random.Random) -> Invoice:
    """A grid under the address, labels over values: `Votre contact | Contact facturation |
    Date`, the seller's person and direct line in one column, the client's phone and e-mail in
    the other."""
    s = seller(rng, "fr")
    d, rows = _debtor(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    page = _page(rng, s, rows)
    other = phone(rng, "fr", mobile=False)
    y = 140 + 12 * len(rows) + 14
    columns = [("Votre contact", [rng.choice(STAFF), other.printed]),
               (rng.choice(("Contact facturation", "Contact comptabilité", "Vos coordonnées")),
                [tel.printed, d.email_printed]),
               ("Date", ["03/11/2026"])]  # fmt: skip
    for i, (label, values) in enumerate(columns):
        page.text(40 + 170 * i, y, label, 8, bold=True)
        page.lines(40 + 170 * i, y + 11, values, 9, 11)
    _finish(page, s, rng, "fr", 340)
    return invoice([page], d, True, tel, s, staff=other)


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        uk_your_contact_details,
        contact_facturation_below,
        contact_facturation_beside,
        vos_coordonnees_far,
        contact_details_beside,
        one_line_heading,
        grid_with_sellers_contact,
    )
}


def main() -> None:
    run(STYLES, __doc__ or "")


if __name__ == "__main__":
    main()
