"""`relance storage migrate --to URL`: move every blob to another store, each one verified."""

from __future__ import annotations

import click

from ledger.storage import StorageError, blobs
from ledger.storage.migrate import migrate_store, referenced_keys
from relance.bootstrap import load_settings, open_ledger


@click.group()
def storage() -> None:
    """The blob store: invoice PDFs, raw mails, letters, dossiers."""


@storage.command()
@click.option("--to", "target_url", required=True, help="file:///folder or s3://bucket/prefix")
def migrate(target_url: str) -> None:
    """Copy every blob of RELANCE_STORAGE_URL's store into TARGET and check each sha256."""
    settings = load_settings()
    database = open_ledger(settings)
    try:
        target = settings.blob_store(target_url)
        with database.connection_context():
            referenced = list(referenced_keys())
        click.echo(f"from {blobs.where} to {target.where}")
        report = migrate_store(blobs, target, referenced, _progress)
    except StorageError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"{report.copied} object(s) copied, {report.already_there} already there, "
        f"{report.verified} verified by their sha256 in {target.where}"
    )
    if report.missing:
        shown = ", ".join(report.missing[:5]) + (" …" if len(report.missing) > 5 else "")
        raise click.ClickException(
            f"{len(report.missing)} object(s) the ledger names are in neither store: {shown}"
        )
    click.echo(f"done: set RELANCE_STORAGE_URL={target_url} on every node and restart them")


def _progress(done: int) -> None:
    if done % 1000 == 0:
        click.echo(f"  {done} object(s)…")
