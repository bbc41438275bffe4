"""`relance admin`: serve the back office alone; `relance admin create-user` adds a login."""

from __future__ import annotations

import click

from admin.server import admin_service
from ledger.models import AdminUser
from ledger.users import ROLES, UnknownUser, create_user, set_password
from relance.bootstrap import (
    configure_logging,
    load_settings,
    open_ledger,
    refuse_unshared_secret,
)
from relance.daemon import run_forever
from relance.first_run import forget_first_login


@click.group(invoke_without_command=True)
@click.pass_context
def admin(ctx: click.Context) -> None:
    """Serve the back office alone with waitress on RELANCE_ADMIN_LISTEN."""
    if ctx.invoked_subcommand is not None:
        return
    settings = load_settings()
    configure_logging(settings)
    refuse_unshared_secret(settings)
    open_ledger(settings)
    service = admin_service(settings)
    click.echo(f"admin on http://{service.host}:{service.port}/ (Ctrl-C to stop)")
    run_forever([service])


@admin.command("create-user")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), default="staff", show_default=True)
@click.password_option(help="prompted when not given (at least 12 characters, hard to guess)")
def create_user_command(username: str, role: str, password: str) -> None:
    """Add a back-office login; admins also manage users and rules."""
    settings = load_settings()
    database = open_ledger(settings)
    with database.connection_context():
        if AdminUser.select().where(AdminUser.username == username.strip()).exists():
            raise click.ClickException(f"user {username!r} already exists")
        try:
            create_user(username, password, role=role)
        except ValueError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"{role} user created: {username}")


@admin.command("set-password")
@click.argument("username")
@click.password_option(help="prompted when not given (at least 12 characters, hard to guess)")
def set_password_command(username: str, password: str) -> None:
    """Give a login a new password; its open sessions end."""
    settings = load_settings()
    database = open_ledger(settings)
    with database.connection_context():
        try:
            set_password(username.strip(), password)
        except UnknownUser:
            raise click.ClickException(f"no user {username!r}") from None
        except ValueError as error:
            raise click.ClickException(str(error)) from None
    forget_first_login(settings.data_dir)
    click.echo(f"new password set for {username}; their sessions are ended")
