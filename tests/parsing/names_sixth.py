"""Debtor blocks under labels and headings of every kind, drawn before reading the parser.

Issue 12's eighth blind set loses about 20 debtor addresses and phones to a broad guard (a
labelled cell whose rest starts in lower case taken as a heading); a narrower guard read them
again but took a wrong row for the name, and with it a wrong issue date, on 5 records with
nothing flagged. These styles draw the heading family from both sides: capitalised labels
(``Facturé à :``, ``Adresse de facturation``, ``Client (à rappeler dans toute correspondance)``,
``Destinataire``), headings in lower case (``à l'attention de``, ``adressé à``, ``livré et
facturé à``, ``le client :``), a label followed on its line by a name that starts in lower case
(a particle: ``de La Tour SARL``, ``van der Berg``, ``d'Almeida``; a company: ``ebay France``),
a seller's adviser (``votre conseiller : …``) printed over the block, English ``Bill to`` /
``Invoice to``, German ``Rechnungsempfänger``, Dutch ``Factuur aan``, a sentence ending in a colon
over the block (``les prestations ont été réalisées chez :``), and the invoice's number and
dates printed on the same rows as the block, so that a wrong row taken as the name also moves
the issue date.

Truth follows docs/parsing.md and the sets before it: the name line as printed (civility and
particle kept), compared case-folded, spaces collapsed; the street lines joined with ``, ``; the
postcode as printed; the city; the debtor's phone as E.164 (``None`` when none is printed); the
issue date as ISO. A *silent* wrong record has a name, street, postcode or city that differs,
no problem named and confidence >= 0.5; a *held* record has a problem or confidence < 0.5.

    python -m tests.parsing.names_sixth /tmp/names6 --score

Nothing generated is kept in git.

Measured once on 2026-11-27 09:37 UTC (12 styles x 10 seeds = 120 invoices), branch
``i16-names`` at 0488641 (= main), before reading ``parsing/``; load average 5.4:

- before: name 106/120 = 88.3 %, street 110/120 = 91.7 %, postcode, city and phone 120/120,
  issue date 117/120 = 97.5 % (the three misses are this set's own slip: an English page with
  ``$`` amounts and day-first dates, read month-first and held for the dollar); wrong name or
  address with no problem and confidence >= 0.5: 1 (``le client : Menuiserie Favre SARL``, the
  lower-case label kept in the name); held 32/120 -- 10 for ``$`` (the same slip), 10 Dutch
  pages whose ``Te betalen`` total is not found, 3 for a customer number printed but not read,
  9 for the name. Names wrong but flagged (13): a lower-case label on the name's line
  (``adressé à : …``, ``facturé à : …``, ``à l'attention de …``) dropped with the name, the
  street taken for it (4); ``factuuradres: …`` kept in the name (3) or dropped with it (1); a
  heading's parenthesis ``(à rappeler dans toute correspondance)`` (2) or a ``le client :``
  heading (3) taken as the name. Particles (``de La Tour SARL``, ``d'Almeida Rui``) and lower-case
  companies (``ebay France``) after a label were all read.
- after (``test_parsing_debtor_headings.py``; not blind): name, street, postcode, city and phone
  120/120, issue date 117/120 (the same slip, held); wrong with no problem 0; held 23/120 (the
  9 held for the name now read right, none held for it).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.parsing.addresses import normalised
from tests.parsing.contacts import Page, phone
from tests.parsing.names_fifth import body
from tests.parsing.names_more import Issuer, footer, letterhead, render_page
from tests.parsing.relance_json import parse_files, silent

SEEDS = range(10)
FIELDS = ("name", "street", "postcode", "city", "phone", "issue_date")
ADDRESS_FIELDS = ("name", "street", "postcode", "city")


@dataclass
class Drawn:
    """A drawn invoice: its page and the debtor's fields as the record contract has them."""

    page: Page
    name: str
    street: str
    postcode: str
    city: str
    phone: str | None
    issue_date: str


FR = Issuer("Atelier Marchal SARL", ["8 rue des Forges", "54000 Nancy"],
            "Tél. 03 83 12 45 67 - contact@atelier-marchal.fr",
            "SARL au capital de 8 000 € - SIRET 532 198 765 00017 - TVA FR45532198765")  # fmt: skip
