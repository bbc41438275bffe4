"""The one console script: `relance <command>`.

Each command lives in its own module under relance/commands/ and is imported only when it
runs: listing the commands (`relance --help`) imports none of them, and `relance parse` loads
the parser, not the admin, the scheduler or the ledger. The table holds each command's module
and the one-line help shown in the list (a test keeps it equal to the command's own).
"""

from __future__ import annotations

import importlib

import click

COMMANDS: dict[str, tuple[str, str]] = {
    "admin": ("admin:admin", "Serve the back office alone with waitress on RELANCE_ADMIN_LISTEN."),
    "config": ("install:config", "Print the effective settings (secrets masked)."),
    "demo": (
        "demo:demo",
        "Mail five sample French invoices to the daemon's SMTP receiver (`relance run`).",
    ),
    "ingest": (
        "ingest:ingest",
        "Run the mail intake alone: SMTP receiver, IMAP watcher, spool processor.",
    ),
    "init": (
        "install:init",
        "Create the database, a first admin user, a sample rules.yaml and .env, when missing.",
    ),
    "list": ("show:list_", "Show what the ledger holds."),
    "parse": ("parse:parse", "Read invoice PDFs and print the invoices found."),
    "payments": (
        "payments:payments",
        "Payments from the creditor's software (CSV) or the bank (CAMT.053).",
    ),
    "redate": (
        "redate:redate",
        "Re-date open invoices after a creditor's month-end reading changed.",
    ),
    "remind": ("remind:remind", "Run the reminder pass for today (or --on a day)."),
    "reprocess": (
        "ingest:reprocess",
        "Parse stored documents again and record what they now give.",
    ),
    "rules": ("rules:rules", "The business rules file."),
    "run": ("run:run", "Run everything in one process (a node): mail intake, reminders, admin."),
    "send-sample": (
        "ingest:send_sample",
        "Mail FILE (a PDF) to the running daemon's SMTP receiver.",
    ),
    "status": ("status:status", "Nodes seen in the last minute, singleton holders, queue depths."),
    "storage": ("storage:storage", "The blob store: invoice PDFs, raw mails, letters, dossiers."),
}


class LazyGroup(click.Group):
    """Subcommands from the COMMANDS table, imported when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, _, name = COMMANDS[cmd_name][0].partition(":")
        return getattr(importlib.import_module(f"relance.commands.{module}"), name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, help_text) for name, (_, help_text) in COMMANDS.items()])


@click.group(cls=LazyGroup)
@click.version_option(package_name="relance")
def cli() -> None:
    """Relance: reads the invoice mailbox and runs the reminder ladders."""


def main() -> None:
    cli(prog_name="relance")
