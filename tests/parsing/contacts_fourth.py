"""A fourth round of invoices printing many people's contacts, drawn before reading the parser.

Issue 12's seventh blind set still gives records whose debtor's phone or e-mail is printed and
not read, or whose phone is someone else's, with no problem named. These styles crowd the page
with the contacts of people who are not the debtor -- a tenant beside the guarantor who pays,
the person to call in an emergency, a technician, an account manager in a side column, a
delivery contact and a carrier, a protected adult's guardian, a prescribing doctor and the
patient, a booking platform, next of kin, a site contact, an accountant, a hotline, the
seller's staff in its letterhead, banner and footer -- and print the debtor's own in unusual
places: a ``Vos coordonnées`` box under the totals, the town's line (``69003 Lyon - Tél. …``),
``Tél/Fax``, labels on their own line with the value under them, an e-mail broken over two
lines, a header grid's cells, numbers from Luxembourg, Monaco, Ireland, Italy, Spain, the
Netherlands, Portugal, Germany, the UK and the US written with ``+``, ``00`` and ``(0)``.

Truth follows docs/parsing.md: the debtor is the addressee who pays; its phone in E.164 (the
mobile when it also prints a fixed line; a fax is never the phone), its e-mail compared
case-folded, or None when the page prints none of the debtor's own. A *silent* wrong record is
one whose phone or e-mail differs from the truth -- missing included -- with no problem named
and confidence >= 0.5.

    python -m tests.parsing.contacts_fourth /tmp/contacts4 --score

Nothing generated is kept in git.

Measured once on 2026-11-27 06:47 UTC (12 styles x 10 seeds = 120 invoices; 84 print the
debtor's phone, 65 its e-mail), branch ``i14-contacts`` at d3d3272 (= main), before reading
``parsing/``; load average 2.3:

- before: phone exact 95/120 = 79.2 %: 20 printed and not read (the client company's number on
  its town's line 10 -- the whole block was missed, ``debtor.name not found`` --, a guest's
  number abroad, ``+39``/``+352``/``+353``/``+34``/``+44``/``+31``, 10, flagged as unread), 5
  someone else's: the guardian's number printed under the block of a protected adult who
  prints none (flagged only by chance: the guardian's e-mail was left unread).
- before: e-mail exact 98/120 = 81.7 %: 12 printed and not read (the town-line block 8, an
  e-mail broken after its ``@`` over two lines 4, these 4 with no problem at all), 10 someone
  else's: the booking platform's (``customer.service@booking.com``, read truncated as
  ``service@booking.com``) for the guest abroad (flagged only by the unread phone).
- wrong records (phone or e-mail) with no problem and confidence >= 0.5: 4 (all four the
  broken e-mail, not read); by kind: phone 0 not read / 0 someone else's, e-mail 4 / 0. A
  further 15 carry someone else's contact with a problem that names something else.
- after the fixes (a contact split from the town's line, e-mails broken over two lines joined,
  an e-mail spelling the debtor's name, other people's roles and unknown lines guarding their
  column, a row naming someone else inside the block, a check on the debtor's contact printed
  as someone else's), at 94fc87c, load 2.0: phone 118/120 = 98.3 %, e-mail 118/120 = 98.3 %;
  wrong records with no problem 0; records held 57 -> 23 (right on contacts but held for a
  contact doubt 23 -> 12: the tenant's box beside the guarantor, the accountant's line). Left:
  two Irish guests whose block (``Dublin 2`` / ``D02 XY45`` / ``Ireland``) is not found,
  flagged ``debtor.name not found``. Not blind: fixed knowing the misses.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import phonenumbers

from tests.parsing.contacts import (
    Invoice,
    Page,
    Party,
    Phone,
    Style,
    body,
    footer,
    header_info,
    invoice,
    letterhead,
    phone,
    seller,
    write,
)
from tests.parsing.contacts_third import score

SURNAMES = ("Lemoine", "Barbier", "Roussel", "Vasseur", "Leclerc", "Giraud", "Aubert")
FIRST = ("Camille", "Julien", "Mathilde", "Antoine", "Sandrine", "Olivier", "Lucie")
MAILS = ("orange.fr", "gmail.com", "free.fr", "outlook.fr", "yahoo.fr", "laposte.net")
TOWNS = (
    ("14 rue Victor Hugo", "59000 Lille"),
    ("7 allée des Peupliers", "35000 Rennes"),
    ("22 cours Mirabeau", "13100 Aix-en-Provence"),
    ("5 rue du Moulin", "21000 Dijon"),
    ("31 avenue de la Libération", "63000 Clermont-Ferrand"),
)

ABROAD = {
    "LU": (["12 rue de la Gare", "L-1611 Luxembourg", "Luxembourg"], "pt.lu"),
    "MC": (["7 avenue de la Costa", "98000 Monaco", "Monaco"], "monaco.mc"),
    "IE": (["14 Harcourt Street", "Dublin 2", "D02 XY45", "Ireland"], "eircom.net"),
    "IT": (["Via Garibaldi 21", "10122 Torino", "Italie"], "libero.it"),
    "ES": (["Calle Mayor 8", "28013 Madrid", "Espagne"], "telefonica.es"),
    "NL": (["Keizersgracht 120", "1015 CX Amsterdam", "Pays-Bas"], "ziggo.nl"),
    "PT": (["Rua Augusta 55", "1100-048 Lisboa", "Portugal"], "sapo.pt"),
    "DE": (["Lindenweg 12", "80331 München", "Allemagne"], "web.de"),
    "GB": (["4 Mill Lane", "Leeds", "LS1 4AB", "Royaume-Uni"], "btinternet.com"),
    "US": (["45 Oak Avenue", "Seattle, WA 98101", "USA"], "gmail.com"),
}


def _plain(text: str) -> str:
    return text.translate(str.maketrans("éèêëàâçîïôöûü", "eeeeaaciioouu")).lower()


def person(rng: random.Random, title: bool = True, domain: str = "") -> Party:
    """A private person in France with a free-mail address built from the name."""
    first, last = rng.choice(FIRST), rng.choice(SURNAMES)
    head = f"{rng.choice(('M.', 'Mme', 'Monsieur', 'Madame'))} " if title else ""
    local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{last}{first[0]}"))
    mail = f"{_plain(local)}@{domain or rng.choice(MAILS)}"
    street, town = rng.choice(TOWNS)
    return Party(f"{head}{first} {last}", [street, town], mail, "fr")


def other(rng: random.Random, role: str) -> tuple[str, str]:
    """Someone else's name and e-mail (a tenant, a guardian, a technician)."""
    first = rng.choice(("Lucas", "Inès", "Hugo", "Chloé", "Yanis", "Manon"))
    last = rng.choice(("Morel", "Fabre", "Carpentier", "Renard", "Marchand"))
    return f"{first} {last}", f"{_plain(first)}.{_plain(last)}@{role}"


