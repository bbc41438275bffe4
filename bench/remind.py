"""Dry-run reminder pass over a large SQLite ledger: time and peak memory.

    PYTHONPATH=. python bench/remind.py            # 10k and 100k open invoices
    PYTHONPATH=. python bench/remind.py 100000     # one size

Targets (issues 5 and 11): 100,000 open invoices / 30,000 debtors in <= 5 s and <= 300 MB
peak. What is timed is the dry run itself (`scheduler.passes.prepare` then `report_of`, what
`relance remind --dry-run` runs on a sending day), so it follows the pass as the pass grows.
The ledger mixes euros, dollars and pounds, businesses and consumers, credit notes and a
history of delivered first reminders. Each size is seeded into a temporary SQLite file, then
measured in a fresh child process so the peak resident memory is the pass's own, not the
seeding's.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, Debtor, Invoice, Reminder, ReminderInvoice

DAY = dt.date(2026, 12, 7)  # a Monday: a sending day
CURRENCIES = ("EUR",) * 8 + ("USD", "GBP")
RULES = Path(__file__).resolve().parents[1] / "rules.yaml"


def seed(url: str, invoices: int) -> None:
    debtors = max(1, invoices * 3 // 10)
    rng = random.Random(42)
    database = bind(url)
    with database.connection_context():
        migrate()
        creditor = Creditor.create(slug="demo", name="Bench SARL", default_ladder="standard")
        with database.atomic():
            for start in range(0, debtors, 2000):
                Debtor.insert_many(
                    [
                        {
                            "creditor": creditor.id,
                            "name": f"Client {n}",
                            "name_key": f"client {n}",
                            "customer_ref": f"C{n:07d}",
                            "email": f"c{n}@debtors.test" if n % 10 else None,
                            "phone": f"+336{n:08d}" if n % 13 else "0388123456",
                            "street": "1 rue de la Gare",
                            "postcode": "67000",
                            "city": "Strasbourg",
                            "kind": "business" if n % 2 else "consumer",
                        }
                        for n in range(start, min(debtors, start + 2000))
                    ]
                ).execute()
            ids = [d for (d,) in Debtor.select(Debtor.id).tuples()]
            rows = []
            for n in range(invoices):
                total = f"{rng.randint(20, 5000)}.{rng.randint(0, 99):02d}"
                credit = n % 50 == 0
                rows.append(
                    {
                        "creditor": creditor.id,
                        "debtor": ids[n % len(ids)],
                        "number": f"F{n:08d}",
                        "due_date": DAY - dt.timedelta(days=rng.randint(-10, 60)),
                        "total": f"-{total}" if credit else total,
                        "amount_due": f"-{total}" if credit else total,
                        "currency": CURRENCIES[n % len(CURRENCIES)],
                        "is_credit_note": credit,
                        "status": "open" if n % 7 else "partially_paid",
                    }
                )
                if len(rows) == 5000:
                    Invoice.insert_many(rows).execute()
                    rows = []
            if rows:
                Invoice.insert_many(rows).execute()
            # A history: a third of the invoices already had r1.
            for start in range(0, debtors, 1000):
                for debtor_id in ids[start : start + 1000 : 3]:
                    reminder = Reminder.create(
                        creditor=creditor.id,
                        debtor=debtor_id,
                        key=f"{debtor_id}:r1",
                        ladder="standard",
                        step_id="r1",
                        channel="email",
                        due_on=DAY,
                        status="sent",
                    )
                    ReminderInvoice.insert_many(
                        [
                            {
                                "reminder": reminder.id,
                                "invoice": i,
                                "ladder": "standard",
                                "step_id": "r1",
                                "amount_due": "1.00",
                            }
                            for (i,) in Invoice.select(Invoice.id)
                            .where(Invoice.debtor == debtor_id)
                            .tuples()
                        ]
                    ).execute()
    database.close()


def measure(url: str) -> dict:
    from scheduler.calendar import SendingCalendar
    from scheduler.channels import ChannelConfig
    from scheduler.passes import PassReport, prepare, report_of
    from scheduler.rules import load_rules

    rules = load_rules(RULES)
    assert SendingCalendar(rules.calendar).is_sending_day(DAY)
    config = ChannelConfig(smtp_url="smtp://relay", sms_url="http://sms")
    database = bind(url)
    with database.connection_context():
        wall, cpu = time.perf_counter(), time.process_time()
        work = prepare(rules, DAY)
        prepared = time.process_time()
        report = report_of(work, config, PassReport(DAY.isoformat(), dry_run=True))
        described = time.process_time()
        elapsed = time.perf_counter() - wall
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": round(elapsed, 2),
        "cpu": round(described - cpu, 2),
        "phases": f"ledger + engine {prepared - cpu:.2f} / report {described - prepared:.2f}",
        "peak_mb": round(peak_mb),
        "actions": len(report.actions),
        "skips": len(report.skips),
        "blocked": sum(1 for v in report.actions if v.blocked),
    }


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(sys.argv[2])))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    print(
        f"{'invoices':>9} {'debtors':>8} {'wall s':>7} {'cpu s':>6} {'peak MB':>8} "
        f"{'actions':>8}  cpu by phase (s)"
    )
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{tmp}/bench.db"
            seed(url, size)
            child = subprocess.run(
                [sys.executable, __file__, "--measure", url],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(child.stdout)
            print(
                f"{size:>9} {size * 3 // 10:>8} {figures['seconds']:>7} {figures['cpu']:>6} "
                f"{figures['peak_mb']:>8} {figures['actions']:>8}  {figures['phases']}"
            )
    print(
        "targets at 100,000: <= 5 s, <= 300 MB peak. The pass is the dry run (prepare: snapshot "
        "load, releases, retries, engine, thanks; report: contact check of each line). On a "
        "shared machine, cpu s is the figure to compare."
    )


if __name__ == "__main__":
    main()
