"""Several reference-like labels on one page (issue 12; the designs measured in
tests/parsing/references_sixth.py): the customer reference is read from the label that names the
customer most specifically (parsing/layout/reference_ranks.py), a person is asked only when two
labels of that rank disagree, and a bare "N°" under a "Client" heading is the customer's."""

from __future__ import annotations

import random

import pytest

from parsing import ParseOptions, parse_pdf
from tests.parsing import references_sixth
from tests.parsing.pages import Sheet, parse
from tests.parsing.references import render
from tests.parsing.relance_json import silent

NUMBER = ("Facture n°", "FA-2026-0042")
DATES = (("Date", "03/11/2026"), ("Échéance", "03/12/2026"))


def _problems(invoice, field: str = "debtor.customer_ref") -> list[str]:
    return [problem for problem in invoice.problems if problem.startswith(field)]


def _grid(cells: list[tuple[str, str]], top: float = 195, width: float = 110):
    """Label cells over value cells, boxed, left of the debtor's window."""

    def draw(pen) -> None:
        for index, (label, value) in enumerate(cells):
            x = 40 + (width + 2) * index
            pen.box(x, top, width, 14)
            pen.box(x, top + 14, width, 14)
            pen.text(x + 3, top + 10, label, 7)
            pen.text(x + 3, top + 24, value, 8)

    return draw


def _both_ways(cells: list[tuple[str, str]]) -> list[Sheet]:
    """The same labels left of their values (the header block) and above them (a grid)."""
    return [Sheet(meta=(NUMBER, *cells, *DATES)), Sheet(extra=(_grid(cells),))]


def test_the_sixth_set_reads_every_reference_with_no_wrong_one_unsaid():
    options = ParseOptions(use_xml=False, ocr=False)
    wrong, unsaid = [], []
    for design, draw in references_sixth.DESIGNS.items():
        for seed in references_sixth.SEEDS:
            invoice = draw(random.Random(f"sixth-{design}-{seed}"))
            [record] = parse_pdf(render(invoice), f"{design}.pdf", options)
            if (record.debtor.customer_ref or "") != invoice.customer_ref:
                wrong.append(f"{design}-{seed}")
                if silent(record.to_record()):
                    unsaid.append(f"{design}-{seed}")
    assert not unsaid
    assert len(wrong) <= 2


@pytest.mark.parametrize(
    ("customer", "ledger"),
    [(("Code client", "GAL038"), ("Compte client", "411C54860")),
     (("N° copropriétaire", "6069"), ("Compte", "45003150")),
     (("N° client", "C58060"), ("Cpte client", "41133537")),
     (("Your account no.", "BRI123"), ("Account code", "SL4471")),
     (("Kunden-Nr.", "K10442"), ("Kundenkonto", "1400442"))],
)  # fmt: skip
def test_a_customer_number_is_read_before_the_ledger_account_beside_it_without_a_doubt(
    customer, ledger
):
    for sheet in _both_ways([ledger, customer]):
        invoice = parse(sheet)
        assert invoice.debtor.customer_ref == customer[1]
        assert not _problems(invoice)


@pytest.mark.parametrize(
    ("label", "value"),
    [("Compte propriétaire", "45073734"), ("Compte copropriétaire", "45021095"),
     ("Cpte client", "411C11387"), ("Compte", "41133537"), ("Compte client", "411DUPONT")],
)  # fmt: skip
def test_a_ledger_account_alone_is_the_reference(label, value):
    for sheet in _both_ways([(label, value), ("N° lot", "46")]):
        invoice = parse(sheet)
        assert invoice.debtor.customer_ref == value
        assert not _problems(invoice)


@pytest.mark.parametrize(
    ("first", "second"),
    [(("N° client", "C12345"), ("Code client", "C99871")),
     (("Compte client", "411C11387"), ("Compte", "41100234"))],
)  # fmt: skip
def test_two_labels_of_the_same_rank_with_different_values_are_a_doubt(first, second):
    for sheet in _both_ways([first, second]):
        assert _problems(parse(sheet))


