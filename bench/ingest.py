"""Ingestion throughput: SMTP DATA → committed invoices, and draining an IMAP backlog.

    PYTHONPATH=. .venv/bin/python bench/ingest.py [--smtp 500] [--imap 2000]

Targets on a 2-core machine: >= 50 mails/s over SMTP end to end, >= 30 mails/s for the IMAP
backlog. Each mail carries a one-page PDF invoice. Also prints what one parse costs, in process,
in a process per file (`parse_pdf_isolated`) and in the ingest parser pool.
"""

from __future__ import annotations

import argparse
import os
import signal
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from repo_path import ROOT  # first: the `ingest` package, not this file

from ingest.imap import ImapWatcher
from ingest.pipeline import Intake
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor, Invoice
from ledger.storage.files import FileStore
from parsing import (
    ParserPool,
    parse_pdf,
    parse_pdf_isolated,
)
from tests.ingest import mails
from tests.ingest.pdfs import invoice_pdf
from tests.servers.dovecot import start_dovecot
from tests.servers.ports import free_port, port_open, wait_until

INBOX = "factures@relance.localhost"


def fresh_ledger(directory: Path) -> str:
    url = f"sqlite:///{directory / 'relance.db'}"
    database = bind(url)
    with database.connection_context():
        migrate()
        Creditor.create(slug="bench", name="Bench SARL", allowed_senders="@creditor.test")
    return url


def count_invoices() -> int:
    with Invoice._meta.database.connection_context():
        return Invoice.select().count()


def parser_cost(samples: int = 30) -> None:
    pdfs = [invoice_pdf(f"P-{n}") for n in range(samples)]
    started = time.perf_counter()
    for pdf in pdfs:
        parse_pdf(pdf, "f.pdf")
    in_process = (time.perf_counter() - started) / samples
    parse_pdf_isolated(pdfs[0])
    started = time.perf_counter()
    for pdf in pdfs:
        parse_pdf_isolated(pdf, "f.pdf")
    isolated = (time.perf_counter() - started) / samples
    pool = ParserPool(1)
    pool.parse(pdfs[0])
    started = time.perf_counter()
    for pdf in pdfs:
        pool.parse(pdf, "f.pdf")
    pooled = (time.perf_counter() - started) / samples
    pool.close()
    print(
        f"parser, one-page PDF: in process {in_process * 1000:.1f} ms, "
        f"parse_pdf_isolated {isolated * 1000:.1f} ms, parser pool {pooled * 1000:.1f} ms"
    )


def session_cpu_seconds(session: int) -> float:
    """CPU time used so far by every live process of a session (the daemon and its parsers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[3]) == session:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def bench_smtp(count: int, senders: int = 4) -> float:
    """`relance ingest` in its own process; mails sent by `senders` client threads."""
    with tempfile.TemporaryDirectory(prefix="relance-bench-") as tmp:
        directory = Path(tmp)
        url = fresh_ledger(directory)
        port = free_port()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "RELANCE_DATABASE_URL": url,
            "RELANCE_DATA_DIR": str(directory / "var"),
            "RELANCE_SMTP_LISTEN": f"127.0.0.1:{port}",
            "RELANCE_INBOX_ADDRESS": INBOX,
            "RELANCE_ACKNOWLEDGE": "false",
            "RELANCE_LOG_LEVEL": "WARNING",
        }
        raws = [mails.invoice_mail(f"S-{n:05d}", f"{100 + n % 900}.00") for n in range(count)]
        daemon = subprocess.Popen(
            [sys.executable, "-m", "relance", "ingest"],
            cwd=directory,
            env=env,
            start_new_session=True,
        )
        try:
            wait_until(lambda: port_open(port), 30, what="the receiver")

            def send(part: list[bytes]) -> None:
                with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
                    for raw in part:
                        client.sendmail("compta@creditor.test", [INBOX], raw)

            cpu_before = session_cpu_seconds(daemon.pid)
            started = time.perf_counter()
            threads = [
                threading.Thread(target=send, args=(raws[n::senders],)) for n in range(senders)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            accepted = time.perf_counter() - started
            wait_until(lambda: count_invoices() >= count, 600, what="every invoice")
            elapsed = time.perf_counter() - started
            cpu = session_cpu_seconds(daemon.pid) - cpu_before
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(30)
    rate = count / elapsed
    print(
        f"SMTP: {count} mails, all answered 250 in {accepted:.1f} s "
        f"({count / accepted:.0f}/s), all committed in {elapsed:.1f} s: {rate:.1f} mails/s "
        f"(target >= 50)"
    )
    print(
        f"SMTP: the ingest process and its parsers used {cpu * 1000 / count:.1f} ms of CPU a "
        f"mail ({count / cpu:.0f} mails per CPU-second)"
    )
    return rate


def bench_imap(count: int) -> float:
    server = start_dovecot()
    try:
        from tests.ingest.conftest import deliver

        raws = [mails.invoice_mail(f"I-{n:05d}", f"{100 + n % 900}.00") for n in range(count)]
        loading = time.perf_counter()
        for start in range(0, count, 200):
            deliver(server, *raws[start : start + 200])
        print(f"IMAP: {count} mails appended in {time.perf_counter() - loading:.1f} s")
        with tempfile.TemporaryDirectory(prefix="relance-bench-") as tmp:
            fresh_ledger(Path(tmp))
            pool = ParserPool(2)
            try:
                watcher = ImapWatcher(server.url, Intake(FileStore(Path(tmp)), pool.parse))
                started = time.perf_counter()
                done = watcher.drain()
                elapsed = time.perf_counter() - started
            finally:
                pool.close()
            assert done == count == count_invoices(), (done, count)
    finally:
        server.remove()
    rate = count / elapsed
    print(f"IMAP: backlog of {count} drained in {elapsed:.1f} s: {rate:.1f} mails/s (target >= 30)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smtp", type=int, default=500, help="mails sent over SMTP")
    parser.add_argument("--imap", type=int, default=2000, help="mails in the IMAP backlog")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    parser_cost()
    if args.smtp:
        bench_smtp(args.smtp)
    if args.imap:
        bench_imap(args.imap)


if __name__ == "__main__":
    main()
