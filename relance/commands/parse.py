"""`relance parse FILE… [--json] [--no-xml] [--no-ocr] [--month-end-terms …]`: the parsing chain
on files, as records.

Files are read by the long-lived parser pool, one process per core, several at a time; the
records come out in the order the files were given.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import click

from parsing import ParseError, ParseOptions, ParserPool
from parsing.record import DAYS_THEN_MONTH_END, MONTH_END_READINGS


def parse_file(path: Path, options: ParseOptions, pool: ParserPool) -> list[dict[str, Any]]:
    """One record per invoice in the file, or a single {"file", "error"} record."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return [{"file": str(path), "error": f"cannot read file ({error.strerror or error})"}]
    try:
        invoices = pool.parse(data, str(path), options)
    except ParseError as error:
        return [{"file": str(path), "error": error.reason}]
    if not invoices:
        return [{"file": str(path), "error": "no invoice found"}]
    return [invoice.to_record() for invoice in invoices]


def _row(record: dict[str, Any]) -> str:
    if "error" in record:
        return f"{record['file']}  ERROR: {record['error']}"
    debtor = record["debtor"]
    amount = f"{record['total_due'] or '?'} {record['currency'] or ''}".strip()
    pages = ",".join(str(p) for p in record["pages"])
    return (
        f"{record['file']} p.{pages}  {record['invoice_number'] or '?'}  "
        f"issued {record['issue_date'] or '?'}  due {record['due_date'] or '?'}  {amount}  "
        f"{debtor['name'] or '?'}  [{record['source']} {record['confidence']:.2f}]"
        + (f"  problems: {'; '.join(record['problems'])}" if record["problems"] else "")
    )


@click.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per invoice, per line.")
@click.option("--no-xml", is_flag=True, help="Ignore embedded Factur-X/ZUGFeRD XML.")
@click.option("--no-ocr", is_flag=True, help="Do not read scanned pages by OCR.")
@click.option(
    "--templates",
    "template_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Extra folder of invoice2data templates (repeatable).",
)
@click.option(
    "--month-end-terms",
    type=click.Choice([reading.replace("_", "-") for reading in MONTH_END_READINGS]),
    default=DAYS_THEN_MONTH_END.replace("_", "-"),
    show_default=True,
    help='How "N jours fin de mois" terms are counted, as the creditor does: N days on, then '
    "that month's end; or the issue month's end, then N days. A date printed beside the terms "
    "wins either way.",
)
@click.option("--timeout", default=30.0, show_default=True, help="Seconds allowed per file.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=lambda: os.cpu_count() or 1,
    show_default="one per core",
    help="Parser processes.",
)
def parse(
    files: tuple[Path, ...],
    as_json: bool,
    no_xml: bool,
    no_ocr: bool,
    template_dirs: tuple[Path, ...],
    month_end_terms: str,
    timeout: float,
    workers: int,
) -> None:
    """Read invoice PDFs and print the invoices found. Exit 1 if any file gave none."""
    options = ParseOptions(
        use_xml=not no_xml,
        ocr=not no_ocr,
        template_dirs=template_dirs,
        month_end_reading=month_end_terms.replace("-", "_"),
    )
    workers = min(workers, len(files))
    pool = ParserPool(workers, timeout, prefork=True)
    failed = False
    try:
        with ThreadPoolExecutor(workers) as threads:
            for records in threads.map(lambda path: parse_file(path, options, pool), files):
                failed = failed or "error" in records[0]
                for record in records:
                    click.echo(json.dumps(record, ensure_ascii=False) if as_json else _row(record))
    finally:
        pool.close()
    if failed:
        raise SystemExit(1)