@pytest.mark.parametrize(
    ("label", "value"),
    [("Animal", "45221 - Pixel"), ("Tél. propriétaire", "04 76 12 34 56"),
     ("Quotient familial", "1240"), ("N° lot", "46"), ("N/Réf. dossier", "2231 Berthier c/ SARL Y"),
     ("Notre référence", "A4471"), ("Votre référence", "JUR-118"), ("N° devis", "D40112"),
     ("N° de commande", "402211"), ("N° contrat", "112.334.556"), ("N° dossier", "55557"),
     ("Référence facture", "+++090/9337/55493+++"), ("Our ref.", "J4471"),
     ("Ihr Zeichen", "B-118"), ("Uw referentie", "INK-4471")],
)  # fmt: skip
def test_a_value_under_another_label_beside_the_customer_number_is_never_read(label, value):
    for sheet in _both_ways([(label, value), ("N° client", "C58060")]):
        invoice = parse(sheet)
        assert invoice.debtor.customer_ref == "C58060"
        assert not _problems(invoice)


@pytest.mark.parametrize(
    ("label", "value"),
    [("N/Réf. dossier", "2231 Berthier c/ SARL Batiplus"),
     ("Animal", "45221 - Filou (chat européen)"), ("N° devis", "D40112 du 12/10/2026, variante B"),
     ("Objet", "4471 Entretien annuel chaudière")],
)  # fmt: skip
def test_a_long_value_running_under_the_next_label_is_its_own_labels(label, value):
    def draw(pen) -> None:
        pen.text(40, 200, label, 7, bold=True)
        pen.text(150, 200, "Réf. client", 7, bold=True)
        pen.text(40, 213, value, 8)
        pen.text(175, 213, "CL4471", 8)

    invoice = parse(Sheet(extra=(draw,)))
    assert invoice.debtor.customer_ref == "CL4471"
    assert not _problems(invoice)


def _heading_grid(groups: list[tuple[str, list[tuple[str, str]]]]):
    """Heading cells over sub-label cells over values ("Client" over "N°" and "Nom")."""

    def draw(pen) -> None:
        x = 40
        for heading, subs in groups:
            pen.box(x, 190, 75 * len(subs), 12)
            pen.text(x + 3, 199, heading, 8, bold=True)
            for label, value in subs:
                pen.box(x, 202, 75, 12)
                pen.box(x, 214, 75, 14)
                pen.text(x + 3, 211, label, 7, bold=True)
                pen.text(x + 3, 224, value, 8)
                x += 75

    return draw


@pytest.mark.parametrize("client_first", [True, False])
@pytest.mark.parametrize("heading", ["Client", "Customer", "Kunde"])
def test_a_bare_number_under_a_client_heading_is_the_customers_not_the_invoices(
    heading, client_first
):
    groups = [("Facture", [("N°", "624522"), ("Date", "03/11/2026")]),
              (heading, [("N°", "25540"), ("Nom", "Cave du Forez")])]  # fmt: skip
    if client_first:
        groups.reverse()
    invoice = parse(Sheet(meta=DATES, title="", extra=(_heading_grid(groups),)))
    assert invoice.debtor.customer_ref == "25540"
    assert invoice.invoice_number == "624522"
    assert not invoice.problems


def test_a_bare_reference_beside_date_and_client_is_the_documents_and_the_client_code_is_read():
    cells = [("Date", "03/11/2026"), ("Client", "CLT4471"), ("Référence", "R40112"),
             ("Échéance", "03/12/2026")]  # fmt: skip
    invoice = parse(Sheet(extra=(_grid(cells),)))
    assert invoice.debtor.customer_ref == "CLT4471"
    assert not _problems(invoice)


@pytest.mark.parametrize(
    "cells",
    [[("N° dossier", "12-4471"), ("Notre référence", "PA/JL")],
     [("Dossier n°", "12-4471"), ("N/Réf.", "A4471"), ("V/Réf.", "Bornage 118")]],
)  # fmt: skip
def test_a_page_with_a_dossier_and_no_customer_label_has_no_reference_and_no_doubt(cells):
    for sheet in _both_ways(cells):
        invoice = parse(sheet)
        assert invoice.debtor.customer_ref is None
        assert not _problems(invoice)


def test_a_client_heading_alone_over_a_bare_number_and_its_value_leaves_the_invoice_number():
    def draw(pen) -> None:
        pen.text(40, 590, "Client", 9)
        pen.text(40, 602, "N°", 8)
        pen.text(80, 602, "F-2026-999", 8)

    invoice = parse(Sheet(meta=DATES, extra=(draw,)))
    assert invoice.invoice_number == "F-2026-999"
    assert invoice.debtor.customer_ref is None
