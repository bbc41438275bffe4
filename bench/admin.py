"""Back-office response times on a large ledger (100,000 invoices, 30,000 debtors, SQLite).

    PYTHONPATH=. python bench/admin.py [--runs 15] [--keep DIR]

Bulk-inserts the ledger, logs in with Flask's test client and prints the median and the
slowest server-side time of each page. The target is a median of at most 300 ms.

Filtered and sorted lists are addressed as the dashboard addresses them (by the filter's key or
column, the sort by its column's name), never by a typed position that moves when a list gains
a filter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import repo_path  # noqa: F401  (first: the `admin` package, not this file)
from flask import Flask

from admin import create_app
from admin.filters import filter_url
from ledger.clock import now, today
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import (
    ContactFlag,
    Creditor,
    Debtor,
    Document,
    Invoice,
    InvoiceStatus,
    Payment,
    PaymentAllocation,
    Reminder,
    db,
)
from ledger.users import create_user
from relance.settings import Settings

DEBTORS, INVOICES, PAYMENTS, REMINDERS, DOCUMENTS = 30_000, 100_000, 30_000, 60_000, 20_000
FLAGGED = 3_000
TARGET_MS = 300
# A secret key strong enough for the settings' check; the bench signs only its own session.
SECRET_KEY = "bench-only-secret-key-0123456789-abcdefghij"
PASSWORD = "bench staple horse battery"
# Four creditors follow the standard ladder by default, the fifth only through staff's choice
# or the cheque rule: the dashboard's "no ladder follows" count has rows to find.
RULES = """
ladders:
  standard:
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r2, at: +10d, channel: [email, sms], template: reminder_2}
    - {id: r3, at: +20d, channel: letter, template: reminder_3}
assign:
  - {when: {payment_method: cheque}, ladder: standard}
