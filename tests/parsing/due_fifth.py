"""Due dates a reader may compute or pick wrong, drawn before reading the parser (issue 12,
second pass on due dates).

A blind set read the due date wrong on 10 records with an empty `problems` list. These styles
print the due date the ways a reader gets wrong: terms counted from the issue date or from the
month's end (`30 jours fin de mois`, `fin de mois + 30 jours`, `le 10 du mois suivant`, `Net
30 EOM`, `60 jours date de facture`), `within 14 days of invoice date` against `of receipt`,
terms and a printed date that disagree, English terms on a French page, a due date only in a
sentence (`Nous prélèverons cette somme le …`), weekdays, `12th January 2027`, `16 Aug 2026`,
two-digit years, a due date only on the payment slip, an instalment table whose first line is
already paid, a direct-debit date before the issue date, a `Date de valeur` and a `Date
d'envoi` beside the due label.

Truth follows docs/parsing.md: a due date printed is the due date; terms alone are computed
from the issue date (`N jours fin de mois`: N days on, then that month's end; `… le 10`: the
10th after it; `fin de mois + N jours` / `Net N EOM`: the issue month's end, then N days;
`le 10 du mois suivant`: the 10th of the next month; `à réception`: the issue date); an
instalment schedule's due date is its first instalment *still to pay*. Where the page does not
tell (terms counted `from receipt`, whose day is not printed) the truth is no date: any date
read there with nothing said is a silent miss. `doubt` marks the records a careful reader
should flag even when the date it reads is the truth's (terms and a printed date that
disagree; a direct-debit date before the issue date): a right date unflagged there is counted
apart (`unflagged doubts`), not as a miss.

    python -m tests.parsing.due_fifth /tmp/due5          # write the PDFs and truth.json
    python -m tests.parsing.due_fifth /tmp/due5 --score  # and score `relance parse --json`

Nothing generated is kept in git.

Measured once on 2026-11-27 08:08 UTC (10 styles x 8 seeds = 80 invoices), branch ``i15-due`` at
main 8c5c924 + this generator, before reading ``parsing/``:

- before: due date exact 60/80 = 75.0 %; wrong with no problem and confidence >= 0.5: 13 —
  `Net 30 EOM` read as 30 days from the issue date 5, `fin de mois + 30 jours` read as 30 days
  from the issue date 2, a `30/60 days end of month` table's second date taken (the terms read
  as `60 jours fin de mois`) 5, `within 14 days of receipt` computed from the issue date 1. The
  7 other misses flagged: a paid deposit's date taken as the first instalment 3 (`due date
  before issue date`), a due date in a sentence with its weekday not found 4.
- doubts read right with nothing said: 0; due right but held all the same: 22 (`invoice_number
  not found` on the grid's `N° / Nr` 8: outside dates; the past debit and the disagreeing
  terms: the flags wanted).
- after the fixes (terms from the month's end and from the receipt, instalment terms, a weekday
  before a sentence's date, a schedule's settled line; the two readings of `N jours fin de
  mois`), branch ``i15-due``: due date exact 80/80 = 100 %; wrong with no problem 0; doubts
  read right with nothing said 0; right but held 34 (the 22 above; 5 `30/60` tables and 1
  `from receipt`, the flags wanted; 3 paid-deposit schedules, `several due dates printed`;
  3 `N jours fin de mois` whose readings are far apart, 2 of 45 days and 1 of 30 days issued
  at a month's end: the convention's doubt). Not blind: fixed knowing the misses.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tests.parsing.contacts import Invoice, Page, body, render
from tests.parsing.dates_pages import (
    FR_MONTHS,
    NL_MONTHS,
    _number,
    _top,
    dash2,
    en_ordinal,
    end_of_month_terms,
    fr_long,
    month_end,
    named,
    pick_issue,
    slash,
)
from tests.parsing.relance_json import parse_files, silent

SEEDS = range(8)


@dataclass
class Due:
    """A page, its issue date, the due date a careful reader gives (None: not told) and whether
    it should say a doubt all the same."""

    pages: list[Page]
    issue: date
    due: date | None
    doubt: bool = False


Style = Callable[[random.Random], Due]


def _next_month_day(d: date, day: int) -> date:
    first = month_end(d) + timedelta(days=1)
    return first.replace(day=day)


def en_short(d: date) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}"


def _head(page: Page, rng: random.Random, issue: date, spelled: Callable[[date], str]) -> None:
    page.text(40, 235, "FACTURE", 15, bold=True)
    page.lines(360, 240, [f"N° : {_number(rng)}", f"Date : {spelled(issue)}"], 9)


# --- styles ---------------------------------------------------------------------------------


def month_end_terms(rng: random.Random) -> Due:
    """French terms alone, counted from the issue date or from the month's end."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    _head(page, rng, issue, slash)
    body(page, "fr", 300, rng)
    kind = rng.randrange(6)
    if kind == 0:
        text, due = "30 jours fin de mois", end_of_month_terms(issue, 30)
    elif kind == 1:
        text, due = "45 jours fin de mois", end_of_month_terms(issue, 45)
    elif kind == 2:
        text, due = "fin de mois + 30 jours", month_end(issue) + timedelta(days=30)
    elif kind == 3:
        text, due = "30 jours fin de mois le 10", end_of_month_terms(issue, 30, 10)
    elif kind == 4:
        text, due = "le 10 du mois suivant", _next_month_day(issue, 10)
    else:
        text, due = "60 jours date de facture", issue + timedelta(days=60)
    label = rng.choice(("Conditions de règlement", "Modalités de paiement", "Paiement"))
    page.text(40, 690, f"{label} : {text}", 8.5)
    page.text(40, 702, "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité "
                       "forfaitaire pour frais de recouvrement : 40 €.", 7)  # fmt: skip
    return Due([page], issue, due)


