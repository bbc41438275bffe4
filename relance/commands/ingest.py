"""`relance ingest`, `relance reprocess`, `relance send-sample`: the mail intake on its own."""

from __future__ import annotations

import imaplib
import os
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import click

from ingest.acknowledge import AckSettings
from ingest.reprocess import (
    DocumentNotFound,
    NotAPdfDocument,
    quarantined_documents,
    reprocess_documents,
    reprocessing_intake,
)
from ingest.services import IngestConfig, drain_once, ingest_services
from ingest.smtp import SmtpOptions
from ingest.spool import Spool
from ledger.database import sqlite_path
from relance.bootstrap import configure_logging, load_settings, open_ledger
from relance.daemon import Service, run_forever
from relance.nodes import NodeService, this_nodes_locks, with_singletons
from relance.payment_rules import CurrentPaymentRules
from relance.settings import Settings


def ingest_config(settings: Settings) -> IngestConfig:
    host, port = settings.smtp_listen
    ack = None
    if settings.acknowledge and settings.outgoing_smtp_url:
        ack = AckSettings(
            outgoing_smtp_url=settings.outgoing_smtp_url,
            from_address=settings.inbox_address[0],
            review_link=f"{settings.admin_base_url.rstrip('/')}/admin/document/",
        )
    return IngestConfig(
        data_dir=settings.data_dir,
        inbox=settings.inbox_address,
        smtp=SmtpOptions(
            host=host,
            port=port,
            max_size=settings.smtp_max_size,
            tls_cert=settings.smtp_tls_cert,
            tls_key=settings.smtp_tls_key,
            auth_user=settings.smtp_auth_user,
            auth_password=settings.smtp_auth_password,
        ),
        imap_url=settings.imap_url,
        ack=ack,
        trusted_authserv_ids=settings.trusted_authserv_id,
        queue=sqlite_path(settings.database_url) is None,
        takeover_s=settings.takeover_s,
        review_threshold=settings.review_threshold,
        payment_rules=CurrentPaymentRules(settings.rules),
        receive_smtp=bool(port),
    )


def build_ingest_services(settings: Settings) -> list[Service]:
    """The SMTP receiver, the spool processor and (when RELANCE_IMAP_URL is set) the watcher."""
    return ingest_services(ingest_config(settings))


@click.command()
@click.option("--once", is_flag=True, help="drain the IMAP mailbox and the spool, then exit")
def ingest(once: bool) -> None:
    """Run the mail intake alone: SMTP receiver, IMAP watcher, spool processor."""
    settings = load_settings()
    configure_logging(settings)
    open_ledger(settings)
    config = ingest_config(settings)
    if not once:
        node, locks = this_nodes_locks(settings)
        spool = Spool.under(settings.data_dir)
        services = with_singletons(ingest_services(config), node, locks, settings.takeover_s)
        run_forever([NodeService(node, locks, spool, settings.takeover_s), *services])
        return
    try:
        done = drain_once(config)
    except (OSError, imaplib.IMAP4.error) as error:
        raise click.ClickException(f"IMAP: {error}") from None
    click.echo(f"{done} mail(s) processed")


@click.command()
@click.argument("document_id", type=int, required=False)
@click.option("--quarantined", is_flag=True, help="every quarantined document")
def reprocess(document_id: int | None, quarantined: bool) -> None:
    """Parse stored documents again and record what they now give."""
    if (document_id is None) == (not quarantined):
        raise click.UsageError("give either a DOCUMENT_ID or --quarantined")
    settings = load_settings()
    configure_logging(settings)
    open_ledger(settings)
    ids = quarantined_documents() if quarantined else [document_id]
    workers = max(1, min(os.cpu_count() or 1, len(ids)))
    with reprocessing_intake(settings.data_dir, settings.review_threshold, workers) as intake:
        try:
            for result in reprocess_documents(ids, intake, workers):
                click.echo(f"document #{result.document_id}: {result.outcome} ({result.reason})")
        except (DocumentNotFound, NotAPdfDocument) as error:
            raise click.ClickException(str(error)) from None
    if not ids:
        click.echo("no quarantined document")


@click.command(name="send-sample")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from", "sender", default="compta@localhost", show_default=True)
@click.option("--to", "recipient", help="default: the first RELANCE_INBOX_ADDRESS")
def send_sample(file: Path, sender: str, recipient: str | None) -> None:
    """Mail FILE (a PDF) to the running daemon's SMTP receiver."""
    settings = load_settings()
    to = mail_pdfs(settings, [(file.name, file.read_bytes())], sender, recipient)
    host, port = settings.smtp_listen
    click.echo(f"sent {file.name} to {to} via {host}:{port}")


def mail_pdfs(
    settings: Settings, files: list[tuple[str, bytes]], sender: str, recipient: str | None
) -> str:
    """One mail carrying the PDFs to the daemon's SMTP receiver; returns its recipient."""
    host, port = settings.smtp_listen
    if not port:
        raise click.ClickException("the SMTP receiver is off (RELANCE_SMTP_LISTEN=off)")
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient or settings.inbox_address[0]
    message["Subject"] = "Facture " + ", ".join(name for name, _data in files)
    message["Message-ID"] = make_msgid(domain="relance.localhost")
    message.set_content("Facture ci-jointe.")
    for name, data in files:
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    try:
        with smtplib.SMTP(host, port, timeout=30) as client:
            client.send_message(message)
    except smtplib.SMTPResponseException as error:
        detail = error.smtp_error.decode(errors="replace")
        raise click.ClickException(f"refused: {error.smtp_code} {detail}") from None
    except smtplib.SMTPRecipientsRefused as error:
        code, reply = next(iter(error.recipients.values()))
        detail = reply.decode(errors="replace")
        raise click.ClickException(f"refused: {code} {detail}") from None
    except (OSError, smtplib.SMTPException) as error:
        raise click.ClickException(
            f"cannot reach {host}:{port}: {error} (is `relance run` started?)"
        ) from None
    return str(message["To"])
