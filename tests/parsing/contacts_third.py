"""A third round of invoices printing the debtor's contacts, drawn before reading the parser.

Issue 12's held-out sets still give records where the debtor's phone or e-mail is printed and
the record has none, with no problem named. These styles are places and labels the first two
rounds (``contacts.py``, ``contacts_more.py``) do not draw: a resident, pupil or patient beside
the person who pays (each with their own numbers), ``Tél. dom.`` / ``Tél. pro`` / ``Mob.`` /
``Port.`` rows, a ``Vos coordonnées`` box left, right or below the address, a contact cell in
the header grid, sentences (``Facture envoyée à …``, ``joignable au …``), US ``Cell`` /
``Home`` under ``Bill To``, UK ``Home`` / ``Mobile`` rows without colons, Swiss ``Tél. privé``
/ ``Natel``, Belgian ``0032 4…``, the tenant on site whose number is not the owner's, a number
on the name's own line, a customer-area login that is the e-mail, a phone operator's
``Votre ligne``. Distractors: the seller's letterhead and footer, the establishment's or the
school's desk, a property manager, the clerk (``Votre contact``), the tenant, the resident.

Truth: the debtor's phone in E.164 (the mobile when it also prints a fixed line), its e-mail in
lower case (compared case-folded), or None. A *silent* wrong record is one whose phone or e-mail
differs from the truth -- missing included -- with no problem named and confidence >= 0.5.

    python -m tests.parsing.contacts_third /tmp/contacts3 --score

Nothing generated is kept in git.

Measured once on 2026-11-27 04:05 UTC (14 styles x 10 seeds = 140 invoices; 114 print the
debtor's phone, 95 its e-mail), branch ``i13-contacts`` at 479e16e (= main), before reading
``parsing/``; load average 2.8:

- before: phone exact 93/140 = 66.4 %: 41 printed and not read (``Votre ligne`` / ``N° d'appel``
  10, ``joignable au`` and other sentences 10, Swiss ``Tél. privé`` / ``Natel`` in a label column
  10, Belgian ``0032 …`` 6, a header-grid cell 3, ``Cell:`` under ``Bill To`` 1, a boxed
  ``Vos coordonnées`` row 1) and 6 someone else's (the seller's ``REMIT TO`` phone 3, the
  school office's 2, the fixed line where a ``Mob.`` is printed 1).
- before: e-mail exact 112/140 = 80.0 %: 28 printed and not read (``Facture envoyée à …`` 10,
  ``Identifiant : …`` 10, a ``Mél :`` row under ``Responsable légal`` 5, a header-grid cell 3);
  no one else's e-mail taken. (A first run gave 110: the header grid's e-mail overflowed its
  cell into the next one, a fault of the generator, fixed -- cell widths only -- and re-measured
  on the unchanged parser.)
- wrong records (phone or e-mail) with no problem and confidence >= 0.5: 64 of 140. Only the 6
  Belgian records whose phone was missed carried a problem, and that for another reason (a
  patient's birth date read as the issue date).
- the unread-contact check (``parsing/layout/unread_contacts.py``) run alone on main's reader
  (scored in-process): it names 60 of the 64; the 4 left are someone else's number read as the
  debtor's (the ``REMIT TO`` block's 3, a fixed line for a mobile 1). No right record held.
- after the fixes (labels of a line's kind, a label column under the block, grid labels
  naming the client, a subscriber's line, a login e-mail, sentences of where the invoice went
  and how the client is reached, ``Remit To`` and the person an invoice is about guarding
  their column), at d55c661, load 5.0: phone 140/140, e-mail 140/140; wrong records with no
  problem 0. Not blind: fixed knowing the misses. Still wrong on it, outside contacts: the
  Belgian patient's birth date (``Né(e) le …``) taken as the issue date (flagged).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from tests.parsing.contacts import (
    FR_STREETS,
    FR_TOWNS,
    FREE_MAIL,
    Invoice,
    Page,
    Party,
    Phone,
    Style,
    body,
    debtor,
    footer,
    header_info,
    invoice,
    letterhead,
    phone,
    seller,
    write,
)
from tests.parsing.relance_json import parse_files, silent

SURNAMES = ("Blanc", "Garnier", "Fournier", "Mercier", "Chevalier", "Perrin")
FIRST = ("Jean", "Odile", "Marc", "Nadia", "Hervé", "Claire")


def _mail(first: str, last: str, rng: random.Random) -> str:
    table = str.maketrans("éèêëàâçîïôöûü", "eeeeaaciioouu")
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}"))
    return f"{local.translate(table).lower()}@{rng.choice(FREE_MAIL)}"


def person(rng: random.Random, title: bool = True) -> Party:
    """A private person in France, with a free-mail address built from the name."""
    first, last = rng.choice(FIRST), rng.choice(SURNAMES)
    name = f"{rng.choice(('M.', 'Mme', 'Monsieur', 'Madame'))} {first} {last}" if title else (
        f"{first} {last}")  # fmt: skip
    return Party(name, [rng.choice(FR_STREETS), rng.choice(FR_TOWNS)], _mail(first, last, rng),
                 "fr")  # fmt: skip


def resident_and_payer(rng: random.Random) -> Invoice:
    """A care home bills the family: `Résident : Mme …, chambre 112, Tél. chambre …` on the
    left, the payer's address in the window with `Tél. dom.` / `Portable` under it."""
    s, d = seller(rng, "fr"), person(rng)
    room = phone(rng, "fr", mobile=False)
    home, mobile = phone(rng, "fr", mobile=False), phone(rng, "fr", mobile=True)
    form = rng.randrange(3)
    rows = [[f"Tél. dom. : {home.printed}", f"Portable : {mobile.printed}"],
            [f"Portable : {mobile.printed}"], [f"Tél. dom. : {home.printed}"]][form]  # fmt: skip
    has_mail = rng.random() < 0.5
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    page.lines(330, y + 2, rows + ([d.email_printed] if has_mail else []), 9, 11)
    page.lines(40, 140, ["Résident : Mme Odette Vial", "Chambre 112 - Unité Les Glycines",
                         f"Tél. chambre : {room.printed}"], 8, 10)  # fmt: skip
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    tel = home if form == 2 else mobile
    return invoice([page], d, has_mail, tel, s, resident=room)


