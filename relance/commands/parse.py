"""`relance parse FILE… [--json] [--no-xml]`: the parsing chain on files, as records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from parsing import ParseError, ParseOptions, parse_pdf_isolated


def parse_file(path: Path, options: ParseOptions, timeout: float) -> list[dict[str, Any]]:
    """One record per invoice in the file, or a single {"file", "error"} record."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return [{"file": str(path), "error": f"cannot read file ({error.strerror or error})"}]
    try:
        invoices = parse_pdf_isolated(data, str(path), options, timeout=timeout)
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
@click.option(
    "--templates",
    "template_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Extra folder of invoice2data templates (repeatable).",
)
@click.option("--timeout", default=30.0, show_default=True, help="Seconds allowed per file.")
def parse(
    files: tuple[Path, ...],
    as_json: bool,
    no_xml: bool,
    template_dirs: tuple[Path, ...],
    timeout: float,
) -> None:
    """Read invoice PDFs and print the invoices found. Exit 1 if any file gave none."""
    options = ParseOptions(use_xml=not no_xml, template_dirs=template_dirs)
    failed = False
    for path in files:
        records = parse_file(path, options, timeout)
        failed = failed or "error" in records[0]
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False) if as_json else _row(record))
    if failed:
        raise SystemExit(1)
