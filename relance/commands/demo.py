"""`relance demo`: mail the sample invoices that ship with Relance to the running daemon, one
mail each, as the demo creditor's accountant would."""

from __future__ import annotations

from pathlib import Path

import click

from ledger.clock import today
from relance.bootstrap import load_settings
from relance.commands.ingest import mail_pdfs
from relance.samples import SAMPLES, sample_pdf


@click.command()
@click.option("--from", "sender", default="compta@localhost", show_default=True)
@click.option(
    "--save",
    type=click.Path(file_okay=False, path_type=Path),
    help="also write the PDFs in this folder",
)
def demo(sender: str, save: Path | None) -> None:
    """Mail five sample French invoices to the daemon's SMTP receiver (`relance run`)."""
    settings = load_settings()
    day = today()
    for sample in SAMPLES:
        data = sample_pdf(sample, day)
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"{sample.number}.pdf").write_bytes(data)
        mail_pdfs(settings, [(f"{sample.number}.pdf", data)], sender, None)
        click.echo(f"sent {sample.number} ({sample.debtor}, {sample.total} €)")
    click.echo("see them with: relance list invoices (or the admin's Factures page)")
