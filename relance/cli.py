"""The one console script: `relance <command>`."""

from __future__ import annotations

import secrets
import shutil
from importlib import resources

import click

from ledger.database import describe
from ledger.manual_payments import unmatched_payments
from ledger.models import AdminUser
from ledger.users import create_user
from relance.bootstrap import configure_logging, load_settings, open_ledger
from relance.commands import admin as admin_commands
from relance.commands import ingest
from relance.commands.parse import parse
from relance.commands.payments import payments
from relance.commands.remind import remind
from relance.commands.rules import rules, seed_creditors
from relance.daemon import run_forever
from relance.listing import LISTINGS, as_json, as_table, rows
from relance.services import build_services


@click.group()
@click.version_option(package_name="relance")
def cli() -> None:
    """Relance: reads the invoice mailbox and runs the reminder ladders."""


@cli.command()
def config() -> None:
    """Print the effective settings (secrets masked)."""
    settings = load_settings()
    for name, value, help_text in settings.describe():
        click.echo(f"{name:<28} {value:<40} # {help_text}")


@cli.command()
@click.option("--admin-user", default="admin", show_default=True, help="first admin login")
@click.option("--admin-password", envvar="RELANCE_ADMIN_PASSWORD", help="default: generated")
def init(admin_user: str, admin_password: str | None) -> None:
    """Create the database, a first admin user and a sample rules.yaml, when missing."""
    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    database = open_ledger(settings)
    click.echo(f"database ready: {describe(settings.database_url)}")
    with database.connection_context():
        if not AdminUser.select().exists():
            password = admin_password or secrets.token_urlsafe(12)
            try:
                create_user(admin_user, password, role="admin")
            except ValueError as error:
                raise click.ClickException(str(error)) from None
            shown = password if not admin_password else "(as given)"
            click.echo(f"admin user created: {admin_user} / {shown}")
    if not settings.rules.exists():
        sample = resources.files("relance").joinpath("rules.sample.yaml")
        with resources.as_file(sample) as source:
            shutil.copyfile(source, settings.rules)
        click.echo(f"sample rules written to {settings.rules}")
    with database.connection_context():
        seed_creditors(settings)
    settings.session_secret()


@cli.command()
def run() -> None:
    """Run everything in one process: mail intake, reminders, admin."""
    settings = load_settings()
    configure_logging(settings)
    open_ledger(settings)
    run_forever(build_services(settings))


@cli.command(name="list")
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


for _command in (ingest.ingest, ingest.reprocess, ingest.send_sample):
    cli.add_command(_command)
cli.add_command(admin_commands.admin)
cli.add_command(parse)
cli.add_command(remind)
cli.add_command(rules)
cli.add_command(payments)


def main() -> None:
    cli(prog_name="relance")