def pupil_and_guardian(rng: random.Random) -> Invoice:
    """School meals: `Responsable légal` heading over the block, `Mob.` / `Mél` rows, the
    pupil's line and the school office's own number and e-mail beside it."""
    s, d = seller(rng, "fr"), person(rng)
    tel = phone(rng, "fr", mobile=True)
    office = phone(rng, "fr", mobile=False)
    office_mail = f"scolarite@{s.email.split('@')[1]}"
    has_tel, has_mail = rng.random() < 0.8, rng.random() < 0.8
    page = Page()
    letterhead(page, s, rng, contacts=False)
    page.text(40, 140, rng.choice(("Responsable légal", "Représentant légal", "Famille")), 8,
              bold=True)  # fmt: skip
    rows = [d.name, *d.address]
    if has_tel:
        rows.append(f"{rng.choice(('Mob.', 'Mob :', 'Tél. mobile :', 'Port.'))} {tel.printed}")
    if has_mail:
        rows.append(f"{rng.choice(('Mél :', 'Mél.', 'Courriel :'))} {d.email_printed}")
    page.lines(40, 154, rows, 9, 11)
    page.lines(
        330,
        140,
        [
            f"Élève : Léo {d.name.split()[-1]}",
            "Classe : CM2 - École Jules Ferry",
            "Service scolarité",
            f"Tél. {office.printed}",
            office_mail,
        ],
        8,
        10,
    )
    header_info(page, "fr", 40, 250, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, tel if has_tel else None, s, desk=office,
                   desk_mail=office_mail)  # fmt: skip


def patient_belgian(rng: random.Random) -> Invoice:
    """A Belgian practice bills a parent for a child: `Patient : …`, the payer's `GSM/Tél.`
    written with `0032`, the practice's own number in its header."""
    s = seller(rng, "be")
    first = rng.choice(("Marc", "Sophie", "Luc"))
    last = rng.choice(("Dubois", "Peeters", "Lambert"))
    d = Party(f"{first} {last}", ["Rue des Alliés 17", "4020 Liège"], _mail(first, last, rng),
              "be")  # fmt: skip
    gsm = phone(rng, "be", mobile=True)
    nsn = gsm.e164.removeprefix("+32")
    printed = rng.choice((f"0032 {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
                          f"0032 (0){nsn[:3]}/{nsn[3:5]}.{nsn[5:7]}.{nsn[7:]}",
                          f"0032{nsn}"))  # fmt: skip
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(320, 140, [d.name, *d.address], 10)
    label = rng.choice(("GSM/Tél. :", "Gsm :", "Tél./GSM", "GSM"))
    page.lines(320, y + 2, [f"{label} {printed}", d.email_printed], 9, 11)
    page.lines(40, 140, [f"Patient : {rng.choice(('Emma', 'Noah', 'Lina'))} {last}",
                         "Né(e) le 04/05/2015", "Mutuelle : 201 - Solidaris"], 8, 10)  # fmt: skip
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, Phone(printed, gsm.e164), s)