def english_terms(rng: random.Random) -> Due:
    """Irish / UK / US terms: `Net 30 EOM`, `within 14 days of invoice date` or `of receipt`,
    `Due Date 16 Aug 2026`, `Balance payable by 12th January 2027`."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng, "uk", "en")
    page.text(40, 235, "INVOICE", 15, bold=True)
    page.lines(360, 240, [f"Invoice No: {_number(rng)}", f"Date: {en_short(issue)}"], 9)
    body(page, "en", 300, rng)
    kind = rng.randrange(5)
    if kind == 0:
        due = month_end(issue) + timedelta(days=30)
        page.text(40, 690, "Terms: Net 30 EOM", 8.5)
    elif kind == 1:
        due = issue + timedelta(days=14)
        page.text(40, 690, "Payment is due within 14 days of the invoice date.", 8.5)
    elif kind == 2:
        due = None
        page.text(40, 690, "Payment is due within 14 days of receipt of this invoice.", 8.5)
    elif kind == 3:
        due = issue + timedelta(days=rng.choice((21, 30)))
        page.lines(360, 264, [f"Due Date {en_short(due)}"], 9)
    else:
        due = issue + timedelta(days=rng.randint(40, 70))
        page.text(40, 690, f"A deposit of 25% has been received with thanks. Balance payable by "
                           f"{en_ordinal(due)}.", 8.5)  # fmt: skip
    return Due([page], issue, due, doubt=due is None)


def terms_and_date(rng: random.Random) -> Due:
    """Terms and a printed due date, agreeing or not (too early, or far later than the terms)."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    days = rng.choice((30, 45))
    given = issue + timedelta(days=days)
    kind = rng.randrange(3)
    due = given if kind == 0 else given - timedelta(days=15) if kind == 1 else given + timedelta(
        days=150)  # fmt: skip
    _head(page, rng, issue, fr_long)
    page.text(360, 264, f"Échéance : {fr_long(due)}", 9)
    body(page, "fr", 300, rng)
    page.text(40, 690, f"Conditions de paiement : {days} jours net date de facture", 8.5)
    return Due([page], issue, due, doubt=kind != 0)