UK = Issuer("Harbour Design Ltd", ["14 Quay Street", "Bristol BS1 4DB"],
            "Tel 0117 496 0123 - accounts@harbourdesign.co.uk",
            "Registered in England No. 08123456 - VAT GB 123 4567 89")  # fmt: skip
DE = Issuer("Elektro Baumann GmbH", ["Hauptstraße 50", "79104 Freiburg"],
            "Telefon 0761 555 000 - rechnung@elektro-baumann.de",
            "HRB 700999 - USt-IdNr. DE287654321")  # fmt: skip
NL = Issuer("Schildersbedrijf Dekker B.V.", ["Stationsweg 44", "9726 AC Groningen"],
            "Tel. 050 312 45 67 - info@dekker-schilders.nl",
            "KvK 12345678 - BTW NL123456789B01")  # fmt: skip

FR_PLACES = (("14 rue des Tanneurs", "67000", "Strasbourg"),
             ("3 allée des Peupliers", "44300", "Nantes"),
             ("27 boulevard Carnot", "59000", "Lille"),
             ("5 chemin du Lavoir", "38190", "Bernin"),
             ("112 avenue de la Libération", "33700", "Mérignac"))  # fmt: skip
FR_PEOPLE = ("Mme Claire Martin", "M. Karim Benali", "Monsieur Paul Lefèvre",
             "Madame Sophie Arnaud", "M. et Mme Jean Dupont", "Maître Hélène Roux")  # fmt: skip
FR_COMPANIES = ("Menuiserie Favre SARL", "Laboratoires Rivière SAS", "SCI Les Tilleuls",
                "Boulangerie du Marché", "Garage Central SAS")  # fmt: skip
PARTICLES = ("de La Tour SARL", "van der Berg Installations", "d'Almeida Rui", "du Pont Marie",
             "le Gall Yann", "de Sousa & Fils SARL", "von Bülow Katharina")  # fmt: skip
LOWER_COMPANIES = ("ebay France", "iRobot France SAS", "e.Leclerc Drive Nancy",
                   "bioMérieux SA", "easyJet Airline Company", "iziwork SAS")  # fmt: skip


def fr_date(rng: random.Random) -> tuple[str, str, str]:
    """An issue date (ISO and as printed) and a due date 30 days later as printed."""
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    due_month = month + 1
    return (f"2026-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/2026",
            f"{day:02d}/{due_month:02d}/2026")  # fmt: skip


def fr_phone(rng: random.Random, chance: float = 0.7) -> tuple[str | None, str | None]:
    """The debtor's phone line as printed and its E.164, or none."""
    if rng.random() >= chance:
        return None, None
    drawn = phone(rng, "fr", rng.random() < 0.6)
    label = rng.choice(("Tél. :", "Tél :", "Téléphone :", "Tel."))
    return f"{label} {drawn.printed}", drawn.e164


def info_rows(page: Page, x: float, y: float, rng: random.Random, issued: str, due: str,
              words: tuple[str, str, str, str] = ("FACTURE", "Facture n°", "Date",
                                                  "Échéance")) -> None:  # fmt: skip
    """The title, number and dates, from row `y` down, at the same heights as the block."""
    title, number, date, due_label = words
    sep = " : " if title == "FACTURE" else ": "
    page.text(x, y - 20, title, 15, bold=True)
    page.text(x, y, f"{number}{sep}F-2026-{rng.randint(1, 9999):04d}", 9)
    page.text(x, y + 12, f"{date}{sep}{issued}", 9)
    page.text(x, y + 24, f"{due_label}{sep}{due}", 9)


def fr_page(who: Issuer, rng: random.Random, item: str) -> tuple[Page, str, str, str]:
    page = Page()
    letterhead(page, who)
    footer(page, who)
    body(page, "fr", 360, rng, item)
    iso, issued, due = fr_date(rng)
    return page, iso, issued, due


def block(page: Page, x: float, y: float, heading: str, rows: list[str],
          bold: bool = True) -> None:  # fmt: skip
    if heading:
        page.text(x, y - 14, heading, 8.5, bold=bold)
    page.lines(x, y, rows, 10, 12)


def fr_debtor(rng: random.Random, pool: tuple[str, ...] = ()) -> tuple[str, list[str], tuple]:
    name = rng.choice(pool or (FR_PEOPLE + FR_COMPANIES))
    street, postcode, city = rng.choice(FR_PLACES)
    return name, [street, f"{postcode} {city}"], (street, postcode, city)


