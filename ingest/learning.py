"""Templates learned from invoices staff validated or corrected, kept as invoice2data YAML in the
blob store (one LearnedTemplate row names each). The parser reads templates from a folder:
each node keeps a copy of a creditor's learned templates in DATA_DIR/templates/<creditor slug>/,
brought up to date from the store before that creditor's mail is parsed, so a template learned
on one node serves every node.

Learning reads the stored PDF in a child process (parsing.learn, on untrusted bytes) and never
blocks the decision it follows: a page that teaches nothing (a scan) simply gives no template.
Correcting an invoice a learned template read teaches that template again (same file), keeping
the fields corrected before as the template's own.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ledger.clock import now
from ledger.models import Creditor, Invoice, LearnedTemplate, db
from ledger.storage import BlobMissing, StorageError, blob_key, blobs, is_blob_key
from ledger.storage.durable import write_durably
from parsing import ParseError
from parsing.isolate import run_isolated
from parsing.learn import Learned, Validated, learn_from_pdf, template_yaml

log = logging.getLogger(__name__)
TEMPLATES = "templates"
_UNSAFE = re.compile(r"[^a-z0-9]+")
LEARN_TIMEOUT = 30.0


def templates_root(data_dir: Path) -> Path:
    return Path(data_dir) / TEMPLATES


def creditor_folder(root: Path, creditor: Creditor) -> Path:
    return root / (_UNSAFE.sub("-", creditor.slug.lower()).strip("-") or f"creditor-{creditor.id}")


def creditor_templates(root: Path, creditor: Creditor) -> Path:
    """The creditor's template folder on this node, its learned templates copied from the blob
    store where missing or different (learned, or learned again, on another node)."""
    folder = creditor_folder(root, creditor)
    with db.connection_context():
        learned = list(
            LearnedTemplate.select(LearnedTemplate.name, LearnedTemplate.path)
            .where(LearnedTemplate.creditor == creditor)
            .tuples()
        )
    for name, key in learned:
        if not is_blob_key(key):
            continue  # learned before the store: its file is on the node that learned it
        copy = folder / f"{name}.yml"
        try:
            if blob_key(copy.read_bytes(), ".yml") == key:
                continue
        except FileNotFoundError:
            pass
        try:
            write_durably(copy, blobs.get(key))
        except BlobMissing as missing:
            log.error("learned template %s of %s: %s", name, creditor.slug, missing)
    return folder


def template_text(template: LearnedTemplate, data_dir: Path) -> str | None:
    """The template's YAML; None when it cannot be read (named in the log)."""
    try:
        if is_blob_key(template.path):
            return blobs.get(template.path).decode("utf-8", errors="replace")
        return (Path(data_dir) / template.path).read_text("utf-8", errors="replace")
    except (OSError, StorageError) as error:
        log.error("learned template %s: %s", template.name, error)
        return None


@dataclass(frozen=True)
class Correction:
    """A person's decision on an invoice: which fields they changed, and who they are."""

    invoice_id: int
    corrected: frozenset[str]
    by: str


def learn_from_invoice(correction: Correction, data_dir: Path) -> LearnedTemplate | None:
    """Learn (or learn again) the template of the invoice's layout; None when its page
    teaches nothing or cannot be read."""
    with db.connection_context():
        invoice = Invoice.get_or_none(Invoice.id == correction.invoice_id)
        if invoice is None or invoice.document is None:
            return None
        creditor, debtor, document = invoice.creditor, invoice.debtor, invoice.document
        existing = _template_that_read(invoice)
        corrected = correction.corrected | _corrected_before(existing, data_dir)
        truth = Validated(
            invoice_number=invoice.number,
            total_due=invoice.amount_due,
            currency=invoice.currency,
            issue_date=invoice.issue_date,
            due_date=invoice.due_date,
            debtor_name=debtor.name,
            customer_ref=debtor.customer_ref,
            corrected=frozenset(corrected),
            credit_note=invoice.is_credit_note,
            month_end_reading=creditor.month_end_reading,
        )
        pages = tuple(int(p) for p in invoice.pages.split(",") if p.strip().isdigit())
    try:
        data = blobs.get(document.storage_path)
        learned = run_isolated(
            learn_from_pdf,
            data,
            pages,
            truth,
            creditor.name,
            _note(invoice, correction.by),
            timeout=LEARN_TIMEOUT,
        )
    except (OSError, StorageError, ParseError) as error:
        log.warning("no template learned from invoice %s: %s", invoice.number, error)
        return None
    if learned is None:
        return None
    return _keep(learned, creditor, invoice, existing, correction.by, data_dir)


