"""`relance list KIND`: what the ledger holds, as a table or JSON."""

from __future__ import annotations

import click

from ledger.manual_payments import unmatched_payments
from relance.bootstrap import load_settings, open_ledger
from relance.listing import LISTINGS, as_json, as_table, rows


@click.command(name="list")
@click.argument("kind", type=click.Choice(sorted(LISTINGS)))
@click.option("--json", "as_json_flag", is_flag=True, help="machine-readable output")
@click.option("--unmatched", is_flag=True, help="payments: only those not fully allocated")
def list_(kind: str, as_json_flag: bool, unmatched: bool) -> None:
    """Show what the ledger holds."""
    if unmatched and kind != "payments":
        raise click.UsageError("--unmatched applies to payments only")
    settings = load_settings()
    database = open_ledger(settings)
    with database.connection_context():
        records = rows(kind, unmatched_payments() if unmatched else None)
    if as_json_flag:
        click.echo(as_json(records))
    elif records:
        click.echo(as_table(records, LISTINGS[kind][1]))
    else:
        click.echo(f"no {kind}")
