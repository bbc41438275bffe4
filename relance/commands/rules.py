"""`relance rules check [FILE]`: every mistake in rules.yaml, with its line."""

from __future__ import annotations

from pathlib import Path

import click

from relance.bootstrap import load_settings
from relance.settings import Settings
from scheduler.errors import InvalidRules
from scheduler.rules import load_rules
from scheduler.rules_store import apply_creditors, load_rules_for_ledger
from scheduler.template_check import check_templates


@click.group()
def rules() -> None:
    """The business rules file."""


@rules.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
def check(file: Path | None) -> None:
    """Validate FILE (default: RELANCE_RULES) and render every template of every ladder;
    print every error, exit non-zero on any."""
    if file is None:
        file = load_settings().rules
    try:
        loaded = load_rules(file)
    except InvalidRules as error:
        for problem in error.errors:
            click.echo(str(problem), err=True)
        raise SystemExit(1) from None
    steps = sum(len(ladder.steps) for ladder in loaded.ladders.values())
    tried, problems = check_templates(loaded)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        raise SystemExit(1)
    click.echo(
        f"{file}: valid ({len(loaded.creditors)} creditor(s), {len(loaded.ladders)} ladder(s), "
        f"{steps} step(s)); {tried} template rendering(s) without error"
    )


def seed_creditors(settings: Settings) -> None:
    """Upsert the creditors rules.yaml declares (inside a database connection); an invalid
    file is reported and skipped, never fatal here."""
    try:
        loaded = load_rules_for_ledger(settings.rules)
    except InvalidRules as error:
        click.echo(f"rules not applied:\n{error}", err=True)
        return
    apply_creditors(loaded)
    click.echo(f"creditors from {settings.rules}: {', '.join(loaded.creditors) or 'none'}")