def world_phone(rng: random.Random, region: str, mobile: bool) -> Phone:
    """A valid number of that region (from libphonenumber's example, its tail redrawn), printed
    with `+`, `00` or `(0)` as people abroad write theirs for a French reader."""
    kind = (
        phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    )
    example = phonenumbers.example_number_for_type(region, kind)
    nsn = phonenumbers.national_significant_number(example)
    wanted = {kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for _ in range(300):
        drawn = nsn[:-4] + "".join(str(rng.randint(0, 9)) for _ in range(4))
        number = phonenumbers.parse(f"+{example.country_code}{drawn}")
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted:
            break
    else:
        raise AssertionError(f"no valid {region} number drawn")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    spoken = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    code = f"+{number.country_code}"
    forms = [spoken, "00" + spoken[1:], e164]
    trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    if trunk == "0":
        forms.append(spoken.replace(f"{code} ", f"{code} (0)", 1))
    return Phone(rng.choice(forms), e164)


def abroad(rng: random.Random, region: str) -> Party:
    first, last = rng.choice(FIRST), rng.choice(SURNAMES)
    lines, domain = ABROAD[region]
    return Party(f"{first} {last}", list(lines), f"{_plain(first)}.{_plain(last)}@{domain}", region)


def guarantor_of_tenant(rng: random.Random) -> Invoice:
    """Student housing bills the guarantor: a `Locataire` box with the student's own mobile and
    university e-mail on the left, the guarantor's block under `Garant` on the right with its
    contacts, or none."""
    s, d = seller(rng, "fr"), person(rng)
    name, mail = other(rng, "etu.univ-lille.fr")
    student = phone(rng, "fr", mobile=True)
    tel = phone(rng, "fr", mobile=rng.random() < 0.7)
    has_tel, has_mail = rng.random() < 0.7, rng.random() < 0.6
    page = Page()
    letterhead(page, s, rng)
    page.text(
        330, 128, rng.choice(("Garant", "Caution solidaire", "Garant - payeur")), 8, bold=True
    )
    rows = [d.name, *d.address]
    if has_tel:
        rows.append(f"{rng.choice(('Portable :', 'Tél. :', 'Mobile'))} {tel.printed}")
    if has_mail:
        rows.append(d.email_printed)
    page.lines(330, 140, rows, 10)
    page.box(40, 128, 230, 58)
    page.lines(46, 140, [f"Locataire : {name}", "Logement 214 - Bâtiment B",
                         f"Tél. {student.printed}", mail], 8, 11)  # fmt: skip
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, tel if has_tel else None, s, student=student,
                   student_mail=mail)  # fmt: skip


