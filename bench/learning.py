"""What one correction teaches: per layout, the file holding the first invoice goes through
intake, and that invoice is validated or corrected through the admin's own code (admin.review;
typed by hand when intake could not record it). Every other invoice of the layout is then read
as intake reads it (the creditor's learned templates first) and scored on the core fields.

    PYTHONPATH=. .venv/bin/python bench/learning.py [--set NAME] [--invoices 12] [--corrected K]

NAME: heldout (default), families, layouts2 … layouts6 (tests/parsing/learning_layouts2 … 6:
eight seeds per layout at most, twelve in layouts5 and 6; layouts4 to 6 have batch files), blind …
blind10 (the independent sets). `--corrected K`: the first invoice of the K-th file of each
layout is the one corrected instead of the first file's (what one correction teaches depends
on which invoice it was: a credit note, a long one, one with a deposit).

Per layout: the exact rate on the core fields (number, issue and due dates, amount due,
currency, debtor name) after the one correction, the layout path's rate on the same invoices
without it, how many went to review, and how many were wrong with nothing flagged (wrong, no
problem named and a confidence at or above the review threshold: the figure that must stay 0).
Fields are compared as the blind set's scorer compares them (tests/parsing/blind/scoring.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import repo_path  # noqa: F401  (first: the repository on sys.path)

from admin import review
from ingest.filing import REVIEW_THRESHOLD, file_invoices
from ingest.learning import creditor_templates, templates_root
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, Document, Invoice
from ledger.review import DebtorEdit, InvoiceEdit, edit_of
from ledger.storage import bind_store, blobs
from ledger.storage.files import FileStore
from parsing import ParsedInvoice, ParseOptions, parse_pdf
from tests.parsing.blind.scoring import field_matches

CORE = ("number", "issue date", "due date", "total_due", "currency", "name")


@dataclass(frozen=True)
class Expected:
    """One invoice of a file: its pages and its truth as the record contract states it."""

    pages: tuple[int, ...]
    truth: dict[str, Any]
    credit_note: bool = False


@dataclass(frozen=True)
class File:
    name: str
    data: bytes
    invoices: tuple[Expected, ...]


# A set: each layout's files, the file with the first invoice first.
Layouts = dict[str, list[File]]


def heldout(count: int, _folder: Path) -> Layouts:
    from tests.parsing.heldout import HELDOUT, heldout_pdf

    layouts: Layouts = {}
    for layout in HELDOUT:
        files = []
        for seed in range(count):
            data, f = heldout_pdf(layout, seed)
            truth = {
                "invoice_number": f.number,
                "issue_date": f.issued.isoformat(),
                "due_date": f.due.isoformat() if f.due_shown and not f.credit else None,
                "total_due": str(-f.total if f.credit else f.total_due),
                "currency": "EUR",
                "debtor": {"name": f.debtor.name},
            }
            files.append(File(f"{layout}-{seed}.pdf", data, (Expected((1,), truth, f.credit),)))
        layouts[layout] = files
    return layouts


def families(count: int, _folder: Path) -> Layouts:
    """Synthetic layouts of families that make learning hard (tests/parsing/learning_families)."""
    from tests.parsing.learning_families import FAMILIES, family_pdf

    layouts: Layouts = {}
    for family in FAMILIES:
        files = []
        for seed in range(count):
            data, drawn = family_pdf(family, seed)
            expected = Expected(drawn.pages, drawn.truth, drawn.credit_note)
            files.append(File(f"{family}-{seed}.pdf", data, (expected,)))
        layouts[family] = files
    return layouts


def learning_set(package: str, table: str) -> Callable[[int, Path], Layouts]:
    """A learning set written before the code (tests/parsing/learning_layouts2 … _layouts5):
    the layouts of its `table`, the seeds of its SEEDS, `layout_pdf` drawing one invoice with
    its truth, or `layout_file` drawing a file of one or more invoices with the truth (and
    pages) of each."""

    def layouts(count: int, _folder: Path) -> Layouts:
        module = importlib.import_module(f"tests.parsing.{package}")
        found: Layouts = {}
        for name in getattr(module, table):
            files = []
            for seed in module.SEEDS[:count]:
                if hasattr(module, "layout_file"):
                    data, truths = module.layout_file(name, seed)
                else:
                    data, t = module.layout_pdf(name, seed)
                    truths = [replace(t, pages=tuple(range(1, t.pages + 1)))]
                expected = tuple(_expected(t) for t in truths)
                files.append(File(f"{name}-{seed}.pdf", data, expected))
            found[name] = files
        return found

    return layouts


def _expected(t: Any) -> Expected:
    truth = {
        "invoice_number": t.number,
        "issue_date": t.issued.isoformat(),
        "due_date": t.due.isoformat() if t.due_shown and not t.credit else None,
        "total_due": str(-t.total if t.credit else t.total_due),
        "currency": t.currency,
        "debtor": {"name": t.debtor.name},
    }
    return Expected(t.pages, truth, t.credit)


def independent(generator: str) -> Callable[[int, Path], Layouts]:
    """An independent set's text subset through its public generator (seeds below `count`)."""

    def layouts(count: int, folder: Path) -> Layouts:
        generate = importlib.import_module(f"tests.parsing.{generator}.generator").generate
        grouped: dict[str, dict[str, list[Expected]]] = defaultdict(lambda: defaultdict(list))
        for item in generate(folder, subsets=("text",)):
            if item.seed < count:
                expected = Expected(item.pages, item.truth, item.credit_note)
                grouped[item.layout][item.file].append(expected)
        return {
            layout: [
                File(name, (folder / "text" / name).read_bytes(), tuple(found))
                for name, found in sorted(files.items())
            ]
            for layout, files in grouped.items()
        }

    return layouts


