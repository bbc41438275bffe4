"""Invoices printing many dates, drawn before reading the parser (issue 12, the dates round).

A blind set read the issue date wrong on 20 records and the due date wrong on 10 with no
problem named. These styles print the dates a real invoice carries beside the two that count:
a service period (``Période du … au …``), delivery, order and printed (``Édité le``) dates, a
SEPA mandate's signature, a contract's start, a patient's birth date, a stay's arrival and
departure, intervention dates on the lines, a ``Date de valeur``, an instalment schedule, an
early-payment discount's date, older invoices' ``Date d'échéance`` in a table, a bare
``Échéance`` in a label-over-value grid, the date in the title line, in a footer, in a right
column. Spellings: long French (weekday, ``1er``), ``févr.`` / ``sept.``, ``3rd March 2026``,
``March 3, 2026`` and ``03/04/2026`` on a US page, ISO, ``dd.mm.yyyy``, ``dd-mm-yy``, Italian,
Spanish and Dutch month names. Terms: ``30 / 45 jours fin de mois``, ``fin de mois le 10``,
``à réception``, ``comptant``, ``Net 30``, ``payable within 14 days``, ``Date limite de
paiement``, ``À payer au plus tard le``, ``Prélevé le`` / ``Date de prélèvement``.

Truth follows docs/parsing.md: a due date printed is the due date; where only terms are printed
it is computed from the issue date (``N jours fin de mois``: N days on, then that month's end;
``… le 10``: the 10th after that end; ``à réception`` / ``comptant``: the issue date; ``Net N``
/ ``within N days``: N days on). A direct-debit date is the due date; an early-payment
discount's date never is. An instalment schedule's due date is its *first* instalment (the
record may say so in ``problems``: that is a flag, not a miss). A *silent* wrong record is one
whose issue or due date differs from the truth with no problem named and confidence >= 0.5.

    python -m tests.parsing.dates_pages /tmp/dates          # write the PDFs and truth.json
    python -m tests.parsing.dates_pages /tmp/dates --score  # and score `relance parse --json`

Nothing generated is kept in git.

Measured once on 2026-11-27 06:46 UTC (14 styles x 8 seeds = 112 invoices), branch
``i14-dates`` at 75e5910 (= main d3d3272 + this generator), before reading ``parsing/``; load
average 2.8:

- before: issue date exact 102/112 = 91.1 %; the 10 misses all *not found* and flagged: the
  Italian/Spanish exporter's bilingual labels (``Data fattura / Invoice date: …``, ``Fecha de
  factura / Invoice date: 3 de marzo de 2026``) 8, a Belgian ``Datum / Date : 3 maart 2026`` 2.
- before: due date exact 95/112 = 84.8 %; the 17 misses all flagged: an older invoice's
  ``Date d'échéance`` in an account summary table taken over this invoice's ``Échéance``
  (``due date before issue date``, ``several due dates printed``) 8, the exporter's
  ``Scadenza / Due date``, ``Vencimiento / Due date`` not found 8, a Belgian ``Vervaldatum /
  Échéance : 12 augustus 2026`` (an earlier date taken, ``due date before issue date``) 1.
- wrong records (either date) with no problem and confidence >= 0.5: 0 of 112.
- records with both dates right held all the same: 16 (the 8 instalment schedules, ``several
  due dates printed``: the convention's flag; 8 ``Note n° …`` bills, ``invoice_number not
  found``: outside dates).
- after the fixes (months and labels of Dutch, Italian, Spanish and Portuguese; an account
  summary's due dates; the date beside the number stopping at another field's label), at
  9323dc6, load 5.3: issue date 112/112 = 100 %, due date 112/112 = 100 %; wrong with no
  problem 0; right but held 24 (the 8 schedules as before; 8 ``Note n° …`` and 8 exporters'
  ``Fattura n.`` / ``Factura n.º`` numbers not found: outside dates). Not blind: fixed knowing
  the misses. The new doubts (``parsing/layout/issued.py``, ``order_doubts`` in
  ``parsing/layout/dates.py``, ``received_problems`` in ``parsing/sanity.py``) hold none of
  its right records.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tests.parsing.contacts import Invoice, Page, body, debtor, footer, letterhead, render, seller
from tests.parsing.relance_json import parse_files, silent

SEEDS = range(8)

FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")  # fmt: skip
FR_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc.")  # fmt: skip
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre")  # fmt: skip
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")  # fmt: skip


# --- spellings ----------------------------------------------------------------------------


def fr_long(d: date, weekday: bool = False) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {FR_MONTHS[d.month - 1]} {d.year}"
    return f"{FR_DAYS[d.weekday()]} {text}" if weekday else text


def fr_abbr(d: date) -> str:
    return f"{d.day} {FR_ABBR[d.month - 1]} {d.year}"


def slash(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def dots(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def dash2(d: date) -> str:
    return d.strftime("%d-%m-%y")


def en_ordinal(d: date) -> str:
    suffix = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B')} {d.year}"


def us_long(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def us_numeric(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def named(d: date, months: tuple[str, ...], joiner: str = " ") -> str:
    return f"{d.day}{joiner}{months[d.month - 1]}{joiner}{d.year}"


# --- terms --------------------------------------------------------------------------------


def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def end_of_month_terms(issue: date, days: int, then_day: int = 0) -> date:
    end = month_end(issue + timedelta(days=days))
    return (end + timedelta(days=then_day)) if then_day else end


def pick_issue(rng: random.Random) -> date:
    """An issue date this year, before the day the set is read (so never in the future)."""
    return date(2026, 1, 5) + timedelta(days=rng.randrange(280))


@dataclass
class Dated:
    """A page and its truth."""

    pages: list[Page]
    issue: date
    due: date | None


Style = Callable[[random.Random], Dated]


def _top(page: Page, rng: random.Random, country: str = "fr", lang: str = "fr") -> float:
    """Letterhead, the debtor's block at the window and the body's start."""
    s = seller(rng, country)
    letterhead(page, s, rng, contacts=rng.random() < 0.5)
    d = debtor(rng, country)
    page.lines(330, 140, [d.name, *d.address], 10)
    footer(page, s, rng)
    return 240


def _number(rng: random.Random) -> str:
    return f"FA-2026-{rng.randint(1, 9999):04d}"


# --- styles ---------------------------------------------------------------------------------


def title_line_period(rng: random.Random) -> Dated:
    """`Facture n° X du 3 mars 2026` as the title, a service period, a delivery and an order
    date, terms `N jours fin de mois` with or without the date they give, `Édité le` in the
    footer."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    page.text(40, 240, f"Facture n° {_number(rng)} du {fr_long(issue, rng.random() < 0.3)}", 13,
              bold=True)  # fmt: skip
    start = issue.replace(day=1) - timedelta(days=1)
    start = start.replace(day=1)
    page.text(40, 262, f"Période du {fr_long(start)} au {fr_long(month_end(start))}", 9)
    page.text(40, 274, f"Livraison le {slash(issue - timedelta(days=rng.randint(2, 9)))}", 9)
    page.text(40, 286, f"Commande n° C{rng.randint(100, 999)} du "
                       f"{fr_abbr(issue - timedelta(days=rng.randint(12, 30)))}", 9)  # fmt: skip
    days, then = rng.choice(((30, 0), (45, 0), (30, 10), (60, 0)))
    due = end_of_month_terms(issue, days, then)
    terms = f"{days} jours fin de mois" + (f" le {then}" if then else "")
    if rng.random() < 0.5:
        page.text(40, 700, f"Conditions de paiement : {terms}", 8)
    else:
        page.text(40, 700, f"Conditions de paiement : {terms} - Échéance : {slash(due)}", 8)
    body(page, "fr", 320, rng)
    page.text(400, 780, f"Édité le {slash(issue + timedelta(days=rng.randint(1, 3)))}", 7)
    return Dated([page], issue, due)