calendar: {country: FR, send_on: every_day, hours: "00:00-23:59", timezone: Europe/Paris}
"""
NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy"]


def chunks(rows: list[dict], size: int = 2_000):  # type: ignore[no-untyped-def]
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def insert(model, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    with db.atomic():
        for chunk in chunks(rows):
            model.insert_many(chunk).execute()


def fill(rng: random.Random) -> None:
    stamp = now()
    creditors = [
        Creditor.create(
            slug=f"c{n}",
            name=f"Créancier {n}",
            allowed_senders="@c.test",
            default_ladder="standard" if n else None,
        )
        for n in range(5)
    ]
    insert(
        Debtor,
        [
            {
                "creditor": creditors[n % 5].id,
                "name": f"{rng.choice(NAMES)} {n}",
                "name_key": f"debtor {n}",
                "customer_ref": f"C{n:06d}",
                "email": f"client{n}@example.fr" if n % 3 else None,
                "phone": f"+3361234{n % 10_000:04d}" if n % 2 else None,
                "city": "Strasbourg",
                "created_at": stamp,
                "updated_at": stamp,
            }
            for n in range(DEBTORS)
        ],
    )
    first_debtor = Debtor.select(Debtor.id).order_by(Debtor.id).scalar()
    day = today()
    statuses = [InvoiceStatus.OPEN] * 5 + [InvoiceStatus.PAID] * 4 + [InvoiceStatus.DISPUTED]
    invoices = []
    for n in range(INVOICES):
        debtor = first_debtor + rng.randrange(DEBTORS)
        total = Decimal(rng.randrange(2_000, 500_000)) / 100
        status = rng.choice(statuses)
        issue = day - dt.timedelta(days=rng.randrange(0, 400))
        invoices.append(
            {
                "creditor": creditors[(debtor - first_debtor) % 5].id,
                "debtor": debtor,
                "number": f"F{n:07d}",
                "issue_date": issue,
                "due_date": issue + dt.timedelta(days=30) if n % 200 else None,
                "total": total,
                "amount_due": Decimal(0) if status == InvoiceStatus.PAID else total,
                "currency": "EUR" if n % 10 else ("USD", "GBP")[n % 20 // 10],
                "status": status,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    insert(Invoice, invoices)
    first_invoice = Invoice.select(Invoice.id).order_by(Invoice.id).scalar()
    insert(
        Payment,
        [
            {
                "creditor": creditors[n % 5].id,
                "key": f"p{n}",
                "amount": Decimal("100.00"),
                "received_on": day - dt.timedelta(days=rng.randrange(0, 120)),
                "reference": f"VIR {rng.choice(NAMES).upper()} F{n:07d}",
                "unallocated": Decimal("100.00") if n % 10 == 0 else Decimal(0),
                "created_at": stamp,
                "updated_at": stamp,
            }
            for n in range(PAYMENTS)
        ],
    )
    first_payment = Payment.select(Payment.id).order_by(Payment.id).scalar()
    insert(
        PaymentAllocation,
        [
            {
                "payment": first_payment + n,
                "invoice": first_invoice + rng.randrange(INVOICES),
                "amount": Decimal("100.00"),
                "created_at": stamp,
            }
            for n in range(PAYMENTS)
            if n % 10
        ],
    )
    channels = ["email", "email", "email", "sms", "letter", "phone_task"]
    insert(
        Reminder,
        [
            {
                "creditor": creditors[n % 5].id,
                "debtor": first_debtor + rng.randrange(DEBTORS),
                "key": f"r{n}",
                "ladder": "standard",
                "step_id": rng.choice(["r1", "r2", "r3"]),
                "channel": rng.choice(channels),
                "due_on": day - dt.timedelta(days=rng.randrange(0, 90)),
                "status": "sent" if n % 7 else "pending",
                "sent_at": stamp - dt.timedelta(days=rng.randrange(0, 90)) if n % 7 else None,
                "totals": {"EUR": Decimal("250.00")},
                "body_text": "Bonjour, sauf erreur de notre part ...",
                "created_at": stamp,
                "updated_at": stamp,
            }
            for n in range(REMINDERS)
        ],
    )
    insert(
        Document,
        [
            {
                "sha256": f"{n:064d}",
                "original_filename": f"facture-{n}.pdf",
                "sender": "compta@c.test",
                "outcome": "quarantined" if n % 20 == 0 else "ingested",
                "reason": "no invoice number found" if n % 20 == 0 else "",
                "received_at": stamp,
                "created_at": stamp,
                "updated_at": stamp,
            }
            for n in range(DOCUMENTS)
        ],
    )
    insert(
        ContactFlag,
        [
            {
                "debtor": first_debtor + n * (DEBTORS // FLAGGED),
                "kind": "email" if n % 4 else "postal_address",
                "step_id": "r1",
                "amount_at_stake": (at_stake := Decimal(rng.randrange(1_000, 900_000)) / 100),
                "totals_at_stake": {"EUR": at_stake},
                "reason": "no email address",
                "opened_at": stamp,
            }
            for n in range(FLAGGED)
        ],
    )


def pages(app: Flask, ids: dict[str, int]) -> list[tuple[str, str]]:
    """Every page staff open, with the dashboard's own links to its filtered lists."""
    views = {getattr(v, "endpoint", ""): v for v in app.extensions["admin"][0]._views}

    def sort(endpoint: str, column: str) -> str:
        position = [c for c, _ in views[endpoint]._list_columns].index(column)
        return f"/admin/{endpoint}/?sort={position}&desc=1"

    def filtered(endpoint: str, kind: str) -> str:
        found = [type(f).__name__ for f in views[endpoint]._filters]
        return f"/admin/{endpoint}/?flt0_{found.index(kind)}=1"

    with app.test_request_context():
        inbox = {
            "failed sends": filter_url("reminder", "failed", column=Reminder.status),
            "invoices to review": filter_url("invoice", "1", column=Invoice.needs_review),
            "documents quarantined": filter_url("document", "quarantined", column=Document.outcome),
            "payments unmatched": filter_url("payment", "1", column=Payment.unallocated),
            "invoices without due date": filter_url("invoice", "1", key="no_due_date"),
            "invoices no ladder follows": filter_url("invoice", "1", key="unfollowed"),
            "invoices overdue": filter_url("invoice", "1", column=Invoice.due_date),
        }
    return [
        ("dashboard", "/admin/"),
        ("worklist", "/admin/worklist/"),
        ("worklist page 20", "/admin/worklist/?page=20"),
        ("worklist form", f"/admin/worklist/{ids['flagged']}/"),
        ("debtors", "/admin/debtor/"),
        ("debtors search", "/admin/debtor/?search=martin"),
        ("debtors to complete", filtered("debtor", "OpenFlagFilter")),
        ("debtors overdue", filtered("debtor", "OverdueFilter")),
        ("debtors search invoice number", "/admin/debtor/?search=F0004242"),
        ("debtors search phone", "/admin/debtor/?search=06+12+34+56+78"),
        ("debtors by balance", sort("debtor", "balance")),
        ("debtors by overdue", sort("debtor", "overdue")),
        ("debtors by oldest due", sort("debtor", "oldest_due")),
        ("debtors by days overdue", sort("debtor", "days_overdue")),
        ("debtor file", f"/admin/debtor/file/{ids['debtor']}"),
        ("debtor edit", f"/admin/debtor/edit/?id={ids['debtor']}"),
        ("invoices", "/admin/invoice/"),
        ("invoices by days overdue", sort("invoice", "days_overdue")),
        ("invoices by amount due", sort("invoice", "amount_due")),
        ("invoices search debtor", "/admin/invoice/?search=martin"),
        ("invoice page", f"/admin/invoice/{ids['invoice']}/"),
        ("payments", "/admin/payment/"),
        ("payment match", f"/admin/payment/match/{ids['payment']}"),
        ("reminders", "/admin/reminder/"),
        ("reminder details", f"/admin/reminder/details/?id={ids['reminder']}"),
        ("replies", "/admin/replies/"),
        ("documents", "/admin/document/"),
        ("mails", "/admin/mail/"),
        ("learned templates", "/admin/learned/"),
        ("phone tasks", "/admin/phone/"),
        ("letters", "/admin/letters/"),
        ("collection dossiers", "/admin/handover/"),
        ("upcoming reminders", "/admin/upcoming/"),
        ("rules", "/admin/rules/"),
        ("users", "/admin/adminuser/"),
        *((f"inbox: {name}", url) for name, url in inbox.items()),
    ]


