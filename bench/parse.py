"""Timing the parsing chain: the shared corpus and a 900-invoice batch PDF, beside invoice2data.

    PYTHONPATH=. .venv/bin/python bench/parse.py [--invoices 900] [--reader pdftotext]
    PYTHONPATH=. .venv/bin/python bench/parse.py --cli [--files 188] [--batch 20]

Prints median ms per page and invoices per second for (a) the corpus with its XML, (b) the corpus
through the layout path (XML ignored), (c) the 900-invoice batch, and the same files through the
`invoice2data` CLI in one call each, side by side.

With `--cli`, the `relance` command itself as a user runs it: the start-up of `relance --help`
(median of 10), then `relance parse --json` over 188 one-page PDFs of the generator, 20 files
per call, one call after the other: invoices per second from the first call's start to the
last call's end (interpreter, parser pool and its processes included). Target on 2 cores:
`--help` ≤ 150 ms, ≥ 30 invoices/s. The machine being shared, it also prints the CPU time of
the whole process tree and the rate it allows if both cores were ours, that CPU per file, the
part of it that is parsing (the same files through `parse_pdf` in this process) and the rest per
call (interpreter, imports, worker processes, output).

Before timing the command, `--cli` byte-compiles the repository's packages into their
`__pycache__`, as `pip install` does for an installed Relance: with `PYTHONDONTWRITEBYTECODE`
set (as on the shared machine) an editable checkout would otherwise compile every module from
source at each call, about a quarter of the start-up. `--no-compile` times the checkout as it is.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import repo_path  # noqa: F401  (first: the repository on sys.path)

from parsing import ParseError, ParseOptions, parse_pdf
from tests.parsing.generator import LAYOUTS, batch_pdf, invoice_pdf

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_files() -> list[Path]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8") as handle:
        return [CORPUS / row["local_pdf"] for row in csv.DictReader(handle, delimiter="\t")]


def ours(files: list[Path], options: ParseOptions) -> dict[str, float]:
    per_page, invoices, pages, elapsed = [], 0, 0, 0.0
    for path in files:
        data = path.read_bytes()
        start = time.perf_counter()
        try:
            found = parse_pdf(data, path.name, options)
        except ParseError:
            found = []
        spent = time.perf_counter() - start
        count = max((max(i.pages) for i in found), default=1)
        per_page.append(spent * 1000 / count)
        invoices += len(found)
        pages += count
        elapsed += spent
    return {
        "files": len(files),
        "pages": pages,
        "invoices": invoices,
        "seconds": elapsed,
        "median_ms_per_page": statistics.median(per_page) if per_page else 0.0,
        "invoices_per_s": invoices / elapsed if elapsed else 0.0,
    }


def invoice2data(files: list[Path], reader: str, pages: int) -> dict[str, float] | None:
    """The invoice2data CLI on all `files` in one call (its own templates; no output written)."""
    command = shutil.which("invoice2data") or str(Path(sys.executable).parent / "invoice2data")
    if not Path(command).exists():
        return None
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        result = subprocess.run(
            [command, "--input-reader", reader, "--output-format", "json", "--template-folder",
             str(Path(__file__).resolve().parents[1] / "parsing" / "templates"),
             "--output-name", str(Path(out) / "result"), *map(str, files)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - start
        produced = list(Path(out).glob("result*"))
        found = 0
        if produced:
            import json

            found = len(json.loads(produced[0].read_text() or "[]"))
    return {
        "files": len(files),
        "pages": pages,
        "invoices": found,
        "seconds": elapsed,
        "ms_per_page": elapsed * 1000 / max(pages, 1),
        "invoices_per_s": found / elapsed if elapsed else 0.0,
        "exit": result.returncode,
    }


def show(title: str, figures: dict[str, float] | None) -> None:
    if figures is None:
        print(f"{title:<44} (not available)")
        return
    parts = [f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()]
    print(f"{title:<44} " + "  ".join(parts))


def relance_command() -> str:
    return shutil.which("relance") or str(Path(sys.executable).parent / "relance")


def cli_start_up(runs: int = 10) -> tuple[float, float]:
    """Median seconds of `relance --help`, wall and CPU."""
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), children_cpu()
        subprocess.run([relance_command(), "--help"], capture_output=True, check=True)
        walls.append(time.perf_counter() - start)
        cpus.append(children_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def cli_parse(count: int, batch: int) -> dict[str, float]:
    """`relance parse --json` over `count` one-page PDFs, `batch` files per call."""
    names = sorted(LAYOUTS)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for index in range(count):
            path = Path(tmp) / f"{index:04d}.pdf"
            path.write_bytes(invoice_pdf(names[index % len(names)], index)[0])
            files.append(str(path))
        records = 0
        adopt_orphans()
        cpu = children_cpu()
        start = time.perf_counter()
        for first in range(0, count, batch):
            done = subprocess.run(
                [relance_command(), "parse", "--json", *files[first : first + batch]],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            records += sum('"invoice_number"' in line for line in done.stdout.splitlines())
            reap_orphans()
        elapsed = time.perf_counter() - start
        cpu = children_cpu() - cpu
        parsing_cpu = parse_cpu(files)
    cores = os.cpu_count() or 1
    calls = -(-count // batch)
    return {
        "files": count,
        "calls": calls,
        "invoices": records,
        "seconds": elapsed,
        "invoices_per_s": records / elapsed,
        "cpu_seconds": cpu,
        "invoices_per_s_if_cores_free": records / max(cpu / cores, 1e-9),
        "cpu_ms_per_file": cpu * 1000 / count,
        "of_which_parsing_ms_per_file": parsing_cpu * 1000 / count,
        "processes_ms_per_call": (cpu - parsing_cpu) * 1000 / calls,
    }


def parse_cpu(files: list[str]) -> float:
    """CPU seconds of `parse_pdf` alone over `files`, in this process (after a first file, as a
    worker has): the part of the command's time that is parsing, not processes and start-up."""
    datas = [Path(path).read_bytes() for path in files]
    parse_pdf(datas[0], files[0])
    start = time.process_time()
    for path, data in zip(files, datas, strict=True):
        parse_pdf(data, path)
    return time.process_time() - start


