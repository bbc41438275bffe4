"""`relance run`: every part in one process."""

from __future__ import annotations

import click

from relance.bootstrap import (
    configure_logging,
    hold_single_node,
    load_settings,
    open_ledger,
    refuse_unshared_secret,
)
from relance.daemon import run_forever
from relance.first_run import banner
from relance.services import build_services


@click.command()
def run() -> None:
    """Run everything in one process (a node): mail intake, reminders, admin."""
    settings = load_settings()
    configure_logging(settings)
    refuse_unshared_secret(settings)
    run_lock = hold_single_node(settings)
    try:
        database = open_ledger(settings)

        def started() -> None:
            with database.connection_context():
                lines = banner(settings)
            click.echo("\n".join(["", "Relance is running; Ctrl-C to stop.", *lines]))

        run_forever(build_services(settings), started)
    finally:
        if run_lock is not None:
            run_lock.release()