def header_grid_contacts(rng: random.Random) -> Invoice:
    """A header grid (label over value) whose cells hold the client's code, its phone and
    e-mail (`Tél. client`, `Mail client`) beside the seller's `Assistance` hotline cell."""
    s, d = seller(rng, "fr"), debtor(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    hotline = phone(rng, "fr", mobile=False)
    has_mail = rng.random() < 0.7
    page = Page()
    letterhead(page, s, rng, contacts=rng.random() < 0.5)
    page.lines(330, 130, [d.name, *d.address], 10)
    page.text(40, 200, "FACTURE", 15, bold=True)
    cells = [
        ("Date", "03/11/2026"),
        ("N° facture", f"FA-2026-{rng.randint(1, 9999):04d}"),
        ("Code client", f"CL{rng.randint(1000, 9999)}"),
        (rng.choice(("Tél. client", "Contact client", "Tél. du client")), tel.printed),
    ]
    if has_mail:
        cells.append((rng.choice(("Mail client", "E-mail client", "Courriel client")),
                      d.email_printed))  # fmt: skip
    cells.append(("Assistance", hotline.printed))
    longest = [max(len(label), len(value)) for label, value in cells]
    x = 40.0
    for (label, value), chars in zip(cells, longest, strict=True):
        width = 515 * chars / sum(longest)
        page.box(x, 215, width, 30)
        page.text(x + 3, 226, label, 6.5, bold=True)
        page.text(x + 3, 239, value, 6.5)
        x += width
    page.text(40, 260, "Échéance : 03/12/2026", 9)
    body(page, "fr", 320, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, tel, s, hotline=hotline)


def sent_to_sentence(rng: random.Random) -> Invoice:
    """The e-mail only in a sentence saying where the invoice went (`Facture envoyée à …`),
    beside the seller's `contactez-nous à …`; sometimes a copy to an accountant."""
    s, d = seller(rng, "fr"), debtor(rng)
    page = Page()
    letterhead(page, s, rng)
    page.lines(330, 140, [d.name, *d.address], 10)
    header_info(page, "fr", 40, 230, rng)
    body(page, "fr", 300, rng)
    sentence = rng.choice((
        f"Facture envoyée à {d.email_printed} le 03/11/2026.",
        f"Cette facture vous a été transmise par courriel à l'adresse {d.email_printed}.",
        f"Document adressé par e-mail à {d.email_printed}.",
        f"Facture dématérialisée, envoyée le 03/11/2026 à : {d.email_printed}",
    ))  # fmt: skip
    page.text(40, 450, sentence, 8.5)
    copy = rng.random() < 0.4
    if copy:
        page.text(40, 462, "Copie envoyée à votre expert-comptable : compta@cabinet-durand.fr", 8.5)
    page.text(40, 476, f"Une question ? Écrivez-nous à {s.email}.", 8.5)
    footer(page, s, rng)
    return invoice([page], d, True, None, s, accountant="compta@cabinet-durand.fr")


def reachable_sentence(rng: random.Random) -> Invoice:
    """The phone only in the notes: `Client joignable au …`, `Mme … est joignable au …`, beside
    the seller's `Notre service client est joignable au …`."""
    s, d = seller(rng, "fr"), person(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.7)
    page = Page()
    letterhead(page, s, rng, contacts=False)
    page.lines(330, 140, [d.name, *d.address], 10)
    header_info(page, "fr", 40, 230, rng)
    body(page, "fr", 300, rng)
    sentence = rng.choice((
        f"Client joignable au {tel.printed} (après 18 h).",
        f"{d.name} est joignable au {tel.printed} pour convenir du passage.",
        f"Intervention confirmée par téléphone au {tel.printed}.",
        f"Coordonnées du client : {tel.printed}",
    ))  # fmt: skip
    rows = [sentence, f"Notre service client est joignable au {s.phone.printed} du lundi au "
            "vendredi."]  # fmt: skip
    if rng.random() < 0.5:
        rows.reverse()
    page.lines(40, 450, rows, 8.5, 12)
    footer(page, s, rng)
    return invoice([page], d, False, tel, s)


def coordinates_box(rng: random.Random) -> Invoice:
    """A boxed `Vos coordonnées` panel left of, right of or below the address, with `Tél. dom.`,
    `Tél. pro`, `Port.`, `Mob.` rows; the clerk's `Votre contact` panel elsewhere."""
    s, d = seller(rng, "fr"), person(rng)
    mobile, fixed = phone(rng, "fr", mobile=True), phone(rng, "fr", mobile=False)
    clerk = phone(rng, "fr", mobile=False)
    clerk_mail = f"c.dumas@{s.email.split('@')[1]}"
    where = rng.choice(("left", "right", "below"))
    form = rng.randrange(3)
    rows = [
        [
            (rng.choice(("Tél. dom.", "Tél. pro")), fixed.printed),
            (rng.choice(("Port.", "Mob.", "Portable")), mobile.printed),
        ],
        [(rng.choice(("Port.", "Mob.", "Tél. mobile")), mobile.printed)],
        [(rng.choice(("Tél. dom.", "Tél. pro", "Tél. bureau")), fixed.printed)],
    ][form]
    has_mail = rng.random() < 0.7
    if has_mail:
        rows.append((rng.choice(("Courriel", "E-mail", "Mail")), d.email_printed))
    page = Page()
    letterhead(page, s, rng)
    block_x, box = {"left": (330, (40, 140)), "right": (40, (330, 140)),
                    "below": (330, (330, 195))}[where]  # fmt: skip
    page.lines(block_x, 140, [d.name, *d.address], 10)
    x, y = box
    page.text(x, y, rng.choice(("Vos coordonnées", "VOS COORDONNÉES", "Coordonnées")), 8,
              bold=True)  # fmt: skip
    for i, (label, value) in enumerate(rows):
        page.box(x, y + 4 + 13 * i, 220, 13)
        page.text(x + 4, y + 13 + 13 * i, label, 7.5)
        page.text(x + 70, y + 13 + 13 * i, value, 7.5)
    cx = 40 if where != "right" else 330
    page.lines(cx, 250, ["Votre contact : Mme Claire Dumas", f"Tél. {clerk.printed}", clerk_mail],
               8, 10)  # fmt: skip
    header_info(page, "fr", 330 if where != "right" else 40, 250, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, fixed if form == 2 else mobile, s, clerk=clerk,
                   clerk_mail=clerk_mail, fixed=fixed)  # fmt: skip


def us_cell_home(rng: random.Random) -> Invoice:
    """US: `BILL TO` with `Cell:` / `Home:` / `Work:` lines, a `REMIT TO` block with the
    seller's phone beside it."""
    s, d = seller(rng, "us"), debtor(rng, "us")
    cell, home = phone(rng, "us", mobile=True), phone(rng, "us", mobile=False)
    form = rng.randrange(3)
    rows = [[f"Home: {home.printed}", f"Cell: {cell.printed}"], [f"Cell: {cell.printed}"],
            [f"{rng.choice(('Home:', 'Work:'))} {home.printed}"]][form]  # fmt: skip
    if rng.random() < 0.5:
        rows.reverse()
    page = Page()
    letterhead(page, s, rng, contacts=False)
    page.text(40, 140, "BILL TO", 8, bold=True)
    y = page.lines(40, 152, [d.name, *d.address], 10)
    page.lines(40, y, [*rows, d.email_printed], 9, 11)
    page.text(330, 140, "REMIT TO", 8, bold=True)
    page.lines(330, 152, [s.name, *s.address, f"Phone: {s.phone.printed}"], 9, 11)
    header_info(page, "en", 40, 260, rng)
    body(page, "en", 340, rng, currency="$")
    footer(page, s, rng)
    return invoice([page], d, True, home if form == 2 else cell, s, home=home)


def uk_home_mobile_rows(rng: random.Random) -> Invoice:
    """UK: a `Customer` panel below the address, labels without colons in their own column
    (`Home`, `Mobile`, `Work`, `Email`), `Accounts` contact of the seller in the header."""
    s, d = seller(rng, "uk"), debtor(rng, "uk")
    mobile, home = phone(rng, "uk", mobile=True), phone(rng, "uk", mobile=False)
    both = rng.random() < 0.6
    desk_mail = f"accounts@{s.email.split('@')[1]}"
    page = Page()
    letterhead(page, s, rng)
    page.text(330, 45, f"Accounts: {s.phone.printed}", 8)
    page.text(330, 55, desk_mail, 8)
    y = page.lines(40, 140, [d.name, *d.address], 10) + 8
    rows = [(rng.choice(("Home", "Work", "Landline")), home.printed)] if both else []
    rows += [(rng.choice(("Mobile", "Mob", "Cell")), mobile.printed), ("Email", d.email_printed)]
    page.text(40, y, "Customer", 8, bold=True)
    for i, (label, value) in enumerate(rows):
        page.text(40, y + 12 + 11 * i, label, 8)
        page.text(100, y + 12 + 11 * i, value, 8)
    header_info(page, "en", 330, 140, rng)
    body(page, "en", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, mobile, s, home=home, desk_mail=desk_mail)


def swiss_private_natel(rng: random.Random) -> Invoice:
    """Swiss: `Tél. privé`, `Tél. prof.`, `Natel` in a two-column list under a left address,
    the property manager (`Régie`) with its own number on the right."""
    s = seller(rng, "ch")
    first = rng.choice(("Anne", "Pierre", "Lucie"))
    last = rng.choice(("Favre", "Rochat", "Cuendet"))
    d = Party(f"{first} {last}", ["Chemin des Vignes 9", "1009 Pully"], _mail(first, last, rng),
              "ch")  # fmt: skip
    natel, private = phone(rng, "ch", mobile=True), phone(rng, "ch", mobile=False)
    manager = phone(rng, "ch", mobile=False)
    form = rng.randrange(3)
    rows = [[("Tél. privé", private.printed), ("Natel", natel.printed)],
            [("Tél. prof.", private.printed), ("Natel", natel.printed)],
            [("Tél. privé", private.printed)]][form]  # fmt: skip
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(40, 140, [d.name, *d.address], 10) + 4
    for i, (label, value) in enumerate([*rows, ("E-mail", d.email_printed)]):
        page.text(40, y + 11 * i, label, 8)
        page.text(110, y + 11 * i, value, 8)
    page.lines(
        330,
        140,
        [
            "Gérance : Régie du Léman SA",
            "Av. de la Gare 4, 1003 Lausanne",
            f"Tél. {manager.printed}",
            "gerance@regie-leman.ch",
        ],
        8,
        10,
    )
    header_info(page, "fr", 330, 200, rng)
    body(page, "fr", 320, rng, currency="CHF")
    footer(page, s, rng)
    return invoice([page], d, True, private if form == 2 else natel, s, manager=manager,
                   manager_mail="gerance@regie-leman.ch")  # fmt: skip


def tenant_on_site(rng: random.Random) -> Invoice:
    """A plumber bills the owner for work at a tenant's: `Lieu d'intervention … chez M. …
    (locataire) Tél. …`; the owner's own phone under its block, or none."""
    s, d = seller(rng, "fr"), person(rng)
    tenant = phone(rng, "fr", mobile=True)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    owner_has = rng.random() < 0.6
    page = Page()
    letterhead(page, s, rng)
    page.text(330, 128, "Propriétaire", 8, bold=True)
    rows = [d.name, *d.address] + ([f"{rng.choice(('Tél :', 'Portable :', 'Tel.'))} "
                                    f"{tel.printed}"] if owner_has else [])  # fmt: skip
    page.lines(330, 140, rows, 10)
    where = rng.choice(((40, 140), (40, 225)))
    page.lines(*where, ["Lieu d'intervention :", "5 rue Paul Bert, 2e étage gauche",
                        "69003 Lyon", f"Occupant : M. Yann Petit (locataire) - Tél. "
                        f"{tenant.printed}"], 8, 10)  # fmt: skip
    header_info(page, "fr", 40 if where[1] == 140 else 330, 230, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, False, tel if owner_has else None, s, tenant=tenant)


def contact_beside_name(rng: random.Random) -> Invoice:
    """An artisan's header line `Client : M. Lefèvre        Tél : 06…` with the phone on the
    name's own line, the e-mail on the town's line, the block at the left."""
    s, d = seller(rng, "fr"), person(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.7)
    has_mail = rng.random() < 0.6
    page = Page()
    letterhead(page, s, rng)
    lead = rng.choice(("Client : ", "Nom : ", ""))
    page.text(40, 150, f"{lead}{d.name}", 10)
    page.text(250, 150, f"{rng.choice(('Tél :', 'Tél. :', 'Portable :', 'Tél'))} {tel.printed}",
              9)  # fmt: skip
    page.lines(40, 162, d.address, 10)
    if has_mail:
        page.text(250, 174, f"{rng.choice(('Mail :', 'E-mail :'))} {d.email_printed}", 9)
    header_info(page, "fr", 360, 45, rng)
    body(page, "fr", 320, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, tel, s)


def login_identifier(rng: random.Random) -> Invoice:
    """A utility's `Votre espace client` box: the login is the e-mail (`Identifiant : …`), the
    customer service's number and address in the same box."""
    s, d = seller(rng, "fr"), person(rng)
    service = phone(rng, "fr", mobile=False)
    page = Page()
    letterhead(page, s, rng, contacts=False)
    page.lines(330, 140, [d.name, *d.address], 10)
    page.box(40, 135, 240, 62)
    page.lines(46, 147, ["Votre espace client : www.eaux-du-val.fr",
                         f"{rng.choice(('Identifiant :', 'Votre identifiant :', 'Login :'))} "
                         f"{d.email_printed}",
                         f"Service client : {service.printed}",
                         "Du lundi au vendredi de 8 h à 19 h"], 8, 11)  # fmt: skip
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, None, s, service=service)