def label_grid(rng: random.Random) -> Dated:
    """A row of labels over a row of values: `Date`, `N° facture`, `Code client`, `Date de
    commande`, `Échéance`; a printed-at stamp top right and a billing period sentence."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    spell = rng.choice((slash, dots, fr_abbr))
    due = issue + timedelta(days=rng.choice((15, 30, 45)))
    order = issue - timedelta(days=rng.randint(5, 40))
    cells = [("Date", spell(issue)), ("N° facture", _number(rng)),
             ("Code client", f"411{rng.randint(1000, 9999)}"), ("Date de commande", spell(order)),
             ("Échéance", spell(due))]  # fmt: skip
    if rng.random() < 0.5:
        cells[0], cells[3] = cells[3], cells[0]
    page.text(40, 235, "FACTURE", 15, bold=True)
    for index, (label, value) in enumerate(cells):
        page.box(40 + 103 * index, 252, 103, 30)
        page.text(44 + 103 * index, 262, label, 7, bold=True)
        page.text(44 + 103 * index, 276, value, 8)
    printed = issue + timedelta(days=rng.randint(0, 6))
    page.right(550, 30, f"Imprimé le {slash(printed)} à {rng.randint(8, 18)}:{rng.randint(10, 59)}",
               6.5)  # fmt: skip
    start = issue - timedelta(days=60)
    page.text(40, 298, f"Facturation de la période du {slash(start)} au "
                       f"{slash(start + timedelta(days=59))}", 8)  # fmt: skip
    body(page, "fr", 320, rng)
    return Dated([page], issue, due)


def sepa_mandate(rng: random.Random) -> Dated:
    """A subscription invoice paid by direct debit: mandate signature date, contract start,
    `Date d'émission`, and the debit date (the due date) at a label or in a sentence."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    debit = issue + timedelta(days=rng.randint(8, 20))
    signed = date(2024, rng.randint(1, 12), rng.randint(1, 28))
    start = signed + timedelta(days=rng.randint(3, 20))
    spell = rng.choice((fr_long, slash, lambda d: d.isoformat()))
    page.text(40, 235, "FACTURE D'ABONNEMENT", 14, bold=True)
    rows = [f"N° : {_number(rng)}", f"Date d'émission : {spell(issue)}",
            f"Début du contrat : {spell(start)}",
            f"Mandat SEPA RUM {rng.randint(10**9, 10**10 - 1)} "
            f"signé le {spell(signed)}"]  # fmt: skip
    page.lines(40, 255, rows, 9, 12)
    form = rng.randrange(3)
    sentence = (f"Date de prélèvement : {spell(debit)}",
                f"Le montant sera prélevé le {spell(debit)} sur votre compte.",
                f"Prélevé le {spell(debit)}")[form]  # fmt: skip
    page.text(40, 700, sentence, 9)
    body(page, "fr", 330, rng)
    return Dated([page], issue, debit)


