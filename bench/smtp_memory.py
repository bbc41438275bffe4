"""Memory of the intake daemon while ten 24 MB mails arrive at once over SMTP.

    PYTHONPATH=. .venv/bin/python bench/smtp_memory.py [--mails 10] [--size-mb 24]

Starts `relance ingest` on a fresh install, sends the mails concurrently (each an invoice PDF
and a large scan-like attachment), waits until every invoice is committed, then prints the
daemon's peak resident memory (VmHWM) and that of its parser processes. Target: the daemon
stays under 400 MB.
"""

from __future__ import annotations

import argparse
import base64
import os
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from repo_path import ROOT  # first: the `ingest` package, not this file

from ledger.database import bind
from ledger.models import Invoice
from tests.ingest import mails
from tests.ingest.pdfs import invoice_pdf
from tests.servers.ports import free_port, port_open, wait_until

RULES = """
creditors:
  bench:
    name: Bench SARL
    allowed_senders: ["@creditor.test"]
ladders: {}
"""
INBOX = "factures@relance.localhost"


def big_mail(number: str, size: int) -> bytes:
    """An invoice and a large scan (base64 grows it by a third) making about `size` bytes."""
    scan = base64.encodebytes(os.urandom(int(size * 0.74))).replace(b"\n", b"\r\n")
    head = mails.mail([mails.pdf_attachment(invoice_pdf(number), f"{number}.pdf")])
    closing = head.rstrip().rpartition(b"\r\n")[2]  # --boundary--
    return (
        head[: -len(closing) - 2]
        + closing[:-2]
        + b"\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="scan.jpg"\r\n\r\n'
        + scan
        + closing
        + b"\r\n"
    )


def peak_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=10)
    parser.add_argument("--size-mb", type=int, default=24)
    args = parser.parse_args()
    size = args.size_mb * 1024 * 1024
    with tempfile.TemporaryDirectory() as tmp:
        install = Path(tmp)
        (install / "rules.yaml").write_text(RULES)
        port = free_port()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "RELANCE_DATABASE_URL": f"sqlite:///{install / 'relance.db'}",
            "RELANCE_DATA_DIR": str(install / "var"),
            "RELANCE_RULES": str(install / "rules.yaml"),
            "RELANCE_SMTP_LISTEN": f"127.0.0.1:{port}",
            "RELANCE_SMTP_MAX_SIZE": str(size + 1024 * 1024),
            "RELANCE_ACKNOWLEDGE": "false",
        }
        relance = [sys.executable, "-m", "relance"]
        subprocess.run(
            [*relance, "init", "--admin-password", "bench passphrase 2026"],
            env=env,
            cwd=install,
            check=True,
            capture_output=True,
        )
        daemon = subprocess.Popen(
            [*relance, "ingest"],
            env=env,
            cwd=install,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: port_open(port), 60, what="the receiver")
            idle = peak_kb(daemon.pid)
            raws = [big_mail(f"M-{n:03d}", size) for n in range(args.mails)]
            print(
                f"{args.mails} mails of {len(raws[0]) / 1e6:.1f} MB; daemon at start "
                f"{idle / 1024:.0f} MB (peak so far)"
            )
            started = time.perf_counter()
            answers: list[str] = []

            def send(raw: bytes) -> None:
                with smtplib.SMTP("127.0.0.1", port, timeout=300) as client:
                    client.sendmail("compta@creditor.test", [INBOX], raw)
                answers.append("250")

            threads = [threading.Thread(target=send, args=(raw,)) for raw in raws]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            accepted = time.perf_counter() - started
            database = bind(env["RELANCE_DATABASE_URL"])

            def committed() -> int:
                with database.connection_context():
                    return Invoice.select().count()

            wait_until(lambda: committed() == args.mails, 600, what="every invoice")
            done = time.perf_counter() - started
            parsers = [peak_kb(c) for c in children(daemon.pid)]
            print(
                f"accepted {len(answers)}/{args.mails} in {accepted:.1f} s, all committed in "
                f"{done:.1f} s"
            )
            print(f"daemon peak RSS (VmHWM): {peak_kb(daemon.pid) / 1024:.0f} MB (target < 400)")
            print(f"parser processes peak RSS: {', '.join(f'{p / 1024:.0f} MB' for p in parsers)}")
            print(f"load average: {os.getloadavg()}")
        finally:
            daemon.terminate()
            daemon.wait(30)


if __name__ == "__main__":
    main()
