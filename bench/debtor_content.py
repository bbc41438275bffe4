"""What issue 16 adds to each reminder mail, timed: the payment block with its EPC QR codes,
the statement of account, the invoice PDF; and how fast answers are told apart.

    PYTHONPATH=. python bench/debtor_content.py        # 300 debtors x 3 invoices

A real pass sends the r2 mails (statement of account attached) to a local SMTP sink, once
with bank details in the rules and once without: the difference is what the payment block and
its EPC QR codes cost per mail.
Then 10,000 mails (replies, auto-replies, bounces, invoice mails) go through `read_answer`.
"""

from __future__ import annotations

import datetime as dt
import email
import sys
import tempfile
import time
from pathlib import Path

import repo_path  # noqa: F401 - the repository first on sys.path

from ingest.answers import read_answer
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, Invoice
from ledger.storage import bind_store
from ledger.storage.files import FileStore
from scheduler.channels import ChannelConfig
from scheduler.passes import run_pass
from scheduler.rules import parse_rules
from scheduler.rules_store import apply_creditors
from tests.factories import make_debtor
from tests.scheduler.conftest import PAYING_RULES_TEXT, RULES_TEXT
from tests.servers.smtp_sink import SmtpSink

R2 = dt.date(2026, 12, 14)  # r2 (+10d) of invoices due on 4 December: statement attached


def seed(url: str, rules_text: str, debtors: int) -> None:
    database = bind(url)
    with database.connection_context():
        migrate()
        apply_creditors(parse_rules(rules_text))
        acme = Creditor.get(Creditor.slug == "acme")
        for n in range(debtors):
            debtor = make_debtor(acme, name=f"Client {n}", email=f"c{n}@debtors.test")
            for k in range(3):
                Invoice.create(
                    creditor=acme,
                    debtor=debtor,
                    number=f"F{n:05d}-{k}",
                    issue_date=dt.date(2026, 11, 1),
                    due_date=dt.date(2026, 12, 4),
                    total="120.50",
                    amount_due="120.50",
                )


def timed_pass(rules_text: str, debtors: int, sink: SmtpSink) -> float:
    with tempfile.TemporaryDirectory() as root:
        url = f"sqlite:///{Path(root) / 'relance.db'}"
        seed(url, rules_text, debtors)
        bind_store(FileStore(Path(root) / "documents"))
        config = ChannelConfig(smtp_url=sink.url, reply_address="f@r.test")
        database = bind(url)
        with database.connection_context():
            # r1 first, so the r2 pass measured is the second step (statement attached).
            run_pass(parse_rules(rules_text), config, dt.date(2026, 12, 7))
            started = time.perf_counter()
            report = run_pass(parse_rules(rules_text), config, R2)
            elapsed = time.perf_counter() - started
        assert report.sent >= debtors, report
        return elapsed


def classify(count: int) -> float:
    token = "abcdefghijklmnop"
    samples = [
        f"From: a@b.test\r\nTo: factures+r{token}@r.test\r\nSubject: RE: Rappel\r\n\r\nJ'ai payé",
        f"From: a@b.test\r\nTo: f@r.test\r\nIn-Reply-To: <relance.r{token}@r.test>\r\n"
        "Auto-Submitted: auto-replied\r\nSubject: Absence\r\n\r\nAbsent",
        "From: compta@acme.test\r\nTo: f@r.test\r\nSubject: Facture\r\n\r\nCi-joint",
    ]
    messages = [email.message_from_bytes(s.encode()) for s in samples]
    started = time.perf_counter()
    for n in range(count):
        read_answer(messages[n % len(messages)])
    return time.perf_counter() - started


def main() -> None:
    debtors = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    sink = SmtpSink()
    sink.start()
    try:
        plain = timed_pass(RULES_TEXT, debtors, sink)
        paying = timed_pass(PAYING_RULES_TEXT, debtors, sink)
    finally:
        sink.stop()
    per_plain, per_paying = plain / debtors * 1000, paying / debtors * 1000
    print(
        f"{debtors} reminder mails (r2, 3 invoices each, statement attached), no bank details: "
        f"{plain:.2f} s ({per_plain:.1f} ms a mail)"
    )
    print(
        f"with bank details (payment block, 3 EPC QR codes): {paying:.2f} s "
        f"({per_paying:.1f} ms a mail, +{per_paying - per_plain:.1f} ms)"
    )
    elapsed = classify(10_000)
    print(
        f"10,000 mails told apart (reply / auto-reply / other): {elapsed:.2f} s "
        f"({10_000 / elapsed:,.0f} a second)"
    )


if __name__ == "__main__":
    main()