def nursery_emergency(rng: random.Random) -> Invoice:
    """A crèche bills a parent: `Tél. dom.` / `Portable` under the block, and right under them
    (or in the left column) `Personne à prévenir en cas d'urgence : … 06 …`."""
    s, d = seller(rng, "fr"), person(rng)
    home, mobile = phone(rng, "fr", mobile=False), phone(rng, "fr", mobile=True)
    urgent = phone(rng, "fr", mobile=True)
    form = rng.randrange(3)
    rows = [[f"Tél. dom. : {home.printed}", f"Portable : {mobile.printed}"],
            [f"Portable : {mobile.printed}"], []][form]  # fmt: skip
    has_mail = rng.random() < 0.6
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    y = page.lines(330, y + 2, rows + ([f"Courriel : {d.email_printed}"] if has_mail else []), 9,
                   11)  # fmt: skip
    label = rng.choice(("Personne à prévenir en cas d'urgence :", "En cas d'urgence, prévenir :",
                        "Contact d'urgence :"))  # fmt: skip
    urgent_rows = [label, f"Mme Josiane Perrot (grand-mère) - {urgent.printed}"]
    if rng.random() < 0.5:
        page.lines(330, y + 4, urgent_rows, 8, 10)
    else:
        page.lines(40, 150, urgent_rows, 8, 10)
    page.lines(40, 130, ["Enfant : Inès " + d.name.split()[-1] + " - section des moyens"], 8)
    header_info(page, "fr", 40, 250, rng)
    body(page, "fr", 340, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, [mobile, mobile, None][form], s, urgent=urgent,
                   home=home)  # fmt: skip


