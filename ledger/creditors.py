"""Creditors come from rules.yaml: upserted by slug at start and on every reload. Their reading
of "N jours fin de mois" is staff's (the admin), which a reload leaves alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ledger.errors import UnknownMonthEndReading
from ledger.models import Creditor, Invoice, InvoiceStatus, MonthEndReading, db
from ledger.payment_mapping import DEFAULT_WRITE_OFF_BELOW


@dataclass(frozen=True)
class CreditorFacts:
    slug: str
    name: str
    siren: str | None = None
    siret: str | None = None
    vat_number: str | None = None
    letterhead: str = ""
    email: str | None = None
    phone: str | None = None
    is_b2b: bool = False
    allowed_senders: tuple[str, ...] = field(default_factory=tuple)
    default_ladder: str | None = None
    payments_csv: str = ""
    write_off_below: Decimal = DEFAULT_WRITE_OFF_BELOW


def upsert_creditors(declared: Iterable[CreditorFacts]) -> list[Creditor]:
    """Create or update each declared creditor; creditors no longer declared are kept as-is."""
    saved = []
    with db.atomic():
        for facts in declared:
            values = {
                "name": facts.name,
                "siren": facts.siren,
                "siret": facts.siret,
                "vat_number": facts.vat_number,
                "letterhead": facts.letterhead,
                "email": facts.email,
                "phone": facts.phone,
                "is_b2b": facts.is_b2b,
                "allowed_senders": "\n".join(s.strip().lower() for s in facts.allowed_senders),
                "default_ladder": facts.default_ladder,
                "payments_csv": facts.payments_csv,
                "write_off_below": facts.write_off_below,
            }
            creditor = Creditor.get_or_none(Creditor.slug == facts.slug)
            if creditor is None:
                creditor = Creditor.create(slug=facts.slug, **values)
            else:
                for name, value in values.items():
                    setattr(creditor, name, value)
                creditor.save()
            saved.append(creditor)
    return saved


def creditor_for_sender(address: str) -> Creditor | None:
    """The creditor allowed to send from `address` (an exact address beats a domain)."""
    matches = [c for c in Creditor.select().order_by(Creditor.id) if c.accepts_sender(address)]
    exact = [c for c in matches if address.strip().lower() in c.sender_patterns()]
    return (exact or matches or [None])[0]


def set_month_end_reading(creditor: Creditor, reading: str) -> int:
    """Count the creditor's "N jours fin de mois" terms by `reading` from now on; returns how
    many of its open invoices are already recorded. Those keep their due date: the ledger never
    re-dates an invoice behind staff's back (reprocessing a document recognises its invoices, it
    does not rewrite them)."""
    if reading not in MonthEndReading.ALL:
        raise UnknownMonthEndReading(reading)
    creditor.month_end_reading = reading
    creditor.save(only=[Creditor.month_end_reading, Creditor.updated_at])
    return (
        Invoice.select()
        .where(
            (Invoice.creditor == creditor)
            & Invoice.status.in_(InvoiceStatus.UNPAID)
            & ~Invoice.is_credit_note
        )
        .count()
    )
