"""A second round of invoices printing the debtor's contacts, drawn after the first round's fixes.

Same harness and truth as ``tests/parsing/contacts.py`` (e-mail with its domain in lower case,
phone in E.164 in the debtor's country, the mobile beside a fixed line, empty when only someone
else's is printed), other designs: a client form of labelled rows, ``T.`` / ``E.`` lines with
pipes and bullets, the issuer's branch office beside the window, extensions and opening hours
after a number, debtors elsewhere in Europe, web addresses beside the e-mail, a remittance slip
with a collections department's number, English ``Your details`` / ``Our details`` boxes, a
direct line of the person to whose attention the invoice goes, e-mail label variants.

    python -m tests.parsing.contacts_more /tmp/contacts2 --score

Nothing generated is kept in git.

Measured once on 2026-11-27 (10 styles x 10 seeds = 100 invoices; 100 print the debtor's
e-mail, 84 its phone), branch ``i12-contacts`` at 01c7ebb (the first round's fixes in), before
any change for these styles; load average 6.4:

- e-mail exact 100/100 = 100 %.
- phone exact 89/100 = 89.0 %; 10 wrong values with empty problems and confidence 0.95, all
  the issuer's collections desk on a remittance slip (``Service recouvrement`` / ``Une question
  sur votre facture ?`` beside ``Client : <name>``): the slip's ``Client :`` line was taken as
  the labelled debtor block (the window block's address lost with it, no problem named), and
  the desk's number beside it as the debtor's; 1 not found (``Ligne directe :``).
- for comparison, the unchanged parser (main cfec538, scored in-process the same way) on the
  same 100: e-mail 90 %, phone 60 %, the same 10 wrong unflagged: the first round's fixes
  carried over to these unseen styles (phone 60 → 89 %, e-mail 90 → 100 %).
- after (the issuer's desks guard their column, a remittance slip's ``Client :`` line gives way
  to the window block, ``Ligne directe``), at 90e6fe6: e-mail 100/100, phone 100/100; wrong
  values with no problem 0. Not blind: fixed knowing the misses.
"""

from __future__ import annotations

import random

import phonenumbers

from tests.parsing.contacts import (
    FR_COMPANIES,
    FR_STREETS,
    FR_TOWNS,
    MAIL_LABELS,
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
    main,
    phone,
    seller,
)


def client_form(rng: random.Random) -> Invoice:
    """A boxed client form: `Nom :`, `Adresse :`, `CP / Ville :`, `Tél. :`, `E-mail :` rows."""
    s, d = seller(rng, "fr"), debtor(rng)
    tel = phone(rng, "fr", mobile=rng.random() < 0.5)
    has_mail = rng.random() < 0.7
    page = Page()
    letterhead(page, s, rng)
    page.text(40, 140, rng.choice(("CLIENT", "Client", "Coordonnées client")), 9, bold=True)
    rows = [("Nom :", d.name), ("Adresse :", d.address[0]), ("CP / Ville :", d.address[1]),
            (rng.choice(("Tél. :", "Téléphone :", "Portable :")), tel.printed),
            ("E-mail :", d.email_printed if has_mail else "")]  # fmt: skip
    for i, (label, value) in enumerate(rows):
        page.box(40, 146 + 14 * i, 250, 14)
        page.text(44, 156 + 14 * i, label, 8)
        page.text(110, 156 + 14 * i, value, 8)
    header_info(page, "fr", 330, 140, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, has_mail, tel, s)


def letter_labels(rng: random.Random) -> Invoice:
    """A designer's line under the window: `T. 06… | E. jeanne@…` or `M +33 6… • E …`."""
    s, d = seller(rng, "fr"), debtor(rng)
    tel = phone(rng, "fr", mobile=True)
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    t, e = rng.choice((("T.", "E."), ("T", "E"), ("M", "E"), ("Tél", "Mail")))
    sep = rng.choice((" | ", " • ", "   ", " / "))
    page.text(330, y + 4, f"{t} {tel.printed}{sep}{e} {d.email_printed}", 8)
    header_info(page, "fr", 40, 230, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, tel, s)


