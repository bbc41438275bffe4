"""The parts `relance run` hosts, in start order (they stop in the reverse one)."""

from __future__ import annotations

from admin.server import admin_service
from ingest.imap import ImapWatcher
from ingest.payments.dropfolder import PaymentsDropFolder
from ingest.spool import Spool
from ledger.locks import locks_for
from ledger.nodes import this_node
from ledger.storage import blobs
from relance.commands.ingest import build_ingest_services
from relance.commands.remind import reminder_service
from relance.daemon import Service
from relance.nodes import NodeService, Singleton
from relance.settings import Settings

PAYMENTS_DROP_FOLDER = "payments-drop-folder"


def build_services(settings: Settings) -> list[Service]:
    """Every part of a node. Each node runs the SMTP receiver, the spool processor, the reminder
    passes (creditor by creditor, under their locks) and the admin; the IMAP watcher of the
    mailbox and the payments drop folder run on one node at a time."""
    node = this_node(settings.node_name)
    locks = locks_for(settings.database_url, settings.takeover_s, f"relance {node.name}")

    def singleton(service: Service, lock_name: str) -> Service:
        return Singleton(service, lock_name, node, locks, settings.takeover_s)

    ingest = [
        singleton(s, f"imap:{s.account.key}/{s.account.folder}")
        if isinstance(s, ImapWatcher)
        else s
        for s in build_ingest_services(settings)
    ]
    return [
        NodeService(node, locks, Spool.under(settings.data_dir), settings.takeover_s),
        *ingest,
        singleton(PaymentsDropFolder(settings.payments_dir, blobs.put), PAYMENTS_DROP_FOLDER),
        reminder_service(settings, locks, node),
        admin_service(settings),
    ]