def adopt_orphans() -> None:
    """Become the reaper of our descendants: the parser pool's forkserver and workers outlive
    their `relance` process for a moment, and their CPU time counts too."""
    import ctypes

    ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER


def reap_orphans() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            return
        if pid == 0:
            return


def byte_compile() -> None:
    """The repository's packages compiled as an installed wheel has them."""
    root = Path(__file__).resolve().parents[1]
    for package in ("relance", "parsing", "ledger", "ingest", "scheduler", "admin"):
        compileall.compile_dir(root / package, quiet=1)


def children_cpu() -> float:
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=900)
    parser.add_argument("--reader", default="pdftotext", help="invoice2data input reader")
    parser.add_argument("--cli", action="store_true", help="time the relance command instead")
    parser.add_argument("--files", type=int, default=188, help="--cli: one-page PDFs")
    parser.add_argument("--batch", type=int, default=20, help="--cli: files per call")
    parser.add_argument(
        "--no-compile", action="store_true", help="--cli: do not byte-compile the packages first"
    )
    args = parser.parse_args()

    if args.cli:
        if not args.no_compile:
            byte_compile()
        state = "as they are" if args.no_compile else "byte-compiled"
        print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores, packages {state}")
        wall, cpu = cli_start_up()
        print(f"relance --help: median {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU")
        show(f"relance parse, {args.batch} files per call", cli_parse(args.files, args.batch))
        print(f"load average {os.getloadavg()[0]:.2f}")
        return

    files = corpus_files()
    with tempfile.TemporaryDirectory() as tmp:
        data, _ = batch_pdf(args.invoices, seed=3)
        batch = Path(tmp) / f"batch-{args.invoices}.pdf"
        batch.write_bytes(data)
        if files:
            # Text pages only: the corpus's one scan would be read by OCR (bench/ocr.py times it).
            xml = ours(files, ParseOptions(ocr=False))
            layout = ours(files, ParseOptions(use_xml=False, ocr=False))
            show("(a) corpus, relance (XML first)", xml)
            show("(a) corpus, relance layout path (--no-xml)", layout)
            show(
                f"(a) corpus, invoice2data CLI ({args.reader})",
                invoice2data(files, args.reader, xml["pages"]),
            )
        else:
            print(f"corpus not found at {CORPUS}: skipped")
        ours_batch = ours([batch], ParseOptions())
        show(f"(b) {args.invoices}-invoice batch, relance", ours_batch)
        show(
            f"(b) {args.invoices}-invoice batch, invoice2data CLI",
            invoice2data([batch], args.reader, int(ours_batch["pages"])),
        )


if __name__ == "__main__":
    main()
