"""Issue and due dates on pages printing many dates (issue 12, the dates round; the set is
tests/parsing/dates_pages.py): every date read right, or the doubt named so that a person looks.
Families: other languages' months and labels, an account summary's due dates, no label naming
the invoice's date, a period's first day, two labels disagreeing, an issue date after the day
the document came in or years before it, a day and a month that could swap."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import ParseOptions
from parsing.layout.dates import find_dates
from tests.parsing import dates_pages
from tests.parsing.pages import Sheet, parse

NUMBER = ("Facture N°", "F-2026-118")
OPTIONS = ParseOptions(use_xml=False, ocr=False)


def doubts(invoice, field: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [problem for problem in invoice.problems if problem.startswith(f"{field}:")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Datum / Date : 3 maart 2026", date(2026, 3, 3)),
        ("Vervaldatum : 12 augustus 2026", date(2026, 8, 12)),
        ("Fattura n. 7 del 2 aprile 2026", date(2026, 4, 2)),
        ("Fecha: 3 de marzo de 2026", date(2026, 3, 3)),
        ("Data: 4 de março de 2026", date(2026, 3, 4)),
        ("Scadenza: 30 settembre 2026", date(2026, 9, 30)),
    ],
)
def test_dutch_italian_spanish_and_portuguese_months_are_dates(text, day):
    assert [found for _, found in find_dates(text)] == [day]


@pytest.mark.parametrize(
    ("meta", "issued", "due"),
    [
        ((("Data fattura / Invoice date", "03/11/2026"),
          ("Scadenza / Due date", "3 dicembre 2026")), date(2026, 11, 3), date(2026, 12, 3)),
        ((("Fecha de factura / Invoice date", "3 de noviembre de 2026"),
          ("Vencimiento / Due date", "03/12/2026")), date(2026, 11, 3), date(2026, 12, 3)),
        ((("Factuurdatum", "03-11-2026"), ("Vervaldatum / Échéance", "3 december 2026")),
         date(2026, 11, 3), date(2026, 12, 3)),
    ],
)  # fmt: skip
def test_an_exporters_own_labels_beside_their_english_gloss_give_the_dates(meta, issued, due):
    invoice = parse(Sheet(meta=(NUMBER, *meta)), OPTIONS)
    assert (invoice.issue_date, invoice.due_date, invoice.problems) == (issued, due, ())


def test_an_account_summarys_due_dates_are_other_invoices_not_this_ones():
    def summary(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 560, "Récapitulatif de votre compte", 8, bold=True)
        for index, head in enumerate(("N° facture", "Date", "Date d'échéance", "Montant")):
            pen.text(40 + 120 * index, 575, head, 8, bold=True)
        for row, (number, issued, due) in enumerate(
            (
                ("F-2026-071", "03/08/2026", "02/09/2026"),
                ("F-2026-094", "02/09/2026", "02/10/2026"),
                ("F-2026-118", "03/11/2026", "03/12/2026"),
            )
        ):
            for index, value in enumerate((number, issued, due, "120,00 €")):
                pen.text(40 + 120 * index, 589 + 12 * row, value, 8)

    invoice = parse(Sheet(extra=(summary,)), OPTIONS)
    assert (invoice.due_date, invoice.problems) == (date(2026, 12, 3), ())


def test_a_plain_date_label_beside_another_plain_one_dating_the_page_otherwise_is_a_doubt():
    def printed(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(400, 40, "Date : 05/11/2026", 8)

    invoice = parse(Sheet(extra=(printed,)), OPTIONS)
    other = ({date(2026, 11, 3), date(2026, 11, 5)} - {invoice.issue_date}).pop()
    assert doubts(invoice, "issue_date") == [
        f"issue_date: {invoice.issue_date} or {other} (no label names the invoice's date)"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Commande n° C-474 du 26/10/2026",
        "Date de prélèvement : 15/12/2026",
        "Date d'intervention : 28/10/2026",
        "Patient : Mme Lucie Vidal, née le 04/05/1950",
    ],
)
def test_a_date_of_something_else_is_no_rival_to_a_plain_date_label(line):
    invoice = parse(Sheet(notes=(line,)), OPTIONS)
    assert (invoice.issue_date, doubts(invoice, "issue_date")) == (date(2026, 11, 3), [])


def test_a_specific_label_settles_the_issue_date_whatever_plain_labels_say():
    meta = (NUMBER, ("Date de facture", "03/11/2026"), ("Échéance", "03/12/2026"))
    invoice = parse(Sheet(meta=meta, notes=("Date : 05/11/2026",)), OPTIONS)
    assert (invoice.issue_date, invoice.problems) == (date(2026, 11, 3), ())


def test_two_labels_naming_the_invoices_date_that_disagree_are_a_doubt():
    meta = (NUMBER, ("Date de facture", "03/11/2026"), ("Échéance", "03/12/2026"))
    invoice = parse(Sheet(meta=meta, notes=("Date d'émission : 04/11/2026",)), OPTIONS)
    assert doubts(invoice, "issue_date") == [
        "issue_date: 2026-11-03 or 2026-11-04 (two labels name the invoice's date)"
    ]


def test_a_title_date_that_opens_a_period_is_a_doubt():
    sheet = Sheet(
        title="Facture n° F-2026-118 du 01/11/2026 au 30/11/2026",
        meta=(("Échéance", "31/12/2026"),),
    )
    invoice = parse(sheet, OPTIONS)
    assert invoice.issue_date == date(2026, 11, 1)
    assert doubts(invoice, "issue_date") == [
        "issue_date: 2026-11-01 opens a period (to 2026-11-30), no label names the invoice's date"
    ]


@pytest.mark.parametrize(
    ("received", "problem"),
    [
        (date(2026, 11, 4), None),
        (date(2026, 11, 2), None),  # a day's grace: time zones
        (date(2026, 10, 20),
         "issue_date: 2026-11-03 is after the day the document was received (2026-10-20)"),
        (date(2029, 1, 10),
         "issue_date: 2026-11-03 is more than two years before the document was received "
         "(2029-01-10)"),
    ],
)  # fmt: skip
def test_an_issue_date_after_the_day_received_or_years_before_it_is_a_doubt(received, problem):
    invoice = parse(Sheet(), ParseOptions(use_xml=False, ocr=False, received=received))
    assert doubts(invoice, "issue_date") == ([problem] if problem else [])


def test_without_the_day_received_the_issue_date_is_not_held_against_it():
    assert parse(Sheet(), OPTIONS).problems == ()


DOLLARS = (("Total HT", "$100.00"), ("TVA 20 %", "$20.00"), ("Total TTC", "$120.00"),
           ("Net à payer", "$120.00"))  # fmt: skip
IN_DOLLARS = Sheet(
    totals=DOLLARS, item=("Intervention", "$100.00"), footer="SIRET 123 456 789 00012"
)


def test_a_french_page_in_dollars_whose_dates_could_swap_day_and_month_is_a_doubt():
    meta = (NUMBER, ("Date", "03/04/2026"), ("Échéance", "03/05/2026"))
    invoice = parse(IN_DOLLARS.but(meta=meta), OPTIONS)
    assert doubts(invoice, "issue_date") + doubts(invoice, "due_date") == [
        f"issue_date: 03/04/2026 read as {invoice.issue_date}, or "
        f"{invoice.issue_date.replace(day=invoice.issue_date.month, month=invoice.issue_date.day)}"
        " (the page does not tell the day from the month)",
        f"due_date: 03/05/2026 read as {invoice.due_date}, or "
        f"{invoice.due_date.replace(day=invoice.due_date.month, month=invoice.due_date.day)}"
        " (the page does not tell the day from the month)",
    ]


@pytest.mark.parametrize(
    ("meta", "totals"),
    [
        ((NUMBER, ("Date", "03/04/2026"), ("Échéance", "03/05/2026")), None),
        ((NUMBER, ("Date", "03/04/2026"), ("Échéance", "18/05/2026")), DOLLARS),
        ((NUMBER, ("Date", "3 avril 2026"), ("Échéance", "3 mai 2026")), DOLLARS),
    ],
)
def test_a_day_and_month_the_page_tells_are_no_doubt(meta, totals):
    sheet = IN_DOLLARS.but(meta=meta) if totals else Sheet(meta=meta)
    invoice = parse(sheet, OPTIONS)
    assert doubts(invoice, "issue_date") + doubts(invoice, "due_date") == []


def test_every_date_of_the_many_dates_set_is_read_right_or_its_record_held(tmp_path):
    truth = dates_pages.write(tmp_path)
    result = dates_pages.score(tmp_path, truth)
    assert result["silent"] == []
    assert result["issue_date"]["exact"] >= 0.98 * len(truth)
    assert result["due_date"]["exact"] >= 0.98 * len(truth)


def test_a_us_page_without_a_dollar_sign_reads_month_first_by_its_usd_and_address():
    sheet = Sheet(
        title="INVOICE",
        seller=("Pine Street Supply LLC", "1200 Pine Street", "Portland, OR 97205"),
        debtor=("Blue Heron Cafe", "45 Oak Avenue", "Seattle, WA 98101"),
        meta=(("Invoice No", "541206"), ("Date", "11/03/2026"), ("Due date", "12/03/2026")),
        totals=(("Subtotal", "2,421.10"), ("Sales Tax (8%)", "193.69"),
                ("Balance Due (USD)", "2,614.79")),
        item=("Labour", "2,421.10"), footer="EIN 12-3456789",
    )  # fmt: skip
    invoice = parse(sheet, OPTIONS)
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 11, 3), date(2026, 12, 3))
    assert doubts(invoice, "issue_date") + doubts(invoice, "due_date") == []


def test_a_period_starting_on_the_day_a_date_label_gives_is_no_doubt():
    meta = (NUMBER, ("Date", "1er mai 2026"), ("Échéance de la facture", "31 mai 2026"))
    invoice = parse(Sheet(meta=meta, notes=("Période : du 1er mai 2026 au 31 mai 2026",)), OPTIONS)
    assert (invoice.issue_date, invoice.problems) == (date(2026, 5, 1), ())


def test_a_due_date_beside_the_invoice_number_is_not_the_titles_date():
    def due_beside(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 285, "Échéance : 03/12/2026", 9.5)

    sheet = Sheet(meta=(NUMBER, ("Date", "03/11/2026")), extra=(due_beside,))
    invoice = parse(sheet, OPTIONS)
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 11, 3), date(2026, 12, 3))
    assert invoice.problems == ()


def test_a_direct_debit_sentence_is_no_place_and_date_line():
    notes = ("Prélèvement SEPA le 03/12/2026 sur le compte FR76 3000 4000 ****",)
    invoice = parse(Sheet(meta=(NUMBER, ("Date", "03/11/2026")), notes=notes), OPTIONS)
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 11, 3), date(2026, 12, 3))