def technician_and_far_box(rng: random.Random) -> Invoice:
    """A heating firm: the technician's or the intervenante's mobile near the top, the 24 h
    hotline, and the client's own contacts in a `Vos coordonnées` box under the totals (or
    none)."""
    s, d = seller(rng, "fr"), person(rng)
    tech = phone(rng, "fr", mobile=True)
    hotline = phone(rng, "fr", mobile=False)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    has_box = rng.random() < 0.7
    has_mail = has_box and rng.random() < 0.7
    page = Page()
    letterhead(page, s, rng)
    page.lines(330, 140, [d.name, *d.address], 10)
    who = rng.choice(("Technicien : Karim Belkacem", "Intervenante : Mme Julie Roche",
                      "Technicien intervenant : M. Roche"))  # fmt: skip
    page.lines(40, 140, ["Entretien chaudière du 28/10/2026", who,
                         f"{rng.choice(('Portable', 'Tél.', 'Mobile'))} : {tech.printed}"], 8,
               10)  # fmt: skip
    header_info(page, "fr", 40, 230, rng)
    body(page, "fr", 310, rng)
    page.text(40, 430, f"Dépannage 24 h/24 : {hotline.printed}", 8)
    if has_box:
        page.text(40, 470, rng.choice(("Vos coordonnées", "Coordonnées du client")), 8, bold=True)
        rows = [(rng.choice(("Tél.", "Téléphone", "Mobile")), tel.printed)]
        if has_mail:
            rows.append((rng.choice(("E-mail", "Mél", "Courriel")), d.email_printed))
        for i, (label, value) in enumerate(rows):
            page.box(40, 474 + 13 * i, 260, 13)
            page.text(44, 483 + 13 * i, label, 7.5)
            page.text(110, 483 + 13 * i, value, 7.5)
    footer(page, s, rng)
    return invoice([page], d, has_mail, tel if has_box else None, s, tech=tech, hotline=hotline)


def account_manager_column(rng: random.Random) -> Invoice:
    """A wholesaler: a right side column with the account manager's direct line, mobile and
    e-mail and the accounts desk; the client company's phone on its town's line."""
    s = seller(rng, "fr")
    company = rng.choice((("Pharmacie du Centre", "pharmacie-centre.fr"),
                          ("Hôtel Le Relais SARL", "hotel-lerelais.fr"),
                          ("Cave Dumont", "cave-dumont.fr")))  # fmt: skip
    street, town = rng.choice(TOWNS)
    d = Party(company[0], [street, town], f"{rng.choice(('compta', 'contact'))}@{company[1]}", "fr")
    tel = phone(rng, "fr", mobile=False)
    manager, manager_mobile = phone(rng, "fr", mobile=False), phone(rng, "fr", mobile=True)
    desk = phone(rng, "fr", mobile=False)
    domain = s.email.split("@")[1]
    has_mail = rng.random() < 0.6
    page = Page()
    letterhead(page, s, rng, contacts=rng.random() < 0.5)
    sep = rng.choice((" - Tél. ", " - Tél : ", "  Tél. ", " · T. "))
    rows = [d.name, street, f"{town}{sep}{tel.printed}"]
    if has_mail:
        rows.append(f"Email : {d.email_printed}")
    page.lines(40, 140, rows, 10)
    page.lines(420, 140, ["Votre interlocuteur", "M. Paul Renaud",
                          f"Ligne directe {manager.printed}", f"Mobile {manager_mobile.printed}",
                          f"p.renaud@{domain}", "",
                          "Service comptabilité", f"Tél. {desk.printed}",
                          f"compta.clients@{domain}"], 8, 10)  # fmt: skip
    header_info(page, "fr", 40, 250, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, tel, s, manager=manager, manager_mobile=manager_mobile,
                   desk=desk, manager_mail=f"p.renaud@{domain}",
                   desk_mail=f"compta.clients@{domain}")  # fmt: skip


def delivery_and_carrier(rng: random.Random) -> Invoice:
    """Billing and delivery blocks side by side: the delivery contact's GSM, the carrier's
    number, and the debtor's `Tél/Fax` (one number) or `Tél … Fax …` in its block, or none."""
    s, d = seller(rng, "fr"), person(rng, title=False)
    tel, fax = phone(rng, "fr", mobile=False), phone(rng, "fr", mobile=False)
    site = phone(rng, "fr", mobile=True)
    carrier = world_phone(rng, rng.choice(("FR", "DE")), mobile=False)
    form = rng.randrange(3)
    page = Page()
    letterhead(page, s, rng)
    page.text(40, 128, "Adresse de facturation", 8, bold=True)
    rows = [d.name, *d.address]
    rows += [[f"Tél/Fax : {tel.printed}"], [f"Tél. {tel.printed}  Fax {fax.printed}"], []][form]
    page.lines(40, 140, rows, 10)
    page.text(330, 128, "Adresse de livraison", 8, bold=True)
    page.lines(330, 140, ["Chantier Les Hauts de Vaise", "18 rue Marietton", "69009 Lyon",
                          f"Contact livraison : M. Arnaud - GSM {site.printed}"], 10)  # fmt: skip
    page.text(40, 215, f"Transporteur : {rng.choice(('Geodis', 'DHL Express', 'Schenker'))} - "
                       f"Tél. {carrier.printed}", 8)  # fmt: skip
    header_info(page, "fr", 40, 235, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, False, tel if form < 2 else None, s, site=site, carrier=carrier,
                   fax=fax)  # fmt: skip