def branch_office(rng: random.Random) -> Invoice:
    """The issuer's branch office block (`Agence de Grenoble`, its own phone and e-mail) right
    above or beside the window; the debtor prints its own contacts or none."""
    s, d = seller(rng, "fr"), debtor(rng)
    branch = phone(rng, "fr", mobile=False)
    branch_mail = f"agence.grenoble@{s.email.split('@')[1]}"
    tel = phone(rng, "fr", mobile=rng.random() < 0.6)
    debtor_has = rng.random() < 0.5
    page = Page()
    letterhead(page, s, rng)
    x = rng.choice((330, 460))
    office = rng.choice(("Agence de Grenoble", "Votre agence", "Établissement de Voiron"))
    page.lines(x, 40, [office, "15 avenue Alsace-Lorraine", "38000 Grenoble",
                       f"Tél. {branch.printed}", branch_mail], 8, 10)  # fmt: skip
    rows = [d.name, *d.address] + ([f"Tél. : {tel.printed}", d.email_printed] if debtor_has else [])
    page.lines(330, 140, rows, 10)
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, debtor_has, tel if debtor_has else None, s, branch=branch,
                   branch_mail=branch_mail)  # fmt: skip


def extensions_and_hours(rng: random.Random) -> Invoice:
    """A number followed by an extension or hours: `(poste 214)`, `ext. 12`, `(après 18h)`."""
    s, d = seller(rng, "fr"), debtor(rng)
    mobile = rng.random() < 0.5
    tel = phone(rng, "fr", mobile=mobile)
    hours = ("(après 18h)", "(heures de bureau)", "- du lundi au vendredi")
    tail = rng.choice(hours if mobile else ("poste 214", "(poste 12)", "ext. 45", "(standard)"))
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    page.lines(330, y, [f"Tél. : {tel.printed} {tail}", f"E-mail : {d.email_printed}"], 9, 11)
    header_info(page, "fr", 40, 230, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, tel, s)


EUROPE = {
    "LU": ("Boulangerie Muller Sàrl", "12 rue de Hollerich", "L-1741 Luxembourg", "Luxembourg",
           "+352", ("621{}", 6), "muller.lu"),
    "ES": ("Talleres García SL", "Calle Mayor 14", "28013 Madrid", "Espagne", "+34",
           ("6{}", 8), "talleresgarcia.es"),
    "IT": ("Ristorante Da Marco", "Via Roma 21", "00184 Roma", "Italie", "+39",
           ("33{}", 8), "damarco.it"),
    "NL": ("Bakkerij de Vries", "Prinsengracht 200", "1016 HD Amsterdam", "Pays-Bas", "+31",
           ("6{}", 8), "bakkerijdevries.nl"),
}  # fmt: skip


def europe_abroad(rng: random.Random) -> Invoice:
    """A French issuer's debtor in Luxembourg, Spain, Italy or the Netherlands, phone printed
    with its country code."""
    code = rng.choice(sorted(EUROPE))
    name, street, town, country, dial, (shape, n), domain = EUROPE[code]
    s = seller(rng, "fr")
    while True:
        nsn = shape.format("".join(str(rng.randint(0, 9)) for _ in range(n)))
        number = phonenumbers.parse(f"{dial}{nsn}")
        if phonenumbers.is_valid_number(number):
            break
    printed = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    tel = Phone(printed, f"{dial}{nsn}")
    d = Party(name, [street, town, country], f"info@{domain}", code.lower())
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    page.lines(330, y + 4, [f"{rng.choice(('Tél. :', 'Tel.', 'Phone:'))} {tel.printed}",
                            d.email_printed], 9, 11)  # fmt: skip
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, tel, s)


def web_beside_mail(rng: random.Random) -> Invoice:
    """The debtor's web site and social handle beside its e-mail; no phone, or one."""
    s = seller(rng, "fr")
    name, domain = rng.choice(FR_COMPANIES)
    d = Party(name, [rng.choice(FR_STREETS), rng.choice(FR_TOWNS)],
              f"{rng.choice(('contact', 'bonjour', 'hello'))}@{domain}", "fr")  # fmt: skip
    tel = phone(rng, "fr", mobile=rng.random() < 0.5)
    has_tel = rng.random() < 0.5
    page = Page()
    letterhead(page, s, rng)
    rows = [d.name, *d.address, f"www.{domain}"]
    rows.append(f"{rng.choice(('@ :', 'Mail :', ''))} {d.email_printed}".strip())
    if has_tel:
        rows.append(f"Tél. {tel.printed}")
    if rng.random() < 0.5:
        rows.append(f"Instagram : @{domain.split('.')[0]}")
    page.lines(330, 140, rows, 9, 11)
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, tel if has_tel else None, s)


