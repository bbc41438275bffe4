"""What one correction teaches: per layout, the first invoice goes through intake and is then
validated or corrected through the admin's own code (admin.review; typed by hand when intake
could not record it), and the next invoices of the layout are read as intake reads them (the
creditor's learned templates first) and scored on the core fields.

    PYTHONPATH=. .venv/bin/python bench/learning.py [--set heldout] [--invoices 12]

Per layout: exact rate on the core fields after the one correction, the layout path's rate on
the same invoices without it, how many went to review, and how many were wrong with nothing
flagged (the figure that must stay at 0).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import repo_path  # noqa: F401  (first: the repository on sys.path)

from admin import review
from ingest.filing import REVIEW_THRESHOLD, file_invoices
from ingest.learning import creditor_folder, templates_root
from ingest.store import DocumentStore
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, Document, Invoice
from ledger.review import DebtorEdit, InvoiceEdit, edit_of
from parsing import ParsedInvoice, ParseOptions, parse_pdf

CORE = ("invoice_number", "issue_date", "due_date", "total_due", "currency", "debtor.name")


@dataclass(frozen=True)
class Truth:
    invoice_number: str
    issue_date: object
    due_date: object
    total_due: Decimal
    currency: str
    debtor_name: str
    credit_note: bool = False

    def value(self, field: str) -> object:
        return getattr(self, "debtor_name" if field == "debtor.name" else field)


# A held-out set: its layouts, and one invoice of a layout as (PDF bytes, truth).
Invoices = Callable[[str, int], tuple[bytes, Truth]]


def heldout() -> tuple[list[str], Invoices]:
    from tests.parsing.heldout import HELDOUT, heldout_pdf

    def one(layout: str, seed: int) -> tuple[bytes, Truth]:
        data, f = heldout_pdf(layout, seed)
        truth = Truth(
            invoice_number=f.number,
            issue_date=f.issued,
            due_date=f.due if f.due_shown else None,
            total_due=-f.total if f.credit else f.total_due,
            currency="EUR",
            debtor_name=f.debtor.name,
            credit_note=f.credit,
        )
        return data, truth

    return list(HELDOUT), one


SETS = {"heldout": heldout}


@dataclass
class Score:
    right: int = 0
    fields: int = 0
    baseline: int = 0
    reviewed: int = 0
    wrong_unflagged: int = 0
    invoices: int = 0
    learned: str = "—"

    def rate(self, count: int) -> float:
        return count / self.fields if self.fields else 0.0


def record_value(invoice: ParsedInvoice, field: str) -> object:
    return invoice.debtor.name if field == "debtor.name" else getattr(invoice, field)


def correct_the_first(layout: str, data: bytes, truth: Truth, data_dir: Path) -> str:
    """Intake's record of the first invoice, then the admin's decision on it; the learned
    template's fields, or why none."""
    creditor = Creditor.create(slug=layout, name=f"Issuer of {layout}")
    stored = DocumentStore.under(data_dir).put(data)
    document = Document.create(
        creditor=creditor, sha256=stored[3:67], original_filename="0.pdf", storage_path=stored
    )
    parsed = parse_pdf(data, "0.pdf", ParseOptions(use_xml=False))
    file_invoices(document, creditor, parsed)
    document.save()
    edit = InvoiceEdit(
        number=truth.invoice_number,
        total=abs(truth.total_due),
        amount_due=abs(truth.total_due),
        currency=truth.currency,
        issue_date=truth.issue_date,  # type: ignore[arg-type]
        due_date=truth.due_date,  # type: ignore[arg-type]
        is_credit_note=truth.credit_note,
        debtor=DebtorEdit(name=truth.debtor_name),
    )
    invoice = Invoice.get_or_none(Invoice.document == document)
    if invoice is None:
        _invoice, learned = review.enter_invoice(
            document, creditor, edit, by="bench", data_dir=data_dir
        )
    else:
        edit = _as_recorded_but_truth(invoice, edit)
        if review.would_change(invoice, edit):
            _changed, learned = review.correct_invoice(invoice, edit, by="bench", data_dir=data_dir)
        else:
            learned = review.validate_invoice(invoice, by="bench", data_dir=data_dir)
    return learned.fields if learned else "none learned"


def _as_recorded_but_truth(invoice: Invoice, edit: InvoiceEdit) -> InvoiceEdit:
    """What a person would type: the core fields right, the rest as recorded (the debtor's
    contacts; the total, when it holds the amount due)."""
    recorded = edit_of(invoice)
    total = abs(recorded.total) if abs(recorded.total) >= abs(edit.amount_due) else edit.total
    return replace(edit, total=total, debtor=replace(recorded.debtor, name=edit.debtor.name))


def score_layout(
    layout: str, invoices: Invoices, count: int, data_dir: Path, threshold: float
) -> Score:
    data, truth = invoices(layout, 0)
    score = Score(learned=correct_the_first(layout, data, truth, data_dir))
    creditor = Creditor.get(Creditor.slug == layout)
    folder = creditor_folder(templates_root(data_dir), creditor)
    with_templates = ParseOptions(use_xml=False, template_dirs=(folder,))
    alone = ParseOptions(use_xml=False)
    for seed in range(1, count):
        data, truth = invoices(layout, seed)
        [read] = parse_pdf(data, f"{seed}.pdf", with_templates)
        [base] = parse_pdf(data, f"{seed}.pdf", alone)
        wrong = [f for f in CORE if record_value(read, f) != truth.value(f)]
        score.invoices += 1
        score.fields += len(CORE)
        score.right += len(CORE) - len(wrong)
        score.baseline += sum(record_value(base, f) == truth.value(f) for f in CORE)
        flagged = bool(read.problems) or read.confidence < threshold
        score.reviewed += flagged
        score.wrong_unflagged += bool(wrong) and not flagged
    return score


def run(set_name: str, count: int) -> Iterator[tuple[str, Score]]:
    layouts, invoices = SETS[set_name]()
    with tempfile.TemporaryDirectory() as tmp:
        database = bind(f"sqlite:///{tmp}/bench.db")
        with database.connection_context():
            migrate()
            for layout in layouts:
                yield layout, score_layout(layout, invoices, count, Path(tmp), REVIEW_THRESHOLD)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="heldout")
    parser.add_argument("--invoices", type=int, default=12, help="per layout, the first included")
    args = parser.parse_args()
    total = Score()
    print(f"{'layout':28} {'after 1':>8} {'layout':>8} {'review':>7} {'wrong!':>6}  learned")
    for layout, score in run(args.set, args.invoices):
        print(
            f"{layout:28} {score.rate(score.right):8.1%} {score.rate(score.baseline):8.1%} "
            f"{score.reviewed:>3}/{score.invoices:<3} {score.wrong_unflagged:>6}  {score.learned}"
        )
        for name in ("right", "fields", "baseline", "reviewed", "wrong_unflagged", "invoices"):
            setattr(total, name, getattr(total, name) + getattr(score, name))
    print(
        f"{'all layouts':28} {total.rate(total.right):8.2%} {total.rate(total.baseline):8.2%} "
        f"{total.reviewed:>3}/{total.invoices:<3} {total.wrong_unflagged:>6}"
    )


if __name__ == "__main__":
    main()