def telecom_line(rng: random.Random) -> Invoice:
    """A phone operator's invoice: the subscriber's own mobile as `Votre ligne` / `Ligne
    mobile` / `N° d'appel` in the summary, the operator's short service number elsewhere. The
    subscribed line is the service billed, not a contact the debtor gave (the fifth blind set's
    convention, taken after this set was measured): the truth holds no phone."""
    s, d = seller(rng, "fr"), person(rng)
    line = phone(rng, "fr", mobile=True)
    page = Page()
    letterhead(page, s, rng, contacts=False)
    page.lines(330, 140, [d.name, *d.address], 10)
    y = header_info(page, "fr", 40, 200, rng)
    label = rng.choice(("Votre ligne :", "Ligne mobile :", "N° d'appel :", "Numéro de ligne :"))
    page.lines(40, y + 4, ["Titulaire : " + d.name.split(" ", 1)[1], f"{label} {line.printed}",
                           "Offre : Forfait 100 Go"], 9, 11)  # fmt: skip
    page.text(40, 300, "Service client : 3900 (service gratuit + prix appel)", 8)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, False, None, s)


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        resident_and_payer,
        pupil_and_guardian,
        patient_belgian,
        header_grid_contacts,
        sent_to_sentence,
        reachable_sentence,
        coordinates_box,
        us_cell_home,
        uk_home_mobile_rows,
        swiss_private_natel,
        tenant_on_site,
        contact_beside_name,
        login_identifier,
        telecom_line,
    )
}


