"""`relance payments import FILE [--creditor SLUG] [--format NAME] [--dry-run]`: a thin shell
over the importer, with the payments rules read from the current rules.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ingest.payments import PaymentImportError, import_payment_file
from ledger.models import Creditor
from relance.bootstrap import load_settings, open_ledger
from relance.payment_rules import CurrentPaymentRules


@click.group()
def payments() -> None:
    """Payments from the creditor's software (CSV) or the bank (CAMT.053)."""


@payments.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--creditor", "slug", help="creditor slug; optional when there is only one")
@click.option("--format", "format_name", help="one of the creditor's payments_csv formats")
@click.option("--dry-run", is_flag=True, help="read and match, write nothing")
@click.option("--json", "as_json", is_flag=True, help="the full report, machine-readable")
def import_(
    file: Path, slug: str | None, format_name: str | None, dry_run: bool, as_json: bool
) -> None:
    """Import FILE, match it to open invoices; exit 1 when a line is malformed (debits and
    declined transfers are counted, not errors)."""
    settings = load_settings()
    database = open_ledger(settings)
    current = CurrentPaymentRules(settings.rules)
    with database.connection_context():
        creditor = _creditor(slug)
        rules = current(creditor)
        if current.error:
            click.echo(
                f"rules.yaml refused, using the last valid payments rules:\n{current.error}",
                err=True,
            )
        try:
            report = import_payment_file(
                creditor,
                file.read_bytes(),
                file.name,
                dry_run=dry_run,
                format_name=format_name,
                rules=rules,
            )
        except PaymentImportError as error:
            raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for line in report.summary():
            click.echo(line)
    if report.errors:
        raise SystemExit(1)


def _creditor(slug: str | None) -> Creditor:
    if slug:
        creditor = Creditor.get_or_none(Creditor.slug == slug)
        if creditor is None:
            raise click.ClickException(f"no creditor with the slug {slug!r}")
        return creditor
    creditors = list(Creditor.select().order_by(Creditor.slug).limit(11))
    if len(creditors) == 1:
        return creditors[0]
    if not creditors:
        raise click.ClickException("no creditor in the ledger yet: declare one in rules.yaml")
    names = ", ".join(c.slug for c in creditors[:10])
    raise click.ClickException(f"several creditors: name one with --creditor ({names})")