SETS: dict[str, Callable[[int, Path], Layouts]] = {
    "heldout": heldout,
    "families": families,
    "layouts2": learning_set("learning_layouts2", "LAYOUTS2"),
    "layouts3": learning_set("learning_layouts3", "LAYOUTS3"),
    "layouts4": learning_set("learning_layouts4", "LAYOUTS4"),
    "layouts5": learning_set("learning_layouts5", "LAYOUTS5"),
    "layouts6": learning_set("learning_layouts6", "LAYOUTS6"),
    "blind": independent("blind"),
    "blind2": independent("blind2"),
    "blind3": independent("blind3"),
    "blind4": independent("blind4"),
    "blind5": independent("blind5"),
    "blind6": independent("blind6"),
    "blind7": independent("blind7"),
    "blind8": independent("blind8"),
    "blind9": independent("blind9"),
    "blind10": independent("blind10"),
}


@dataclass
class Score:
    right: int = 0
    fields: int = 0
    baseline: int = 0
    reviewed: int = 0
    wrong_unflagged: int = 0
    invoices: int = 0
    learned: str = "—"
    misses: list[str] = field(default_factory=list)

    def rate(self, count: int) -> float:
        return count / self.fields if self.fields else 0.0

    def add(self, other: Score) -> None:
        for name in ("right", "fields", "baseline", "reviewed", "wrong_unflagged", "invoices"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def edit_from(expected: Expected) -> InvoiceEdit:
    truth = expected.truth
    amount = abs(Decimal(truth["total_due"]))
    return InvoiceEdit(
        number=truth["invoice_number"],
        total=amount,
        amount_due=amount,
        currency=truth["currency"],
        issue_date=_day(truth["issue_date"]),
        due_date=_day(truth["due_date"]),
        is_credit_note=expected.credit_note,
        debtor=DebtorEdit(name=truth["debtor"]["name"]),
    )


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def correct_the_first(layout: str, first: File, data_dir: Path) -> str:
    """Intake records the first file; a person then validates or corrects its first invoice
    (types it when intake could not record it). The learned template's fields, or none."""
    creditor = Creditor.create(slug=layout, name=f"Issuer of {layout}")
    stored = blobs.put(first.data, ".pdf")
    document = Document.create(
        creditor=creditor, sha256=stored[3:67], original_filename=first.name, storage_path=stored
    )
    file_invoices(document, creditor, parse_pdf(first.data, first.name, ParseOptions()))
    document.save()
    expected = first.invoices[0]
    edit = edit_from(expected)
    recorded = [
        i for i in Invoice.select().where(Invoice.document == document) if _first_page(i, expected)
    ]
    if not recorded:
        _invoice, learned = review.enter_invoice(
            document, creditor, edit, by="bench", data_dir=data_dir
        )
    else:
        invoice = recorded[0]
        edit = _as_recorded_but_core(invoice, edit)
        if review.would_change(invoice, edit):
            _changed, learned = review.correct_invoice(invoice, edit, by="bench", data_dir=data_dir)
        else:
            learned = review.validate_invoice(invoice, by="bench", data_dir=data_dir)
    return learned.fields if learned else "none learned"


def _first_page(invoice: Invoice, expected: Expected) -> bool:
    """Whether the record covers the invoice's first page (as the blind sets' scorer matches)."""
    pages = [int(p) for p in invoice.pages.split(",") if p.strip().isdigit()]
    return expected.pages[0] in pages


def _as_recorded_but_core(invoice: Invoice, edit: InvoiceEdit) -> InvoiceEdit:
    """What a person types: the core fields right, the rest as recorded (the debtor's
    contacts; the total, when it holds the amount due)."""
    recorded = edit_of(invoice)
    total = abs(recorded.total) if abs(recorded.total) >= abs(edit.amount_due) else edit.total
    return replace(edit, total=total, debtor=replace(recorded.debtor, name=edit.debtor.name))


def read(file: File, options: ParseOptions) -> dict[int, ParsedInvoice]:
    """Each record of the file by the pages it covers (the first record covering a page), as
    the blind sets' scorer matches a record to the invoice whose first page it covers."""
    covering: dict[int, ParsedInvoice] = {}
    for record in parse_pdf(file.data, file.name, options):
        for page in record.pages:
            covering.setdefault(page, record)
    return covering


def score_layout(layout: str, files: list[File], data_dir: Path, threshold: float) -> Score:
    score = Score(learned=correct_the_first(layout, files[0], data_dir))
    folder = creditor_templates(templates_root(data_dir), Creditor.get(Creditor.slug == layout))
    learned = ParseOptions(template_dirs=(folder,))
    for index, file in enumerate(files):
        taught, alone = read(file, learned), read(file, ParseOptions())
        for expected in file.invoices[1:] if index == 0 else file.invoices:
            record, base = taught.get(expected.pages[0]), alone.get(expected.pages[0])
            got = field_matches(expected.truth, record.to_record() if record else {})
            before = field_matches(expected.truth, base.to_record() if base else {})
            wrong = [name for name in CORE if not got[name]]
            flagged = record is None or bool(record.problems) or record.confidence < threshold
            score.invoices += 1
            score.fields += len(CORE)
            score.right += len(CORE) - len(wrong)
            score.baseline += sum(before[name] for name in CORE)
            score.reviewed += flagged
            score.wrong_unflagged += bool(wrong) and not flagged
            score.misses += [f"{file.name} p{expected.pages[0]} {name}" for name in wrong]
    return score


def run(set_name: str, count: int, corrected: int = 0) -> Iterator[tuple[str, Score]]:
    with tempfile.TemporaryDirectory() as tmp:
        layouts = SETS[set_name](count, Path(tmp) / "set")
        database = bind(f"sqlite:///{tmp}/bench.db")
        bind_store(FileStore(Path(tmp) / "documents"))
        with database.connection_context():
            migrate()
            for layout, files in layouts.items():
                first = corrected % len(files)
                files = files[first:] + files[:first]
                yield layout, score_layout(layout, files, Path(tmp), REVIEW_THRESHOLD)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="heldout")
    parser.add_argument("--invoices", type=int, default=12, help="seeds per layout, from 0")
    parser.add_argument("--misses", action="store_true", help="list each wrong field")
    parser.add_argument(
        "--corrected", type=int, default=0, help="the file whose first invoice is corrected"
    )
    args = parser.parse_args()
    total = Score()
    print(f"{'layout':26} {'after 1':>8} {'layout':>8} {'review':>8} {'wrong!':>6}  learned")
    for layout, score in run(args.set, args.invoices, args.corrected):
        print(
            f"{layout:26} {score.rate(score.right):8.1%} {score.rate(score.baseline):8.1%} "
            f"{score.reviewed:>3}/{score.invoices:<4} {score.wrong_unflagged:>6}  {score.learned}"
        )
        if args.misses:
            print("".join(f"    {miss}\n" for miss in score.misses), end="")
        total.add(score)
    print(
        f"{'all layouts':26} {total.rate(total.right):8.2%} {total.rate(total.baseline):8.2%} "
        f"{total.reviewed:>3}/{total.invoices:<4} {total.wrong_unflagged:>6}"
    )


if __name__ == "__main__":
    main()