def guest_abroad(rng: random.Random) -> Invoice:
    """A holiday rental bills a guest living abroad: the guest's number in its country's
    international form under the block, the booking platform's e-mail and the reception's
    number beside it."""
    s = seller(rng, "fr")
    region = rng.choice(tuple(ABROAD))
    d = abroad(rng, region)
    tel = world_phone(rng, region, mobile=rng.random() < 0.8)
    reception = phone(rng, "fr", mobile=False)
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    label = rng.choice(("Mobile :", "Portable :", "Phone:", "Cell:", "Tél. :", "GSM"))
    mail_label = rng.choice(("E-mail :", "Email:", "Courriel :", ""))
    page.lines(330, y + 3, [f"{label} {tel.printed}", f"{mail_label} {d.email_printed}".strip()],
               9, 11)  # fmt: skip
    page.lines(40, 140, ["Réservation n° BK-2026-4471 via Booking.com",
                         "customer.service@booking.com", f"Réception : {reception.printed}"], 8,
               10)  # fmt: skip
    header_info(page, "fr", 40, 250, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, tel, s, reception=reception,
                   booking="customer.service@booking.com")  # fmt: skip


def guardian_under_block(rng: random.Random) -> Invoice:
    """A care home bills a protected adult: the guardian's (`Tuteur`, `Mandataire judiciaire`,
    `Curatrice`) number and e-mail right under the block; the adult's own mobile in the block,
    or none."""
    s, d = seller(rng, "fr"), person(rng)
    guardian = phone(rng, "fr", mobile=rng.random() < 0.5)
    mail = "tutelles@udaf-exemple.fr"
    own = phone(rng, "fr", mobile=True)
    has_own = rng.random() < 0.4
    page = Page()
    letterhead(page, s, rng)
    rows = [d.name, *d.address] + ([f"Portable : {own.printed}"] if has_own else [])
    y = page.lines(330, 140, rows, 10)
    head = rng.choice(("Tuteur : UDAF - Mme Nadine Colin", "Mandataire judiciaire : M. Colin",
                       "Curatrice : Mme Colin (ATMP)"))  # fmt: skip
    page.lines(330, y + 6, [head, f"Tél. {guardian.printed}", mail], 8, 10)
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 340, rng)
    footer(page, s, rng)
    return invoice([page], d, False, own if has_own else None, s, guardian=guardian,
                   guardian_mail=mail)  # fmt: skip