def patient_stay(rng: random.Random) -> Dated:
    """A clinic's or a hotel's bill: the patient's birth date, the stay's arrival and
    departure, the invoice date, `À payer au plus tard le …`."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    born = date(rng.randint(1935, 1990), rng.randint(1, 12), rng.randint(1, 28))
    arrival = issue - timedelta(days=rng.randint(5, 20))
    departure = arrival + timedelta(days=rng.randint(1, 4))
    due = issue + timedelta(days=rng.choice((15, 30)))
    page.text(40, 235, rng.choice(("FACTURE DE SÉJOUR", "FACTURE")), 14, bold=True)
    left = [f"Patient : Mme Lucie Vidal, née le {slash(born)}",
            f"Arrivée le {slash(arrival)} - Départ le {slash(departure)}",
            f"Séjour du {fr_long(arrival)} au {fr_long(departure)}"]  # fmt: skip
    page.lines(40, 255, left, 8.5, 12)
    page.lines(40, 300, [f"Facture n° {_number(rng)}", f"Date de facture : {slash(issue)}"], 9)
    if rng.random() < 0.5:
        page.text(40, 700, f"À payer au plus tard le {fr_long(due)}", 9, bold=True)
    else:
        page.text(40, 700, f"Date limite de paiement : {slash(due)}", 9, bold=True)
    body(page, "fr", 340, rng)
    return Dated([page], issue, due)


def intervention_lines(rng: random.Random) -> Dated:
    """Works invoice whose item lines start with the intervention dates, the invoice date in a
    right column, a previous payment's `Date de valeur`, the due date at a deadline label."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    due = issue + timedelta(days=30)
    page.text(40, 235, "FACTURE", 15, bold=True)
    page.right(550, 240, f"Date : {slash(issue)}", 9)
    page.right(550, 252, f"N° {_number(rng)}", 9)
    page.text(40, 270, "Date        Intervention                       Heures", 8, bold=True)
    for index in range(3):
        when = issue - timedelta(days=3 + 7 * index)
        page.text(40, 284 + 12 * index, f"{slash(when)}  Dépannage chaudière   {index + 1},5 h", 8)
    page.text(40, 330, f"Votre virement du {slash(issue - timedelta(days=40))} (date de valeur "
                       f"{slash(issue - timedelta(days=38))}) a réglé la facture précédente.",
              7.5)  # fmt: skip
    body(page, "fr", 350, rng)
    page.text(40, 700, f"Date limite de paiement : {rng.choice((slash, fr_long))(due)}", 9)
    return Dated([page], issue, due)