def sentence_only(rng: random.Random) -> Due:
    """The due date only in a sentence, often with its weekday."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    _head(page, rng, issue, fr_long)
    body(page, "fr", 300, rng)
    due = issue + timedelta(days=rng.randint(8, 25))
    weekday = rng.random() < 0.6
    sentence = rng.choice((
        f"Nous prélèverons cette somme le {fr_long(due, weekday)} sur votre compte.",
        f"Cette somme sera prélevée sur votre compte bancaire le {fr_long(due, weekday)}.",
        f"Merci de nous faire parvenir votre règlement au plus tard le {fr_long(due, weekday)}.",
    ))  # fmt: skip
    page.text(40, 430, sentence, 9)
    page.text(40, 444, "Nous vous remercions de votre confiance.", 9)
    return Due([page], issue, due)


def slip_only(rng: random.Random) -> Due:
    """A payment slip under a cut line carries the only due date (two-digit year); the page
    above prints a `Date d'envoi`."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    _head(page, rng, issue, slash)
    page.text(360, 264, f"Date d'envoi : {slash(issue + timedelta(days=rng.randint(1, 3)))}", 9)
    body(page, "fr", 300, rng)
    due = issue + timedelta(days=rng.choice((15, 20, 30)))
    page.text(40, 640, "- " * 45, 7)
    page.text(40, 652, "TALON À JOINDRE À VOTRE RÈGLEMENT", 9, bold=True)
    page.text(40, 666, f"Référence : {_number(rng)}", 8.5)
    page.text(40, 678, f"{rng.choice(('Date limite', 'À payer avant le', 'Échéance'))} : "
                       f"{dash2(due) if rng.random() < 0.5 else due.strftime('%d/%m/%y')}",
              8.5)  # fmt: skip
    page.text(300, 678, f"Montant : {rng.randint(100, 900)},00 €", 8.5)
    return Due([page], issue, due)


def paid_first_instalment(rng: random.Random) -> Due:
    """An instalment table whose first line is a deposit already paid; or a `30/60 days end of
    month` table (first rate due at the first month's end)."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    _head(page, rng, issue, slash)
    body(page, "fr", 290, rng)
    if rng.random() < 0.5:
        paid = issue - timedelta(days=rng.randint(10, 30))
        second = issue + timedelta(days=rng.randint(15, 25))
        third = second + timedelta(days=30)
        page.text(40, 440, "Échéancier", 9, bold=True)
        rows = ((f"Acompte versé le {slash(paid)}", "300,00 €", "payé"),
                (f"2e échéance {slash(second)}", "400,00 €", "à régler"),
                (f"3e échéance {slash(third)}", "400,00 €", "à régler"))  # fmt: skip
        for index, (what, amount, state) in enumerate(rows):
            page.text(40, 456 + 12 * index, what, 8.5)
            page.right(340, 456 + 12 * index, amount, 8.5)
            page.text(360, 456 + 12 * index, state, 8.5)
        return Due([page], issue, second)
    first = end_of_month_terms(issue, 30)
    second = end_of_month_terms(issue, 60)
    page.text(40, 440, "Condizioni / Terms : 30/60 days end of month", 9, bold=True)
    for index, when in enumerate((first, second)):
        page.text(40, 456 + 12 * index, f"{index + 1}ª rata / instalment {index + 1}", 8.5)
        page.text(200, 456 + 12 * index, slash(when), 8.5)
        page.right(340, 456 + 12 * index, f"{rng.randint(200, 900)},00 €", 8.5)
    return Due([page], issue, first)


def past_debit(rng: random.Random) -> Due:
    """A direct-debit date before the issue date (a typo, or a sum already taken): the page
    does not say when it is due."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    _head(page, rng, issue, slash)
    body(page, "fr", 300, rng)
    debit = issue - timedelta(days=rng.randint(20, 40))
    page.text(40, 430, rng.choice((f"Montant prélevé le {slash(debit)}",
                                   f"Date de prélèvement : {slash(debit)}")), 9)  # fmt: skip
    page.text(40, 444, "Mandat SEPA n° RUM-" + str(rng.randint(10000, 99999)), 8)
    return Due([page], issue, debit, doubt=True)


def dates_near_due(rng: random.Random) -> Due:
    """A label-over-value grid: `Date d'envoi`, `Échéance` (or the Brussels bilingual
    `Échéance / Vervaldag`), `Date de valeur`."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng, "be" if rng.random() < 0.5 else "fr")
    page.text(40, 235, "FACTURE / FACTUUR", 15, bold=True)
    due = issue + timedelta(days=rng.choice((15, 30)))
    sent = issue + timedelta(days=1)
    value = due + timedelta(days=rng.randint(1, 3))
    bilingual = rng.random() < 0.5
    heads = ("N° / Nr", "Date / Datum", "Date d'envoi",
             "Échéance / Vervaldag" if bilingual else "Échéance", "Date de valeur")  # fmt: skip
    cells = (_number(rng), slash(issue), slash(sent),
             named(due, NL_MONTHS) if bilingual and rng.random() < 0.5 else slash(due),
             slash(value))  # fmt: skip
    order = [0, 1, 2, 3, 4] if rng.random() < 0.5 else [0, 1, 4, 3, 2]
    for column, index in enumerate(order):
        page.text(40 + 105 * column, 262, heads[index], 8, bold=True)
        page.text(40 + 105 * column, 274, cells[index], 8.5)
    body(page, "fr", 310, rng)
    return Due([page], issue, due)


def english_on_french(rng: random.Random) -> Due:
    """A French invoice whose terms are in English: `Payment terms: 30 days net`, `Net 45`,
    `Due on receipt`."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    _head(page, rng, issue, lambda d: named(d, FR_MONTHS))
    body(page, "fr", 300, rng)
    kind = rng.randrange(3)
    if kind == 0:
        text, due = "Payment terms: 30 days net", issue + timedelta(days=30)
    elif kind == 1:
        text, due = "Terms: Net 45", issue + timedelta(days=45)
    else:
        text, due = "Payment terms: due on receipt", issue
    page.text(40, 690, text, 8.5)
    return Due([page], issue, due)


