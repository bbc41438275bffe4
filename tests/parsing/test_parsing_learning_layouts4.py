"""Learning from one correction on the fourth learning set (tests/parsing/learning_layouts4):
batch files, invoices running onto a second page, tables of one to twenty-five lines, optional
rows, debtor blocks of two to six lines, credit notes of the invoices' layout, several
currencies. The first invoice of the first file is corrected; every invoice of the next files
is read by the template learned from it, cross-checked by the layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsing import ParsedInvoice, ParseOptions, parse_pdf
from parsing.learn import Validated, learn_from_pdf
from tests.parsing.learning_layouts4 import LAYOUTS4, layout_file
from tests.parsing.learning_layouts4.data import Truth

CORE = frozenset({"invoice_number", "issue_date", "due_date", "total_due", "debtor.name"})


def validated(t: Truth) -> Validated:
    return Validated(
        invoice_number=t.number,
        total_due=t.total_due,
        currency=t.currency,
        issue_date=t.issued,
        due_date=t.due,
        debtor_name=t.debtor.name,
        corrected=CORE,
        credit_note=t.credit,
    )


def learn(folder: Path, layout: str) -> None:
    data, truths = layout_file(layout, 0)
    first = truths[0]
    learned = learn_from_pdf(data, first.pages, validated(first), "Issuer", "learned in a test")
    assert learned is not None
    (folder / "learned.yml").write_text(learned.yaml_text, "utf-8")


def core(invoice: ParsedInvoice | None) -> tuple[object, ...]:
    if invoice is None:
        return ()
    name = (invoice.debtor.name or "").casefold()
    due = (invoice.invoice_number, invoice.issue_date, invoice.due_date, invoice.total_due)
    return (*due, invoice.currency, name)


def wanted(t: Truth) -> tuple[object, ...]:
    return (t.number, t.issued, t.due, t.total_due, t.currency, t.debtor.name.casefold())


@pytest.mark.parametrize("layout", list(LAYOUTS4))
def test_one_correction_reads_every_invoice_of_the_next_files_of_the_layout_right(tmp_path, layout):
    learn(tmp_path, layout)
    for seed in range(1, 8):
        data, truths = layout_file(layout, seed)
        records = parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(tmp_path,)))
        by_page = {page: record for record in reversed(records) for page in record.pages}
        for t in truths:
            invoice = by_page.get(t.pages[0])
            assert core(invoice) == wanted(t), f"seed {seed} p{t.pages[0]}"


@pytest.mark.parametrize(
    ("layout", "credit_seed"), [("btp_acompte_avoirs", 3), ("garage_dates", 4)]
)
def test_a_template_learned_from_a_credit_note_reads_the_invoices_titled_so_as_invoices(
    tmp_path, layout, credit_seed
):
    """The builder's credit notes and invoices print the same labels; learned from a credit
    note, the template reads an invoice, titled `FACTURE`, with its positive amount and its due
    date, not as one more credit note."""
    data, [credit] = layout_file(layout, credit_seed)
    assert credit.credit
    learned = learn_from_pdf(data, credit.pages, validated(credit), "Issuer", "")
    assert learned is not None
    (tmp_path / "learned.yml").write_text(learned.yaml_text, "utf-8")
    for seed in (1, 2, 5):
        data, [t] = layout_file(layout, seed)
        [invoice] = parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(tmp_path,)))
        assert not t.credit and core(invoice) == wanted(t)
        assert not invoice.is_credit_note