def instalments(rng: random.Random) -> Dated:
    """An instalment schedule: the first instalment is the due date (a flag may say so)."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    first = issue + timedelta(days=rng.randint(10, 20))
    first = first.replace(day=min(first.day, 28))
    page.text(40, 235, f"Facture {_number(rng)}", 14, bold=True)
    page.text(40, 255, f"Date de facture : {fr_long(issue)}", 9)
    body(page, "fr", 290, rng)
    page.text(40, 450, rng.choice(("Échéancier", "Vos échéances", "Plan de paiement")), 9,
              bold=True)  # fmt: skip
    for index in range(3):
        month = first.month + index
        when = first.replace(year=first.year + (month - 1) // 12, month=(month - 1) % 12 + 1)
        page.text(40, 464 + 12 * index, f"Échéance {index + 1}", 8.5)
        page.text(140, 464 + 12 * index, slash(when), 8.5)
        page.right(300, 464 + 12 * index, f"{rng.randint(100, 400)},00 €", 8.5)
    return Dated([page], issue, first)


def discount_and_weekday(rng: random.Random) -> Dated:
    """`Lyon, le mardi 3 mars 2026`, abbreviated months, an early-payment discount date that
    is not the due date, and the due date at `Échéance`."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    due = issue + timedelta(days=rng.choice((30, 45, 60)))
    early = issue + timedelta(days=rng.choice((8, 10)))
    page.text(40, 235, "FACTURE", 15, bold=True)
    page.right(550, 240, f"Lyon, le {fr_long(issue, weekday=True)}", 9)
    page.text(40, 260, f"N° {_number(rng)}", 9)
    page.text(40, 272, f"Échéance : {fr_abbr(due)}", 9)
    body(page, "fr", 300, rng)
    page.text(40, 700, f"Escompte de 2 % pour paiement avant le {fr_abbr(early)}. Pas d'escompte "
                       "au-delà.", 8)  # fmt: skip
    return Dated([page], issue, due)


def pending_table(rng: random.Random) -> Dated:
    """This invoice's dates in a right column, and a table of the client's invoices still open
    with their own dates and `Date d'échéance` (older ones first, this one last)."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    due = issue + timedelta(days=30)
    number = _number(rng)
    page.text(40, 235, "FACTURE", 15, bold=True)
    page.lines(360, 250, [f"N° facture : {number}", f"Date : {slash(issue)}",
                          f"Échéance : {slash(due)}"], 9)  # fmt: skip
    body(page, "fr", 300, rng)
    page.text(40, 440, "Récapitulatif de votre compte", 9, bold=True)
    heads = ("N° facture", "Date", "Date d'échéance", "Montant")
    for index, head in enumerate(heads):
        page.text(40 + 120 * index, 456, head, 8, bold=True)
    for row in range(3):
        older = issue - timedelta(days=30 * (3 - row))
        values = (f"FA-2026-{rng.randint(1, 999):04d}", slash(older),
                  slash(older + timedelta(days=30)), f"{rng.randint(50, 900)},00 €")  # fmt: skip
        for index, value in enumerate(values):
            page.text(40 + 120 * index, 470 + 12 * row, value, 8)
    return Dated([page], issue, due)


def uk_terms(rng: random.Random) -> Dated:
    """A UK invoice: `3rd March 2026`, tax point, delivery and order dates, `payable within 14
    days` or `Net 30` with or without the due date printed."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng, "uk", "en")
    days = rng.choice((14, 30))
    due = issue + timedelta(days=days)
    page.text(40, 235, "INVOICE", 15, bold=True)
    rows = [f"Invoice No: {_number(rng)}", f"Invoice Date: {en_ordinal(issue)}",
            f"Order Date: {slash(issue - timedelta(days=rng.randint(5, 25)))}",
            f"Delivery Date: {en_ordinal(issue - timedelta(days=rng.randint(1, 4)))}"]  # fmt: skip
    if rng.random() < 0.5:
        rows.append(f"Due Date: {en_ordinal(due)}")
    page.lines(40, 255, rows, 9)
    body(page, "en", 330, rng)
    terms = f"Payment terms: payable within {days} days of the invoice date" if rng.random(
    ) < 0.5 else f"Terms: Net {days}"  # fmt: skip
    page.text(40, 700, terms, 8.5)
    return Dated([page], issue, due)