def _template_that_read(invoice: Invoice) -> LearnedTemplate | None:
    if not invoice.parse_source.startswith("template:"):
        return None
    name = invoice.parse_source.removeprefix("template:")
    return LearnedTemplate.get_or_none(
        (LearnedTemplate.creditor == invoice.creditor) & (LearnedTemplate.name == name)
    )


def _corrected_before(template: LearnedTemplate | None, data_dir: Path) -> set[str]:
    text = None if template is None else template_text(template, data_dir)
    if text is None:
        return set()
    try:
        return set(yaml.safe_load(text)["relance"]["corrected"])
    except (yaml.YAMLError, KeyError, TypeError):
        return set()


def _note(invoice: Invoice, by: str) -> str:
    return (
        f"Learned by Relance from invoice {invoice.number}, checked by {by} on "
        f"{now():%Y-%m-%d}.\n"
        "Each regex is anchored on the label printed beside or above its value; edit freely.\n"
        "The fields listed under relance: corrected are this template's own; the layout\n"
        "heuristics cross-check the others, and a disagreement sends the invoice to review."
    )


def _keep(
    learned: Learned,
    creditor: Creditor,
    invoice: Invoice,
    existing: LearnedTemplate | None,
    by: str,
    data_dir: Path,
) -> LearnedTemplate:
    """Keep the template in the blob store, in place of the one that read the invoice, else of
    the creditor's template for the same layout, else as a new one."""
    keywords = "\n".join(learned.keywords)
    with db.connection_context(), db.atomic():
        row = existing or _same_layout(creditor, set(learned.keywords))
        text = learned.yaml_text
        if row is not None and row is not existing:
            text = _with_corrected(text, _corrected_before(row, data_dir))
        name = row.name if row else _new_name(creditor, invoice.number)
        row = row or LearnedTemplate(creditor=creditor, name=name)
        row.path = blobs.put(text.encode("utf-8"), ".yml")
        row.invoice = invoice
        row.learned_by = by[:100]
        row.fields = ",".join(learned.fields)[:300]
        row.keywords = keywords
        row.save()
    log.info("learned template %s (%s) from invoice %s", row.name, row.path, invoice.number)
    return row


def _same_layout(creditor: Creditor, keywords: set[str]) -> LearnedTemplate | None:
    """The creditor's template whose keywords are these, or a part of these, or hold them all:
    the labels of one layout, of which one invoice showed more than another."""
    for row in LearnedTemplate.select().where(LearnedTemplate.creditor == creditor):
        theirs = set(row.keywords.splitlines())
        if theirs and (theirs <= keywords or keywords <= theirs):
            return row
    return None


def _with_corrected(text: str, before: set[str]) -> str:
    """The YAML with the fields corrected before added to its own (its comment kept)."""
    template = yaml.safe_load(text)
    corrected = set(template["relance"]["corrected"])
    if before <= corrected:
        return text
    template["relance"]["corrected"] = sorted(corrected | before)
    note = "\n".join(
        line.removeprefix("#").removeprefix(" ")
        for line in text.splitlines()
        if line.startswith("#")
    )
    return template_yaml(template, note)


def _new_name(creditor: Creditor, number: str) -> str:
    base = f"learned-{_UNSAFE.sub('-', number.lower()).strip('-')}"[:56].rstrip("-")
    taken = {
        t.name
        for t in LearnedTemplate.select(LearnedTemplate.name).where(
            (LearnedTemplate.creditor == creditor) & LearnedTemplate.name.startswith(base)
        )
    }
    name, suffix = base, 2
    while name in taken:
        name, suffix = f"{base}-{suffix}", suffix + 1
    return name
