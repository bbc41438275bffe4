"""The due date, one small synthetic page per family (tests/parsing/pages): direct-debit dates
in sentences, labels, discount dates and other dates beside it, instalment schedules, rival due
dates, terms alone, and none at all. Measured on the styles of tests/parsing/due_dates.py."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.pages import Sheet, parse

ISSUED = ("Date", "03/11/2026")
NUMBER = ("Facture N°", "F-2026-118")
DUE = date(2026, 12, 15)
SKONTO = "Bei Zahlung bis 13.11.2026 gewähren wir 2 % Skonto."


@pytest.mark.parametrize(
    "note",
    [
        "Votre prélèvement interviendra le 15/12/2026.",
        "Le montant de 120,00 € sera prélevé le 15 décembre 2026.",
        "Montant prélevé le 15/12/2026 : 120,00 €",
        "1er prélèvement le 15/12/2026 sur votre compte.",
        "This amount will be collected by Direct Debit on or after 15 December 2026.",
        "Direct Debit on 15/12/2026",
        "SEPA-Lastschrift am 15.12.2026",
        "Der Betrag wird am 15.12.2026 per SEPA-Lastschrift eingezogen.",
    ],
)
def test_a_direct_debit_date_in_a_sentence_is_the_due_date(note):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), notes=("Mode de paiement : prélèvement", note)))
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 11, 3), DUE)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Date échéance", "15/12/2026"),
        ("Date limite de règlement", "15-12-2026"),
        ("À régler au plus tard le", "15 décembre 2026"),
        ("Payable jusqu'au", "15.12.2026"),
        ("Payable avant le", "2026-12-15"),
        ("Pay by", "15 Dec 2026"),
        ("Due by", "15/12/26"),
        ("Vervaldatum", "15/12/2026"),
    ],
)
def test_a_due_label_gives_the_date_beside_it(label, value):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, (label, value))))
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 11, 3), DUE)


@pytest.mark.parametrize(
    "notes",
    [
        ("Zahlbar innerhalb von 42 Tagen bis 15.12.2026.",),
        (SKONTO, "Zahlbar bis 15.12.2026 ohne Abzug."),
        ("Zahlbar bis 15.12.2026 ohne Abzug.", SKONTO),
        ("A 2.5% early payment discount applies if paid by 13/11/2026.",
         "Please pay by 15/12/2026."),
        ("Escompte 1,5 % si paiement avant le 13/11/2026.",
         "Merci de régler cette facture avant le 15/12/2026."),
        ("Payment is due on 15 December 2026.",),
        ("This invoice is due for payment on 15/12/2026.",),
        ("Cette facture est payable au 15/12/2026.",),
        ("Règlement attendu le 15/12/2026.",),
        ("Merci d'effectuer votre règlement pour le 15/12/2026.",),
        ("Bitte überweisen Sie den Betrag bis zum 15.12.2026.",),
    ],
)  # fmt: skip
def test_a_payment_sentence_gives_the_due_date_and_a_discount_sentence_does_not(notes):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), notes=notes))
    assert invoice.due_date == DUE
    assert not any("due" in problem for problem in invoice.problems)


@pytest.mark.parametrize(
    "other",
    [
        ("Livré le", "28/10/2026"),
        ("Date du devis", "01/10/2026"),
        ("Date commande", "20/10/2026"),
        ("Date d'envoi", "04/11/2026"),
        ("Date d'escompte", "13/11/2026"),
        ("Date de relevé", "31/10/2026"),
    ],
)
def test_other_dates_in_the_header_are_neither_the_issue_date_nor_the_due_date(other):
    meta = (NUMBER, other, ISSUED, ("Conditions de paiement", "42 jours"))
    invoice = parse(Sheet(meta=meta))
    assert (invoice.issue_date, invoice.due_date, invoice.due_rule) == (
        date(2026, 11, 3), DUE, "42 jours",
    )  # fmt: skip


def test_a_debit_date_after_a_noun_is_not_a_place_and_date_line():
    meta = (NUMBER, ("Datum", "03.11.2026"))
    invoice = parse(Sheet(meta=meta, notes=("SEPA-Lastschrift am 15.12.2026",)))
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 11, 3), DUE)


def _schedule(heading: str, head: tuple[str, str, str], days: list[str]):
    def draw(pen):
        pen.text(40, 560, heading, 10, bold=True)
        for x, text in zip((40, 150, 300), head, strict=True):
            pen.text(x, 575, text, 8, bold=True)
        for row, day in enumerate(days):
            pen.text(40, 588 + row * 11, f"{row + 1}/{len(days)}", 8)
            pen.text(150, 588 + row * 11, day, 8)
            pen.right(330, 588 + row * 11, "40,00 €", 8)

    return draw


@pytest.mark.parametrize(
    "schedule",
    [
        _schedule("Échéancier de paiement", ("Échéance", "Date", "Montant"),
                  ["15/12/2026", "15/01/2027", "15/02/2027"]),
        _schedule("Vos échéances", ("N°", "Date", "Montant"),
                  [f"15/{(11 + i) % 12 + 1:02d}/{2026 + (11 + i) // 12}" for i in range(10)]),
        _schedule("Payment schedule", ("Instalment", "Due", "Amount"),
                  ["15 Dec 2026", "15 Jan 2027", "15 Feb 2027"]),
    ],
)  # fmt: skip
def test_an_instalment_schedule_gives_its_first_date_and_says_so(schedule):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), extra=(schedule,)))
    assert invoice.due_date == DUE
    assert any("several due dates printed" in problem for problem in invoice.problems)


def test_a_first_debit_then_every_month_gives_the_first_date_and_says_so():
    note = "Paiement en 3 fois : 1er prélèvement le 15/12/2026, puis le 15 de chaque mois."
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), notes=(note,)))
    assert invoice.due_date == DUE
    assert "due_date: the first of monthly instalments taken" in invoice.problems


def test_a_next_debit_is_no_rival_to_this_one():
    meta = (NUMBER, ISSUED, ("Date de prélèvement", "15/12/2026"))
    invoice = parse(
        Sheet(meta=meta, notes=("Votre prochain prélèvement aura lieu le 15/01/2027.",))
    )
    assert (invoice.due_date, invoice.problems) == (DUE, ())


def test_terms_that_give_the_due_date_printed_are_no_doubt():
    meta = (
        NUMBER,
        ISSUED,
        ("Échéance", "10/01/2027"),
        ("Conditions", "30 jours fin de mois le 10"),
    )
    invoice = parse(Sheet(meta=meta))
    assert (invoice.due_date, invoice.problems) == (date(2027, 1, 10), ())


def test_a_sentence_naming_another_due_date_than_the_label_is_a_doubt():
    meta = (NUMBER, ISSUED, ("Échéance", "15/12/2026"))
    invoice = parse(Sheet(meta=meta, notes=("Merci de régler cette facture avant le 20/12/2026.",)))
    assert invoice.due_date == DUE
    assert "due_date: 2026-12-15 or 2026-12-20 (two dates named as due)" in invoice.problems


@pytest.mark.parametrize(
    ("terms", "due", "rule"),
    [
        ("45 jours fin de mois", date(2026, 12, 31), "45 jours fin de mois"),
        ("à réception", date(2026, 11, 3), "à réception"),
        ("Net 30", date(2026, 12, 3), "30 jours"),
        ("45 days end of month", date(2026, 12, 31), "45 jours fin de mois"),
        ("30 jours fin de mois le 10", date(2027, 1, 10), "30 jours fin de mois le 10"),
        ("Net30", date(2026, 12, 3), "30 jours"),
    ],
)
def test_terms_alone_give_the_due_date_from_the_issue_date(terms, due, rule):
    invoice = parse(Sheet(meta=(NUMBER, ("Livré le", "28/10/2026"), ISSUED, ("Règlement", terms))))
    assert (invoice.due_date, invoice.due_rule) == (due, rule)


def test_no_due_date_and_no_terms_is_named():
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, ("Date de livraison", "28/10/2026"))))
    assert invoice.due_date is None
    assert "due_date not found" in invoice.problems


@pytest.mark.parametrize(
    "note",
    [
        "Paiement reçu le 04-10-2026 : merci.",
        "Paiement reçu le 15 octobre 2026 : merci.",
        "Votre facture précédente a été réglée le 15 octobre 2026.",
    ],
)
def test_the_date_a_previous_invoice_was_paid_is_neither_due_nor_a_deduction(note):
    invoice = parse(Sheet(meta=(NUMBER, ISSUED, ("Échéance", "15/12/2026")), notes=(note,)))
    assert (invoice.due_date, str(invoice.total_due), invoice.problems) == (DUE, "120.00", ())