def header_grid_roles(rng: random.Random) -> Invoice:
    """A two-row header grid: the client's cells (`Votre téléphone`, `Votre e-mail`) in one row,
    the adviser's (`Votre conseiller`, `Tél. conseiller`, `E-mail conseiller`) in the other; at
    times only the adviser's row."""
    s, d = seller(rng, "fr"), person(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    adviser = phone(rng, "fr", mobile=False)
    adviser_mail = f"m.dupuis@{s.email.split('@')[1]}"
    has_client = rng.random() < 0.7
    page = Page()
    letterhead(page, s, rng, contacts=rng.random() < 0.5)
    page.lines(330, 130, [d.name, *d.address], 10)
    page.text(40, 195, "FACTURE", 15, bold=True)
    grid = [[("N° client", f"C{rng.randint(10000, 99999)}"),
             (rng.choice(("Votre téléphone", "Téléphone client", "Tél. titulaire")), tel.printed),
             (rng.choice(("Votre e-mail", "E-mail titulaire")), d.email_printed)]]  # fmt: skip
    if not has_client:
        grid = [[("N° client", f"C{rng.randint(10000, 99999)}")]]
    grid.append([("Votre conseiller", "M. Dupuis"), ("Tél. conseiller", adviser.printed),
                 ("E-mail conseiller", adviser_mail)])  # fmt: skip
    for r, row in enumerate(grid):
        for c, (label, value) in enumerate(row):
            x, y = 40 + 172 * c, 210 + 30 * r
            page.box(x, y, 172, 30)
            page.text(x + 3, y + 10, label, 6.5, bold=True)
            page.text(x + 3, y + 23, value, 7)
    body(page, "fr", 320, rng)
    footer(page, s, rng)
    return invoice([page], d, has_client, tel if has_client else None, s, adviser=adviser,
                   adviser_mail=adviser_mail)  # fmt: skip


def labels_over_values(rng: random.Random) -> Invoice:
    """A side column beside the block: each label on its own line (`Mobile`, `GSM`, `Natel`,
    `Cell`, `Tél. dom.`, `Mél`, `E-mail :`) and the value under it, a long e-mail broken after
    its `@`; the seller's staff in a left banner."""
    s = seller(rng, "fr")
    first, last = rng.choice(FIRST), rng.choice(SURNAMES)
    long_mail = rng.random() < 0.5
    local = (f"{_plain(first)}.{_plain(last)}-{_plain(rng.choice(SURNAMES))}" if long_mail
             else f"{_plain(first)}.{_plain(last)}")  # fmt: skip
    domain = "etablissements-hospitaliers-du-rhone.fr" if long_mail else rng.choice(MAILS)
    street, town = rng.choice(TOWNS)
    d = Party(f"{first} {last}", [street, town], f"{local}@{domain}", "fr")
    tel = phone(rng, "fr", mobile=True)
    staff = phone(rng, "fr", mobile=True)
    page = Page()
    letterhead(page, s, rng)
    page.lines(250, 140, [d.name, *d.address], 10)
    rows = [rng.choice(("Mobile", "GSM", "Natel", "Cell", "Portable")), tel.printed,
            rng.choice(("Mél", "E-mail :", "Adresse électronique"))]  # fmt: skip
    rows += [f"{local}@", domain] if long_mail else [d.email_printed]
    page.lines(440, 140, rows, 8, 10)
    page.lines(40, 200, ["Votre agence", "Directeur : M. Henri Blot", f"{staff.printed}",
                         f"h.blot@{s.email.split('@')[1]}"], 7, 9)  # fmt: skip
    header_info(page, "fr", 250, 230, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice(
        [page], d, True, tel, s, staff=staff, staff_mail=f"h.blot@{s.email.split('@')[1]}"
    )


def crowd_without_debtor(rng: random.Random) -> Invoice:
    """No contact of the debtor at all, but a site contact, an accountant, the adviser, a
    hotline and the carrier, some right under the block."""
    s, d = seller(rng, "fr"), person(rng)
    site, adviser = phone(rng, "fr", mobile=True), phone(rng, "fr", mobile=False)
    hotline, accountant = phone(rng, "fr", mobile=False), phone(rng, "fr", mobile=False)
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    near = [
        f"Contact sur site : M. Roux - {site.printed}",
        f"Votre conseiller : Mme Dupont - Tél. {adviser.printed}",
        f"Cabinet comptable Ferrand - Tél. {accountant.printed} - compta@cabinet-ferrand.fr",
    ]
    rng.shuffle(near)
    page.lines(330, y + 6, near[:2], 8, 10)
    page.lines(40, 200, [near[2], f"Service client : {hotline.printed}"], 8, 10)
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, False, None, s, site=site, adviser=adviser, hotline=hotline,
                   accountant=accountant, accountant_mail="compta@cabinet-ferrand.fr")  # fmt: skip


def lab_patient_and_payer(rng: random.Random) -> Invoice:
    """A medical lab bills the payer (`Assuré` / `Payeur`) for a patient: the patient's own
    `Tél. patient`, the prescribing doctor's number; the payer's `Tél.` in its block or none."""
    s, d = seller(rng, "fr"), person(rng)
    patient, doctor = phone(rng, "fr", mobile=True), phone(rng, "fr", mobile=False)
    tel = phone(rng, "fr", mobile=rng.random() < 0.5)
    has_tel = rng.random() < 0.5
    page = Page()
    letterhead(page, s, rng)
    page.text(330, 128, rng.choice(("Payeur", "Assuré(e)", "Adressé à")), 8, bold=True)
    rows = [d.name, *d.address] + ([f"Tél. {tel.printed}"] if has_tel else [])
    page.lines(330, 140, rows, 10)
    page.lines(40, 140, [f"Patient : Hugo {d.name.split()[-1]}",
                         f"Tél. patient : {patient.printed}",
                         f"Prescripteur : Dr Anne Lenoir - {doctor.printed}"], 8, 10)  # fmt: skip
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, False, tel if has_tel else None, s, patient=patient, doctor=doctor)