def drawn(page: Page, name: str, place: tuple, tel: str | None, iso: str) -> Drawn:
    return Drawn(page, name, *place, tel, iso)


def capital_label_inline(rng: random.Random) -> Drawn:
    """``Facturé à : Mme Claire Martin`` on the block's first row, the dates at the left."""
    page, iso, issued, due = fr_page(FR, rng, "Réfection d'un escalier en chêne")
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    label = rng.choice(("Facturé à :", "Client :", "Facturer à :", "Adressé à :"))
    rows = [f"{label} {name}", *rows] + ([printed] if printed else [])
    block(page, 330, 150, "", rows)
    info_rows(page, 40, 150, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def capital_heading(rng: random.Random) -> Drawn:
    """A capitalised heading over the block: ``Adresse de facturation``, ``Destinataire``…"""
    page, iso, issued, due = fr_page(FR, rng, "Pose de menuiseries PVC")
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    heading = rng.choice(("Adresse de facturation", "Destinataire", "Facturé à :",
                          "Client (à rappeler dans toute correspondance)", "CLIENT",
                          "Coordonnées client"))  # fmt: skip
    block(page, 330, 150, heading, [name, *rows] + ([printed] if printed else []))
    info_rows(page, 40, 136, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def client_number_heading(rng: random.Random) -> Drawn:
    """``Client (à rappeler dans toute correspondance) : C01234`` over the block."""
    page, iso, issued, due = fr_page(FR, rng, "Entretien annuel chaudière")
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    number = f"C{rng.randint(1000, 99999):05d}"
    heading = rng.choice(("Client (à rappeler dans toute correspondance) :",
                          "N° client (à rappeler) :", "Réf. client (à rappeler) :"))  # fmt: skip
    page.text(330, 122, f"{heading} {number}", 8)
    block(page, 330, 146, "", [name, *rows] + ([printed] if printed else []))
    info_rows(page, 40, 146, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def lower_heading(rng: random.Random) -> Drawn:
    """A heading in lower case: ``à l'attention de``, ``adressé à``, ``le client :``…"""
    page, iso, issued, due = fr_page(FR, rng, "Ravalement de façade")
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    heading = rng.choice(("à l'attention de", "adressé à :", "livré et facturé à :",
                          "le client :", "facturé à", "destinataire :"))  # fmt: skip
    block(page, 330, 150, heading, [name, *rows] + ([printed] if printed else []),
          bold=rng.random() < 0.5)  # fmt: skip
    info_rows(page, 40, 136 + 14 * rng.randint(0, 1), rng, issued, due)
    return drawn(page, name, place, e164, iso)


def lower_heading_inline(rng: random.Random) -> Drawn:
    """A lower-case label on the name's own line: ``adressé à : M. Karim Benali``."""
    page, iso, issued, due = fr_page(FR, rng, "Diagnostic électrique")
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    label = rng.choice(("à l'attention de", "adressé à :", "le client :", "facturé à :"))
    block(page, 330, 150, "", [f"{label} {name}", *rows] + ([printed] if printed else []))
    info_rows(page, 40, 150, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def particle_name(rng: random.Random) -> Drawn:
    """A label then a name that starts with a lower-case particle, on one line or under it."""
    page, iso, issued, due = fr_page(FR, rng, "Remplacement d'une porte de garage")
    name, rows, place = fr_debtor(rng, PARTICLES)
    printed, e164 = fr_phone(rng)
    label = rng.choice(("Client :", "Facturé à :", "Nom :", "Destinataire :"))
    if rng.random() < 0.6:
        block(page, 330, 150, "", [f"{label} {name}", *rows] + ([printed] if printed else []))
    else:
        block(page, 330, 150, label, [name, *rows] + ([printed] if printed else []))
    info_rows(page, 40, 150, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def lower_company(rng: random.Random) -> Drawn:
    """A company whose name starts in lower case (``ebay France``), labelled or headed."""
    page, iso, issued, due = fr_page(FR, rng, "Maintenance des portes automatiques")
    name, rows, place = fr_debtor(rng, LOWER_COMPANIES)
    printed, e164 = fr_phone(rng, 0.5)
    label = rng.choice(("Client :", "Facturé à :", "Société :"))
    if rng.random() < 0.5:
        block(page, 330, 150, "", [f"{label} {name}", *rows] + ([printed] if printed else []))
    else:
        block(page, 330, 150, rng.choice((label, "Adresse de facturation")),
              [name, *rows] + ([printed] if printed else []))  # fmt: skip
    info_rows(page, 40, 150, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def adviser_over_block(rng: random.Random) -> Drawn:
    """The seller's adviser (``votre conseiller : Julie Morel``) printed over the debtor's block."""
    page, iso, issued, due = fr_page(FR, rng, "Étude thermique")
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    adviser = rng.choice(("Julie Morel", "M. Thomas Girard", "Nadia Haddad"))
    lead = rng.choice(("votre conseiller :", "votre contact :", "Votre conseiller :",
                       "suivi par :"))  # fmt: skip
    page.text(330, 122, f"{lead} {adviser}", 8)
    block(page, 330, 150, rng.choice(("", "Client", "le client :")),
          [name, *rows] + ([printed] if printed else []))  # fmt: skip
    info_rows(page, 40, 136, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def sentence_over_block(rng: random.Random) -> Drawn:
    """A sentence ending in a colon over the block: ``les prestations ont été réalisées chez :``."""
    page, iso, issued, due = fr_page(FR, rng, "Élagage de trois chênes")
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    sentence = rng.choice(("les prestations ont été réalisées chez :",
                           "Les prestations ont été réalisées chez :",
                           "la présente facture est établie au nom de :",
                           "nous avons le plaisir de facturer à :"))  # fmt: skip
    page.text(300, 134, sentence, 8.5)
    page.lines(330, 150, [name, *rows] + ([printed] if printed else []), 10, 12)
    info_rows(page, 40, 150, rng, issued, due)
    return drawn(page, name, place, e164, iso)


def english_bill_to(rng: random.Random) -> Drawn:
    """A UK studio billing a French client: ``Bill to`` / ``Invoice to`` (or in lower case)."""
    page = Page()
    letterhead(page, UK)
    footer(page, UK)
    body(page, "us", 360, rng, "Brand identity, phase 2")
    iso, issued, due = fr_date(rng)
    name, rows, place = fr_debtor(rng)
    printed, e164 = fr_phone(rng)
    heading = rng.choice(("Bill to", "Invoice to:", "BILL TO", "bill to:", "Billed to"))
    if rng.random() < 0.3:
        block(page, 330, 150, "", [f"{heading.rstrip(':')}: {name}", *rows, "France"]
              + ([printed] if printed else []))  # fmt: skip
    else:
        block(page, 330, 150, heading, [name, *rows, "France"] + ([printed] if printed else []))
    info_rows(page, 40, 150, rng, issued, due, ("INVOICE", "Invoice No.", "Invoice date",
                                                "Due date"))  # fmt: skip
    return drawn(page, name, place, e164, iso)


def german_recipient(rng: random.Random) -> Drawn:
    """``Rechnungsempfänger`` over a German customer, the dates in the same rows at the left."""
    page = Page()
    letterhead(page, DE)
    footer(page, DE)
    body(page, "de", 360, rng, "Elektroinstallation Küche")
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    iso = f"2026-{month:02d}-{day:02d}"
    name = rng.choice(("Herrn Max Müller", "Frau Anna Schneider", "Schreinerei Koch GmbH",
                       "Familie Weber"))  # fmt: skip
    street, postcode, city = rng.choice((("Lindenweg 12", "79100", "Freiburg"),
                                         ("Industriestraße 8", "79108", "Freiburg"),
                                         ("Kaiserstraße 41", "76133", "Karlsruhe")))  # fmt: skip
    e164 = None
    rows = [name, street, f"{postcode} {city}"]
    if rng.random() < 0.6:
        drawn_phone = phone(rng, "de", rng.random() < 0.5)
        rows.append(f"Tel.: {drawn_phone.printed}")
        e164 = drawn_phone.e164
    heading = rng.choice(("Rechnungsempfänger", "Rechnungsempfänger:", "Rechnung an:"))
    block(page, 330, 150, heading, rows)
    info_rows(page, 40, 136, rng, f"{day:02d}.{month:02d}.2026", f"{day:02d}.{month + 1:02d}.2026",
              ("RECHNUNG", "Rechnungsnummer", "Rechnungsdatum", "Fällig am"))  # fmt: skip
    return drawn(page, name, (street, postcode, city), e164, iso)


def dutch_invoice_to(rng: random.Random) -> Drawn:
    """``Factuur aan`` over a Dutch customer (``t.a.v.`` lines sometimes), the dates beside."""
    page = Page()
    letterhead(page, NL)
    footer(page, NL)
    body(page, "nl", 360, rng, "Schilderwerk buitenkozijnen")
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    iso = f"2026-{month:02d}-{day:02d}"
    name = rng.choice(("Bakkerij Jansen B.V.", "Dhr. K. Bakker", "Mevr. S. Visser",
                       "van Dijk Installatietechniek"))  # fmt: skip
    street, postcode, city = rng.choice((("Herestraat 12", "9711 LM", "Groningen"),
                                         ("Oude Gracht 5", "3511 AB", "Utrecht")))  # fmt: skip
    rows = [name, street, f"{postcode} {city}"]
    heading = rng.choice(("Factuur aan", "Factuur aan:", "factuuradres:"))
    if rng.random() < 0.4:
        block(page, 330, 150, "", [f"{heading.rstrip(':')}: {name}", *rows[1:]])
    else:
        block(page, 330, 150, heading, rows)
    info_rows(page, 40, 150, rng, f"{day:02d}-{month:02d}-2026", f"{day:02d}-{month + 1:02d}-2026",
              ("FACTUUR", "Factuurnummer", "Factuurdatum", "Vervaldatum"))  # fmt: skip
    return drawn(page, name, (street, postcode, city), None, iso)


STYLES: dict[str, Callable[[random.Random], Drawn]] = {
    style.__name__: style
    for style in (
        capital_label_inline,
        capital_heading,
        client_number_heading,
        lower_heading,
        lower_heading_inline,
        particle_name,
        lower_company,
        adviser_over_block,
        sentence_over_block,
        english_bill_to,
        german_recipient,
        dutch_invoice_to,
    )
}


def generate(style: str, seed: int) -> Drawn:
    return STYLES[style](random.Random(f"{style}-{seed}"))


def write(folder: Path) -> dict[str, dict]:
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for style in STYLES:
        for seed in SEEDS:
            made = generate(style, seed)
            name = f"{style}-{seed}.pdf"
            (folder / name).write_bytes(render_page(made.page))
            truth[name] = {key: getattr(made, key) for key in FIELDS}
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return truth


def score(folder: Path, truth: dict[str, dict]) -> dict[str, object]:
    """Exact per field, the silent wrong records (name or address) and the held ones."""
    found = parse_files(folder, truth, per_call=40)
    exact = dict.fromkeys(FIELDS, 0)
    wrong, quiet, held = [], [], []
    for name, want in truth.items():
        record = found.get(name, {})
        got = dict(record.get("debtor") or {}, issue_date=record.get("issue_date"))
        misses = {key: (want[key], got.get(key)) for key in FIELDS
                  if normalised(key, want[key]) != normalised(key, got.get(key))}  # fmt: skip
        for key in FIELDS:
            exact[key] += key not in misses
        if not silent(record):
            held.append(name)
        if misses:
            wrong.append((name, misses, record.get("problems"), record.get("confidence")))
            if silent(record) and set(misses) & {*ADDRESS_FIELDS, "issue_date"}:
                quiet.append(name)
    return {"total": len(truth), "exact": exact, "wrong": wrong, "silent": quiet, "held": held}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder)
    if not args.score:
        return
    result = score(args.folder, truth)
    total = result["total"]
    for name, misses, problems, confidence in result["wrong"]:
        flag = "SILENT " if name in result["silent"] else ""
        print(f"{flag}{name}: conf={confidence} {problems}")
        for key, (want, got) in misses.items():
            print(f"    {key}: want {want!r} got {got!r}")
    for key in FIELDS:
        print(f"{key}: exact {result['exact'][key]}/{total} = {result['exact'][key] / total:.1%}")
    print(f"wrong name/address/issue date with no problem and confidence >= 0.5: "
          f"{len(result['silent'])}; held: {len(result['held'])}/{total}")  # fmt: skip


if __name__ == "__main__":
    main()
