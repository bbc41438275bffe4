"""Learning from one correction on the fifth learning set (tests/parsing/learning_layouts5),
where the corrected first invoice differs from the next ones: tables that push the totals to
page 2, deductions on some invoices only, debtor blocks of two to five lines, long names that
wrap, due dates printed or following from terms, credit notes, batch files. And the debtor's
place a person confirmed, which the layout's debtor must start at."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.filing import REVIEW_THRESHOLD
from parsing import ParsedInvoice, ParseOptions, parse_pdf
from parsing.learn import Validated, learn_from_pdf, template_yaml
from tests.parsing.learning_layouts4.data import Truth
from tests.parsing.learning_layouts5 import LAYOUTS5, layout_file

CORE = frozenset({"invoice_number", "issue_date", "due_date", "total_due", "debtor.name"})


def validated(t: Truth, corrected: frozenset[str] = CORE) -> Validated:
    return Validated(
        invoice_number=t.number,
        total_due=t.total_due,
        currency=t.currency,
        issue_date=t.issued,
        due_date=t.due,
        debtor_name=t.debtor.name,
        corrected=corrected,
        credit_note=t.credit,
    )


def learn(folder: Path, layout: str, corrected: frozenset[str] = CORE) -> dict:
    data, truths = layout_file(layout, 0)
    first = truths[0]
    truth = validated(first, corrected)
    learned = learn_from_pdf(data, first.pages, truth, "Issuer", "learned in a test")
    assert learned is not None
    (folder / "learned.yml").write_text(learned.yaml_text, "utf-8")
    return yaml.safe_load(learned.yaml_text)


def read(folder: Path, layout: str, seed: int) -> list[tuple[ParsedInvoice | None, Truth]]:
    data, truths = layout_file(layout, seed)
    records = parse_pdf(data, f"{seed}.pdf", ParseOptions(template_dirs=(folder,)))
    by_page = {page: record for record in reversed(records) for page in record.pages}
    return [(by_page.get(t.pages[0]), t) for t in truths]


def core(invoice: ParsedInvoice | None) -> tuple[object, ...]:
    if invoice is None:
        return ()
    name = (invoice.debtor.name or "").casefold()
    due = (invoice.invoice_number, invoice.issue_date, invoice.due_date, invoice.total_due)
    return (*due, invoice.currency, name)


def wanted(t: Truth) -> tuple[object, ...]:
    return (t.number, t.issued, t.due, -t.total if t.credit else t.total_due, t.currency,
            t.debtor.name.casefold())  # fmt: skip


def flagged(invoice: ParsedInvoice | None) -> bool:
    return invoice is None or bool(invoice.problems) or invoice.confidence < REVIEW_THRESHOLD


@pytest.mark.parametrize("layout", list(LAYOUTS5))
def test_after_one_correction_each_next_invoice_is_read_right_or_held(tmp_path, layout):
    learn(tmp_path, layout)
    for seed in (1, 2, 3, 5, 7, 9):
        for invoice, t in read(tmp_path, layout, seed):
            assert core(invoice) == wanted(t) or flagged(invoice), f"seed {seed} p{t.pages[0]}"


def test_a_name_wrapped_with_no_particle_at_either_end_is_read_whole_or_held(tmp_path):
    """`Comité d'Entreprise de la Société` / `Alsacienne de Constructions` / `Mécaniques`: the
    first line closes, the next starts with no particle; the layout reads a one-line name and
    the rest as the street, as it would a building line. Where a person confirmed the name, a
    line under it with no address's, contact's or office's words may be its end: held
    (parsing.learned_wrap)."""
    learn(tmp_path, "association_noms_longs")
    [(invoice, t)] = read(tmp_path, "association_noms_longs", 10)
    assert core(invoice) == wanted(t) or flagged(invoice)


def test_a_long_name_wrapped_from_where_a_person_confirmed_the_debtor_is_not_doubted(tmp_path):
    """Learned from a debtor whose name fits one line; on the next invoice a council's name
    wraps over three lines from the same place: the layout's name starts there, read whole."""
    learn(tmp_path, "association_noms_longs")
    [(invoice, t)] = read(tmp_path, "association_noms_longs", 3)
    assert invoice is not None and invoice.debtor.name == t.debtor.name
    assert invoice.problems == ()


@pytest.mark.parametrize(
    ("moved", "doubted"), [(0, False), (290, True)], ids=["where-learned", "on-the-site-block"]
)
def test_a_debtor_not_starting_where_a_person_confirmed_it_is_held_with_the_layouts_name(
    tmp_path, moved, doubted
):
    """The landscaper prints the site's address (`Chantier :`) beside the billing address.
    Where the learned place of the debtor holds another block than the one the layout took,
    the layout's debtor is kept and the record held, what stands at the learned place named.
    (A template validated as read, whose debtor no label anchors.)"""
    template = learn(tmp_path, "paysagiste_chantier", frozenset())
    del template["fields"]["debtor_name"]
    template["relance"]["debtor_at"]["x"] -= moved
    (tmp_path / "learned.yml").write_text(template_yaml(template, ""), "utf-8")
    [(invoice, t)] = read(tmp_path, "paysagiste_chantier", 3)
    assert invoice is not None and invoice.debtor.name == t.debtor.name
    named = [p for p in invoice.problems if p.startswith("debtor.name: learned template")]
    assert bool(named) == doubted
    assert flagged(invoice) == doubted
