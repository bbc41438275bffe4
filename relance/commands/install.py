"""`relance config` and `relance init`: what the settings say, and a first install."""

from __future__ import annotations

import secrets
import shutil
from importlib import resources

import click

from ledger.database import describe
from ledger.models import AdminUser
from ledger.users import create_user
from relance.bootstrap import load_settings, open_ledger
from relance.commands.rules import seed_creditors
from relance.first_run import ENV_FILE, remember_first_login, write_env


@click.command()
def config() -> None:
    """Print the effective settings (secrets masked)."""
    settings = load_settings()
    for name, value, help_text in settings.describe():
        click.echo(f"{name:<28} {value:<40} # {help_text}")


@click.command()
@click.option("--admin-user", default="admin", show_default=True, help="first admin login")
@click.option("--admin-password", envvar="RELANCE_ADMIN_PASSWORD", help="default: generated")
def init(admin_user: str, admin_password: str | None) -> None:
    """Create the database, a first admin user, a sample rules.yaml and .env, when missing."""
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
            if not admin_password:
                remember_first_login(settings.data_dir, admin_user, password)
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
    if write_env(settings):
        click.echo(f"settings written to {ENV_FILE} (a second shell needs no exports)")
