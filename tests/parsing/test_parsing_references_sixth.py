"""Several values naming the customer on one invoice (issue 12; the designs measured in
tests/parsing/references_sixth.py): when a plain label's value is read and another value is
printed under a wider customer label or a bare identifier label in the same row of labels,
a person chooses."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from tests.parsing import references_sixth
from tests.parsing.pages import Sheet, parse
from tests.parsing.relance_json import silent

NUMBER = ("Facture n°", "FA-2026-0042")
DATES = (("Date", "03/11/2026"), ("Échéance", "03/12/2026"))


def _problems(invoice) -> list[str]:
    return [p for p in invoice.problems if p.startswith("debtor.customer_ref")]


def _grid(*cells: tuple[str, str]):
    """One row of label cells over one row of value cells, below the meta lines."""

    def draw(pen) -> None:
        for i, (label, value) in enumerate(cells):
            pen.text(40 + 85 * i, 600, label, 8)
            pen.text(40 + 85 * i, 614, value, 9)

    return draw


def test_the_sixth_set_names_a_problem_whenever_the_reference_is_wrong():
    options = ParseOptions(use_xml=False, ocr=False)
    unflagged = []
    for design, draw in references_sixth.DESIGNS.items():
        for seed in references_sixth.SEEDS:
            invoice = draw(references_sixth.random.Random(f"sixth-{design}-{seed}"))
            [record] = parse_pdf(references_sixth.render(invoice), f"{design}.pdf", options)
            if record.debtor.customer_ref != invoice.customer_ref and silent(record.to_record()):
                unflagged.append(f"{design}-{seed}")
    assert not unflagged


@pytest.mark.parametrize(
    ("label", "value"),
    [("N°", "004512"), ("Code", "DUPO01"), ("Réf.", "C-7781")],
)
def test_a_bare_identifier_label_beside_the_customer_account_in_a_grid_is_a_doubt(label, value):
    grid = _grid(("N° facture", "FA-2026-0042"), (label, value), ("Compte client", "41100452"),
                 ("Date", "03/11/2026"))  # fmt: skip
    invoice = parse(Sheet(meta=DATES, extra=(grid,)))
    assert invoice.debtor.customer_ref in {value, "41100452"}
    assert _problems(invoice)


@pytest.mark.parametrize(
    ("label", "value"),
    [("N° adhérent", "55012"), ("Member #", "207772"), ("Compte propriétaire", "45012345")],
)
def test_a_wider_customer_label_with_another_value_is_a_doubt(label, value):
    invoice = parse(Sheet(meta=(NUMBER, *DATES, ("N° client", "C00123"), (label, value))))
    assert _problems(invoice)


def test_one_customer_reference_beside_an_order_and_the_invoice_number_stays_certain():
    grid = _grid(("N°", "FA-2026-0042"), ("N° client", "C00123"), ("Commande", "CMD-7781"),
                 ("Date", "03/11/2026"))  # fmt: skip
    invoice = parse(Sheet(meta=(NUMBER, *DATES), extra=(grid,)))
    assert invoice.debtor.customer_ref == "C00123"
    assert not _problems(invoice)
