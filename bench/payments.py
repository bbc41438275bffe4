"""Import and match 50,000 payment lines against 100,000 open invoices; prints the figures.

    PYTHONPATH=. python bench/payments.py [--payments N] [--invoices N] [--database-url URL]

Target (issues 6 and 13): the import of the 50,000-line CSV, matching included, in ≤ 10 s on SQLite.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import gc
import os
import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import repo_path  # noqa: F401  (first: the `ingest` package, not bench/ingest.py)

from ingest.payments import import_payment_file
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, Debtor, Invoice, Payment, PaymentAllocation
from ledger.normalise import name_key

FIRST = ["Jeanne", "Hélène", "François", "Noël", "Jérôme", "Paul", "Amélie", "Luc", "Zoé", "Rémi"]
LAST = ["Martin", "Lefèvre", "Dupré", "Crémieux", "Durand", "Bâtiment", "Moreau", "Garçon"]


def build_ledger(invoices: int, rng: random.Random) -> tuple[Creditor, list[dict[str, object]]]:
    creditor = Creditor.create(slug="bench", name="Bench SARL")
    debtor_count = invoices // 2
    debtors = [
        {
            "creditor": creditor.id,
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
            "customer_ref": f"C{n:06d}",
        }
        for n in range(debtor_count)
    ]
    for row in debtors:
        row["name_key"] = name_key(str(row["name"]))
    for start in range(0, len(debtors), 500):
        Debtor.insert_many(debtors[start : start + 500]).execute()
    debtor_ids = [d for (d,) in Debtor.select(Debtor.id).order_by(Debtor.id).tuples()]
    rows = []
    for n in range(invoices):
        total = Decimal(rng.randrange(1000, 500_000)) / 100
        debtor_index = n % debtor_count
        rows.append(
            {
                "creditor": creditor.id,
                "debtor": debtor_ids[debtor_index],
                "number": f"F2026-{n:06d}",
                "issue_date": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300)),
                "due_date": dt.date(2026, 12, 1),
                "total": total,
                "amount_due": total,
                "_debtor": debtors[debtor_index],
            }
        )
    for start in range(0, len(rows), 500):
        Invoice.insert_many(
            [{k: v for k, v in r.items() if k != "_debtor"} for r in rows[start : start + 500]]
        ).execute()
    return creditor, rows


def french(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",")


def payments_csv(rows: list[dict[str, object]], count: int, rng: random.Random) -> bytes:
    lines = ["Date règlement;N° facture;Code client;Client;Mode;Montant;Référence"]
    kinds = collections.Counter()
    for invoice in rng.sample(rows, count):
        debtor = invoice["_debtor"]
        amount = invoice["amount_due"]
        day = f"{rng.randrange(1, 29):02d}/11/2026"
        kind = rng.choices(
            ["number", "partial", "reference", "customer", "name", "unmatched"],
            [60, 10, 10, 8, 7, 5],
        )[0]
        kinds[kind] += 1
        number, ref, name, reference = invoice["number"], debtor["customer_ref"], debtor["name"], ""
        if kind == "partial":
            amount = (amount / 2).quantize(Decimal("0.01"))
        elif kind == "reference":
            # A bank line: the number among a date and an amount, as French banks write them.
            reference, number = f"VIR SEPA FACT {number} DU {day} {french(amount)} EUR", ""
        elif kind == "customer":
            number = ""
        elif kind == "name":
            number, ref, name = "", "", str(name).upper()
        elif kind == "unmatched":
            number, ref, name = "", "", "Inconnu"
            amount = Decimal("0.07") + rng.randrange(1, 1000)
        lines.append(f"{day};{number};{ref};{name};Virement;{french(amount)};{reference}")
    lines.append(f";;;;Total;{len(lines) - 1};")
    print(f"payment lines by kind: {dict(sorted(kinds.items()))}")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payments", type=int, default=50_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        database = bind(url)
        with database.connection_context():
            migrate()
            started = time.perf_counter()
            creditor, rows = build_ledger(args.invoices, rng)
            data = payments_csv(rows, args.payments, rng)
            # The setup's 100,000 row dicts are not the importer's: let them go before timing.
            del rows
            gc.collect()
            print(f"setup: {args.invoices} open invoices, {len(data)} bytes of CSV "
                  f"in {time.perf_counter() - started:.1f} s (not counted)")  # fmt: skip
            started, cpu = time.perf_counter(), time.process_time()
            report = import_payment_file(creditor, data, "bench.csv")
            first, first_cpu = time.perf_counter() - started, time.process_time() - cpu
            by = collections.Counter(a.matched_by for p in report.imported for a in p.allocations)
            print(report.summary()[0])
            print(f"allocations by rule: {dict(sorted(by.items()))}")
            print(f"payments in ledger: {Payment.select().count()}, "
                  f"allocations: {PaymentAllocation.select().count()}")  # fmt: skip
            # On a shared machine the wall clock includes waiting for a CPU; both are shown.
            print(f"FIRST IMPORT: {len(report.imported)} lines in {first:.2f} s wall, "
                  f"{first_cpu:.2f} s CPU ({len(report.imported) / first:,.0f} lines/s); "
                  "target <= 10 s")  # fmt: skip
            started, cpu = time.perf_counter(), time.process_time()
            again = import_payment_file(creditor, data, "bench-again.csv")
            second, second_cpu = time.perf_counter() - started, time.process_time() - cpu
            print(f"RE-IMPORT: {len(again.duplicates)} duplicates, {len(again.imported)} new, "
                  f"in {second:.2f} s wall, {second_cpu:.2f} s CPU")  # fmt: skip
            print(f"load average during the run: {os.getloadavg()[0]:.2f} "
                  f"on {os.cpu_count()} CPUs")  # fmt: skip
        database.close()


if __name__ == "__main__":
    main()
