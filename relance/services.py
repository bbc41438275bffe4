"""The parts `relance run` hosts, in start order."""

from __future__ import annotations

from admin.server import admin_service
from ingest.payments.dropfolder import PaymentsDropFolder
from ingest.store import DocumentStore
from relance.commands.ingest import build_ingest_services
from relance.commands.remind import reminder_service
from relance.daemon import Service
from relance.payment_rules import CurrentPaymentRules
from relance.settings import Settings


def build_services(settings: Settings) -> list[Service]:
    return [
        *build_ingest_services(settings),
        PaymentsDropFolder(
            settings.payments_dir,
            DocumentStore.under(settings.data_dir).put,
            payment_rules=CurrentPaymentRules(settings.rules),
        ),
        reminder_service(settings),
        admin_service(settings),
    ]