def remittance_slip(rng: random.Random) -> Invoice:
    """A tear-off slip at the bottom: the debtor's name again, the collections department's own
    number and e-mail (`Service recouvrement`)."""
    s, d = seller(rng, "fr"), debtor(rng)
    tel = phone(rng, "fr", mobile=True)
    desk = phone(rng, "fr", mobile=False)
    desk_mail = f"recouvrement@{s.email.split('@')[1]}"
    debtor_has = rng.random() < 0.6
    page = Page()
    letterhead(page, s, rng)
    rows = [d.name, *d.address] + ([f"Portable : {tel.printed}"] if debtor_has else [])
    page.lines(330, 140, rows, 10)
    header_info(page, "fr", 40, 230, rng)
    body(page, "fr", 320, rng)
    page.text(40, 640, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", 8)
    page.text(40, 655, "TALON À JOINDRE À VOTRE RÈGLEMENT", 9, bold=True)
    page.lines(40, 670, [f"Client : {d.name}", "Montant : voir ci-dessus"], 8, 10)
    page.lines(330, 670, [rng.choice(("Service recouvrement", "Une question sur votre facture ?")),
                          f"Tél. {desk.printed}", desk_mail], 8, 10)  # fmt: skip
    footer(page, s, rng)
    return invoice([page], d, False, tel if debtor_has else None, s, desk=desk, desk_mail=desk_mail)


def your_details_boxes(rng: random.Random) -> Invoice:
    """UK: a `Your details` box (account, contact, telephone, email) beside `Our details`."""
    s, d = seller(rng, "uk"), debtor(rng, "uk")
    tel = phone(rng, "uk", mobile=rng.random() < 0.5)
    ours = phone(rng, "uk", mobile=False)
    ours_mail = f"credit.control@{s.email.split('@')[1]}"
    page = Page()
    letterhead(page, s, rng, contacts=rng.random() < 0.5)
    page.lines(40, 140, [d.name, *d.address], 10)
    boxes = [("Your details", [("Account no.", f"{rng.randint(10000, 99999)}"),
                               ("Telephone", tel.printed), ("Email", d.email_printed)]),
             ("Our details", [("Contact", "Sarah Jones"), ("Telephone", ours.printed),
                              ("Email", ours_mail)])]  # fmt: skip
    if rng.random() < 0.5:
        boxes.reverse()
    for b, (head, rows) in enumerate(boxes):
        x = 40 + 260 * b
        page.text(x, 230, head, 9, bold=True)
        for i, (label, value) in enumerate(rows):
            page.text(x, 244 + 11 * i, label, 8)
            page.text(x + 70, 244 + 11 * i, value, 8)
    header_info(page, "en", 330, 130, rng)
    body(page, "en", 320, rng)
    footer(page, s, rng)
    return invoice([page], d, True, tel, s, ours=ours, ours_mail=ours_mail)


def attention_direct_line(rng: random.Random) -> Invoice:
    """A company block with `À l'attention de M. Roux` and his `Ligne directe` / `Tél. direct`."""
    s = seller(rng, "fr")
    name, domain = rng.choice(FR_COMPANIES)
    d = Party(name, [rng.choice(FR_STREETS), rng.choice(FR_TOWNS)], f"p.roux@{domain}", "fr")
    tel = phone(rng, "fr", mobile=rng.random() < 0.4)
    page = Page()
    letterhead(page, s, rng)
    rows = [d.name, "À l'attention de M. Pierre Roux", *d.address,
            f"{rng.choice(('Ligne directe :', 'Tél. direct :', 'Tél. :'))} {tel.printed}",
            d.email_printed]  # fmt: skip
    page.lines(330, 140, rows, 9, 11)
    header_info(page, "fr", 40, 240, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, tel, s)


def mail_label_variants(rng: random.Random) -> Invoice:
    """E-mail labels of every kind in the block (`Adresse mail :`, `E-Mail-Adresse:`, `✉`)."""
    s, d = seller(rng, "fr"), debtor(rng)
    label = rng.choice(("Adresse mail :", "Adresse e-mail :", "Email address:", "e-mail:",
                        *MAIL_LABELS, "Mél :"))  # fmt: skip
    page = Page()
    letterhead(page, s, rng)
    y = page.lines(330, 140, [d.name, *d.address], 10)
    if rng.random() < 0.3:
        page.icon(330, y + 2, ")")
        page.text(344, y + 2, d.email_printed, 9)
    else:
        page.text(330, y + 2, f"{label} {d.email_printed}", 9)
    header_info(page, "fr", 40, 230, rng)
    body(page, "fr", 330, rng)
    footer(page, s, rng)
    return invoice([page], d, True, None, s)


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        client_form,
        letter_labels,
        branch_office,
        extensions_and_hours,
        europe_abroad,
        web_beside_mail,
        remittance_slip,
        your_details_boxes,
        attention_direct_line,
        mail_label_variants,
    )
}


if __name__ == "__main__":
    main(STYLES, __doc__)
