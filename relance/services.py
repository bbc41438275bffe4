"""The parts `relance run` hosts, in start order (they stop in the reverse one)."""

from __future__ import annotations

from admin.server import admin_service
from ingest.payments.dropfolder import PaymentsDropFolder
from ingest.spool import Spool
from ledger.storage import blobs
from relance.commands.ingest import build_ingest_services
from relance.commands.remind import reminder_service
from relance.daemon import Service
from relance.nodes import NodeService, Singleton, this_nodes_locks, with_singletons
from relance.payment_rules import CurrentPaymentRules
from relance.settings import Settings

PAYMENTS_DROP_FOLDER = "payments-drop-folder"


def build_services(settings: Settings) -> list[Service]:
    """Every part of a node. Each node runs the SMTP receiver, the spool processor, the reminder
    passes (creditor by creditor, under their locks) and the admin; the IMAP watcher of the
    mailbox and the payments drop folder run on one node at a time."""
    node, locks = this_nodes_locks(settings)
    drop_folder = PaymentsDropFolder(
        settings.payments_dir, blobs.put, payment_rules=CurrentPaymentRules(settings.rules)
    )
    return [
        NodeService(node, locks, Spool.under(settings.data_dir), settings.takeover_s),
        *with_singletons(build_ingest_services(settings), node, locks, settings.takeover_s),
        Singleton(drop_folder, PAYMENTS_DROP_FOLDER, node, locks, settings.takeover_s),
        reminder_service(settings, locks, node),
        admin_service(settings),
    ]