def score(folder: Path, truth: dict[str, dict]) -> dict[str, object]:
    """Run `relance parse --json` over the folder; per field the exact count and the misses,
    and the records wrong in either field with nothing said (`silent`)."""
    found = parse_files(folder, truth)
    result: dict[str, object] = {"total": len(truth), "silent": []}
    for key in ("phone", "email"):
        wrong = []
        for name, want in truth.items():
            record = found.get(name, {})
            got = (record.get("debtor") or {}).get(key)
            if (got or "").lower() != (want[key] or "").lower():
                wrong.append((name, want[key], got, want["others"].get((got or "").lower()),
                              record.get("problems")))  # fmt: skip
                if silent(record) and name not in result["silent"]:
                    result["silent"].append(name)
        result[key] = {"exact": len(truth) - len(wrong), "wrong": wrong,
                       "printed": sum(1 for want in truth.values() if want[key])}  # fmt: skip
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder, STYLES)
    if not args.score:
        return
    result = score(args.folder, truth)
    total = result["total"]
    for key in ("phone", "email"):
        for name, want, got, whose, problems in result[key]["wrong"]:
            tag = f" [{whose}'s]" if whose else ""
            print(f"{key} {name}: want {want!r} got {got!r}{tag} {problems}")
    for key in ("phone", "email"):
        part = result[key]
        print(f"{key}: exact {part['exact']}/{total} = {part['exact'] / total:.1%} "
              f"(printed on {part['printed']})")  # fmt: skip
    print(f"wrong records with no problem and confidence >= 0.5: {len(result['silent'])}")


if __name__ == "__main__":
    main()