def log_in(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    response = client.post(
        "/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302, response.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="build the ledger in this directory")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="relance-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "rules.yaml").write_text(RULES)
    url = f"sqlite:///{workdir / 'bench.db'}"
    fresh = not (workdir / "bench.db").exists()
    settings = Settings.load(
        environ={
            "RELANCE_DATABASE_URL": url,
            "RELANCE_DATA_DIR": str(workdir),
            "RELANCE_RULES": str(workdir / "rules.yaml"),
            "RELANCE_SECRET_KEY": SECRET_KEY,
        },
        env_file=workdir / "absent.env",
    )
    database = bind(url)
    with database.connection_context():
        migrate()
        if fresh:
            started = time.perf_counter()
            fill(random.Random(7))
            create_user("bench", PASSWORD, role="admin")
            database.execute_sql("ANALYZE")
            print(f"ledger built in {time.perf_counter() - started:.1f} s at {workdir}")
        unmatched = Payment.select(Payment.id).where(Payment.unallocated > 0)
        ids = {
            "debtor": Debtor.select(Debtor.id).order_by(Debtor.id.desc()).scalar(),
            "flagged": ContactFlag.select(ContactFlag.debtor).order_by(ContactFlag.id).scalar(),
            "invoice": Invoice.select(Invoice.id).order_by(Invoice.id.desc()).scalar(),
            "payment": unmatched.order_by(Payment.id.desc()).scalar(),
            "reminder": Reminder.select(Reminder.id).order_by(Reminder.id.desc()).scalar(),
        }
    app = create_app(settings, database=database, secure_cookies=False)
    client = app.test_client()
    log_in(client)
    print(f"{Invoice.__name__}s {INVOICES:,}, debtors {DEBTORS:,}, runs {args.runs}")
    print(f"{'page':<36}{'median ms':>10}{'max ms':>9}  status")
    worst = 0.0
    for name, path in pages(app, ids):
        timings = []
        for _ in range(args.runs):
            started = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        median = statistics.median(timings)
        worst = max(worst, median)
        mark = "ok" if median <= TARGET_MS else "OVER TARGET"
        print(f"{name:<36}{median:>10.1f}{max(timings):>9.1f}  {mark}")
    print(f"slowest median {worst:.1f} ms (target <= {TARGET_MS} ms)")


if __name__ == "__main__":
    main()
