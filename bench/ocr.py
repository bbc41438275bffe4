"""OCR on scans: generated invoices rendered, degraded and read back through Tesseract.

    PYTHONPATH=. .venv/bin/python bench/ocr.py [--invoices 50] [--seed 1]

Each invoice of the generator (its layouts in turn) is rendered and damaged as an office scanner
and a mail client would (skew 1–2° either way, 150 or 200 dpi, grey noise, JPEG 40–75; see
tests/parsing/scans.py), then parsed by the chain. Prints the exact rate per field (core fields:
number, issue date, due date, amount due; then the debtor's), the share of invoices whose four
core fields are all right, and the seconds per page, wall and CPU (Tesseract included), with
the machine's load: the box is shared, and wall time follows the load.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

import repo_path  # noqa: F401  (first: the repository on sys.path)

from parsing import ParseError, ParseOptions, parse_pdf
from tests.parsing.accuracy import CORE, DEBTOR, actual, expected
from tests.parsing.generator import LAYOUTS, invoice_pdf
from tests.parsing.scans import Damage, scanned


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    names = sorted(LAYOUTS)
    right = dict.fromkeys((*CORE, *DEBTOR), 0)
    all_core = pages = held = failed = 0
    walls, cpus = [], []
    print(f"load before: {os.getloadavg()[0]:.2f}")
    for index in range(args.invoices):
        name = names[index % len(names)]
        data, truth = invoice_pdf(name, args.seed * 1000 + index)
        scan = scanned(data, Damage.drawn(rng))
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            invoices = parse_pdf(scan, f"{name}.pdf", ParseOptions(use_xml=False))
        except ParseError as error:
            print(f"{name}: {error.reason}")
            invoices = []
        count = max((max(invoice.pages) for invoice in invoices), default=1)
        walls.append((time.perf_counter() - wall) / count)
        cpus.append((cpu_seconds() - cpu) / count)
        pages += count
        if not invoices:
            failed += 1
            continue
        invoice = invoices[0]
        held += invoice.source == "ocr" and bool(invoice.problems)
        want, got = expected(truth), actual(invoice)
        for field in right:
            right[field] += want[field] == got[field]
        all_core += all(want[field] == got[field] for field in CORE)
    total = args.invoices
    print(f"load after: {os.getloadavg()[0]:.2f}")
    print(f"{total} scans, {pages} pages, {failed} unreadable, {held} held for review (ocr)")
    print("exact per field:", "  ".join(f"{k}={v / total:.1%}" for k, v in right.items()))
    print(f"all four core fields right: {all_core / total:.1%}")
    print(
        f"seconds per page: wall median {statistics.median(walls):.2f} "
        f"mean {statistics.mean(walls):.2f}; CPU median {statistics.median(cpus):.2f} "
        f"mean {statistics.mean(cpus):.2f}"
    )


if __name__ == "__main__":
    main()