def balance_and_receipt(rng: random.Random) -> Due:
    """Removals and gardening: `Solde payable au plus tard le …` beside the move's date and a
    deposit's; `Règlement à réception de facture` beside an intervention date."""
    page, issue = Page(), pick_issue(rng)
    _top(page, rng)
    _head(page, rng, issue, slash)
    if rng.random() < 0.5:
        move = issue - timedelta(days=rng.randint(2, 6))
        due = issue + timedelta(days=rng.randint(10, 20))
        page.text(40, 264, f"Déménagement du {fr_long(move)}", 9)
        body(page, "fr", 300, rng)
        page.text(40, 430, f"Acompte de 30 % versé à la commande le "
                           f"{slash(move - timedelta(days=40))}", 9)  # fmt: skip
        page.text(40, 444, f"Solde payable au plus tard le {fr_long(due, rng.random() < 0.5)}", 9)
        return Due([page], issue, due)
    page.text(40, 264, f"Intervention du {slash(issue - timedelta(days=rng.randint(1, 5)))}", 9)
    body(page, "fr", 300, rng)
    page.text(40, 690, "Règlement à réception de facture", 8.5)
    return Due([page], issue, issue)


STYLES: dict[str, Style] = {
    style.__name__: style
    for style in (
        month_end_terms,
        english_terms,
        terms_and_date,
        sentence_only,
        slip_only,
        paid_first_instalment,
        past_debit,
        dates_near_due,
        english_on_french,
        balance_and_receipt,
    )
}


def generate(style: str, seed: int) -> Due:
    return STYLES[style](random.Random(f"due5-{style}-{seed}"))


def write(folder: Path) -> dict[str, dict[str, object]]:
    folder.mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict[str, object]] = {}
    for style in STYLES:
        for seed in SEEDS:
            made = generate(style, seed)
            name = f"{style}-{seed}.pdf"
            (folder / name).write_bytes(render(Invoice(made.pages, None, None)))
            truth[name] = {"issue_date": made.issue.isoformat(),
                           "due_date": made.due.isoformat() if made.due else None,
                           "doubt": made.doubt}  # fmt: skip
    (folder / "truth.json").write_text(json.dumps(truth, indent=1))
    return truth


def score(folder: Path, truth: dict[str, dict[str, object]]) -> dict[str, list]:
    """The due-date misses, the silent ones, the doubts read right with nothing said, and the
    records read right but held."""
    found = parse_files(folder, truth)
    result: dict[str, list] = {"wrong": [], "silent": [], "unflagged_doubts": [], "held_right": []}
    for name, want in truth.items():
        record = found.get(name, {})
        got = record.get("due_date")
        if got != want["due_date"]:
            result["wrong"].append((name, want["due_date"], got, record.get("problems")))
            if silent(record):
                result["silent"].append(name)
        elif want["doubt"] and silent(record):
            result["unflagged_doubts"].append(name)
        elif not silent(record):
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
    total = len(truth)
    for name, want, got, problems in result["wrong"]:
        mark = "SILENT " if name in result["silent"] else ""
        print(f"{mark}due_date {name}: want {want} got {got} {problems}")
    for name, problems in result["held_right"]:
        print(f"held, due right: {name} {problems}")
    print(f"unflagged doubts: {result['unflagged_doubts']}")
    exact = total - len(result["wrong"])
    print(f"due_date: exact {exact}/{total} = {exact / total:.1%}")
    print(f"due date wrong with no problem and confidence >= 0.5: {len(result['silent'])}")
    print(f"doubts read right with nothing said: {len(result['unflagged_doubts'])}")
    print(f"due right but held all the same: {len(result['held_right'])}")


if __name__ == "__main__":
    main()