def next_of_kin_english(rng: random.Random) -> Invoice:
    """An Irish or British care agency: `Bill to` with `Phone` / `Mob` rows in +353 / +44, the
    client's `Next of kin` and `Emergency contact`, `Your account manager` in the header."""
    s = seller(rng, "uk")
    region = rng.choice(("IE", "GB"))
    d = abroad(rng, region)
    d.address = d.address[:-1] if region == "GB" else d.address
    mob, home = world_phone(rng, region, mobile=True), world_phone(rng, region, mobile=False)
    kin = world_phone(rng, region, mobile=True)
    manager = phone(rng, "uk", mobile=False)
    form = rng.randrange(3)
    rows = [[f"Phone: {home.printed}", f"Mob: {mob.printed}"], [f"Mobile {mob.printed}"],
            [f"Phone: {home.printed}"]][form]  # fmt: skip
    page = Page()
    letterhead(page, s, rng)
    page.text(330, 40, f"Your account manager: Tom Reid  {manager.printed}", 7.5)
    page.text(40, 128, "Bill to", 8, bold=True)
    y = page.lines(40, 140, [d.name, *d.address], 10)
    page.lines(40, y + 2, [*rows, d.email_printed], 9, 11)
    kin_label = rng.choice(("Next of kin:", "Emergency contact:", "In case of emergency call"))
    page.lines(330, 140, ["Service user: Mr Patrick " + d.name.split()[-1],
                          f"{kin_label} Mary Byrne {kin.printed}"], 8, 10)  # fmt: skip
    header_info(page, "en", 330, 170, rng)
    body(page, "en", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, home if form == 2 else mob, s, kin=kin, manager=manager)


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        guarantor_of_tenant,
        nursery_emergency,
        technician_and_far_box,
        account_manager_column,
        delivery_and_carrier,
        guest_abroad,
        guardian_under_block,
        header_grid_roles,
        labels_over_values,
        crowd_without_debtor,
        lab_patient_and_payer,
        next_of_kin_english,
    )
}


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
    silent = set(result["silent"])
    for key in ("phone", "email"):
        for name, want, got, whose, problems in result[key]["wrong"]:
            tag = f" [{whose}'s]" if whose else ""
            mark = " SILENT" if name in silent else ""
            print(f"{key} {name}: want {want!r} got {got!r}{tag}{mark} {problems}")
    for key in ("phone", "email"):
        part = result[key]
        print(f"{key}: exact {part['exact']}/{total} = {part['exact'] / total:.1%} "
              f"(printed on {part['printed']})")  # fmt: skip
    print(f"wrong records with no problem and confidence >= 0.5: {len(silent)}")
    for key in ("phone", "email"):
        kinds = {"not read": 0, "someone else's": 0}
        for name, _want, got, _whose, _problems in result[key]["wrong"]:
            if name in silent:
                kinds["someone else's" if got else "not read"] += 1
        print(f"{key} wrong with no problem: {kinds}")


if __name__ == "__main__":
    main()