def us_numeric_dates(rng: random.Random) -> Dated:
    """A US invoice: `March 3, 2026` or `03/04/2026` (month first), ship and P.O. dates, `Net
    30`, an early-payment discount date, the due date."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng, "us", "en")
    due = issue + timedelta(days=30)
    spell = rng.choice((us_long, us_numeric))
    page.text(40, 235, "INVOICE", 15, bold=True)
    rows = [f"Invoice #: {rng.randint(10000, 99999)}", f"Invoice Date: {spell(issue)}",
            f"P.O. Date: {spell(issue - timedelta(days=rng.randint(5, 25)))}",
            f"Ship Date: {spell(issue - timedelta(days=rng.randint(1, 3)))}", "Terms: Net 30",
            f"Due Date: {spell(due)}"]  # fmt: skip
    page.lines(360, 240, rows, 9)
    body(page, "en", 330, rng, "$")
    page.text(40, 700, f"2% discount if paid by {spell(issue + timedelta(days=10))}.", 8.5)
    return Dated([page], issue, due)


def belgian_two_digit(rng: random.Random) -> Dated:
    """A Belgian bilingual invoice: `dd-mm-yy`, `Datum / Date : 3 maart 2026`, delivery date,
    `Date d'échéance`, a structured communication."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng, "be")
    due = issue + timedelta(days=rng.choice((15, 30)))
    page.text(40, 235, "FACTURE / FACTUUR", 14, bold=True)
    if rng.random() < 0.5:
        rows = [f"Date facture : {dash2(issue)}", f"Date d'échéance : {dash2(due)}"]
    else:
        rows = [f"Datum / Date : {named(issue, NL_MONTHS)}",
                f"Vervaldatum / Échéance : {named(due, NL_MONTHS)}"]  # fmt: skip
    rows.insert(0, f"N° : {_number(rng)}")
    rows.append(f"Date de livraison : {dash2(issue - timedelta(days=rng.randint(1, 6)))}")
    page.lines(40, 255, rows, 9)
    body(page, "fr", 330, rng)
    code = f"{rng.randint(100, 999)}/{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}"
    page.text(40, 700, f"Communication structurée : +++{code}+++", 8.5)
    return Dated([page], issue, due)


def swiss_dots(rng: random.Random) -> Dated:
    """A Swiss invoice: `dd.mm.yyyy`, `Date de commande`, `Délai de paiement : 30 jours net`
    with or without `Payable jusqu'au`, a `Skonto` date, a QR-bill receipt's own date line."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng, "ch")
    due = issue + timedelta(days=30)
    page.text(40, 235, "Facture", 15, bold=True)
    rows = [f"Facture n° {_number(rng)}", f"Date : {dots(issue)}",
            f"Date de commande : {dots(issue - timedelta(days=rng.randint(4, 20)))}"]  # fmt: skip
    page.lines(40, 255, rows, 9)
    body(page, "fr", 310, rng, "CHF")
    terms = "Délai de paiement : 30 jours net"
    if rng.random() < 0.5:
        terms += f" - Payable jusqu'au {dots(due)}"
    page.text(40, 450, terms, 8.5)
    page.text(40, 462, f"Skonto 2 % bei Zahlung bis {dots(issue + timedelta(days=10))}", 8.5)
    page.text(40, 600, "Récépissé", 9, bold=True)
    page.text(40, 612, f"Point de dépôt - établi le {dots(issue + timedelta(days=1))}", 7)
    return Dated([page], issue, due)


def exporter_it_es(rng: random.Random) -> Dated:
    """An Italian or Spanish exporter invoicing in France: month names of its language, its
    labels with an English gloss, a delivery date, the due date at `Scadenza` /
    `Vencimiento`."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    due = issue + timedelta(days=rng.choice((30, 60)))
    if rng.random() < 0.5:
        page.text(40, 235, f"Fattura n. {_number(rng)} del {named(issue, IT_MONTHS)}", 13,
                  bold=True)  # fmt: skip
        rows = [f"Data fattura / Invoice date: {slash(issue)}",
                f"Data consegna / Delivery date: {slash(issue - timedelta(days=3))}",
                f"Scadenza / Due date: {named(due, IT_MONTHS)}"]  # fmt: skip
    else:
        page.text(40, 235, f"Factura n.º {_number(rng)}", 13, bold=True)
        rows = [f"Fecha de factura / Invoice date: {named(issue, ES_MONTHS, ' de ')}",
                f"Fecha de entrega / Delivery date: {slash(issue - timedelta(days=3))}",
                f"Vencimiento / Due date: {slash(due)}"]  # fmt: skip
    page.lines(40, 255, rows, 9)
    body(page, "en", 320, rng, "€")
    return Dated([page], issue, due)


def on_receipt(rng: random.Random) -> Dated:
    """A shop or hotel bill `payable à réception` / `comptant`: the due date is the issue date;
    a hotel's arrival and departure, the time printed, `Édité le` a day later."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    page.text(40, 235, f"Note n° {_number(rng)}", 14, bold=True)
    arrival = issue - timedelta(days=rng.randint(2, 5))
    page.lines(40, 255, [f"Date : {fr_abbr(issue)}",
                         f"Arrivée : {slash(arrival)}   Départ : {slash(issue)}",
                         f"Chambre {rng.randint(10, 99)}"], 9)  # fmt: skip
    body(page, "fr", 310, rng)
    page.text(40, 700, rng.choice(("Règlement : à réception de facture",
                                   "Conditions : comptant, sans escompte")), 8.5)  # fmt: skip
    page.text(40, 712, f"Édité le {slash(issue + timedelta(days=1))}", 7)
    return Dated([page], issue, issue)


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        title_line_period,
        label_grid,
        sepa_mandate,
        patient_stay,
        intervention_lines,
        instalments,
        discount_and_weekday,
        pending_table,
        uk_terms,
        us_numeric_dates,
        belgian_two_digit,
        swiss_dots,
        exporter_it_es,
        on_receipt,
    )
}


def generate(style: str, seed: int) -> Dated:
    return STYLES[style](random.Random(f"dates-{style}-{seed}"))


def write(folder: Path) -> dict[str, dict[str, str | None]]:
    folder.mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict[str, str | None]] = {}
    for style in STYLES:
        for seed in SEEDS:
            made = generate(style, seed)
            name = f"{style}-{seed}.pdf"
            (folder / name).write_bytes(render(Invoice(made.pages, None, None)))
            truth[name] = {"issue_date": made.issue.isoformat(),
                           "due_date": made.due.isoformat() if made.due else None}  # fmt: skip
    (folder / "truth.json").write_text(json.dumps(truth, indent=1))
    return truth


def score(folder: Path, truth: dict[str, dict[str, str | None]]) -> dict[str, object]:
    """Per date field the exact count and the misses; the records wrong in either with nothing
    said (`silent`), and the right ones held all the same (`held_right`)."""
    found = parse_files(folder, truth)
    result: dict[str, object] = {"total": len(truth), "silent": [], "held_right": []}
    for key in ("issue_date", "due_date"):
        wrong = []
        for name, want in truth.items():
            record = found.get(name, {})
            if record.get(key) != want[key]:
                wrong.append((name, want[key], record.get(key), record.get("problems")))
                if silent(record) and name not in result["silent"]:
                    result["silent"].append(name)
        result[key] = {"exact": len(truth) - len(wrong), "wrong": wrong}
    for name, want in truth.items():
        record = found.get(name, {})
        right = all(record.get(key) == want[key] for key in ("issue_date", "due_date"))
        if right and not silent(record):
            result["held_right"].append((name, record.get("problems")))
    return result


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
    for key in ("issue_date", "due_date"):
        for name, want, got, problems in result[key]["wrong"]:
            print(f"{key} {name}: want {want} got {got} {problems}")
    for name, problems in result["held_right"]:
        print(f"held, dates right: {name} {problems}")
    for key in ("issue_date", "due_date"):
        exact = result[key]["exact"]
        print(f"{key}: exact {exact}/{total} = {exact / total:.1%}")
    print(f"wrong records with no problem and confidence >= 0.5: {len(result['silent'])}")
    print(f"records with both dates right, held all the same: {len(result['held_right'])}")


if __name__ == "__main__":
    main()
