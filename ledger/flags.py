"""Contact flags: a due step needs a contact the debtor lacks; staff complete it."""

from __future__ import annotations

from decimal import Decimal

from ledger.clock import now
from ledger.contacts import missing_contact
from ledger.models import ContactFlag, ContactKind, Debtor, Reminder, db
from ledger.money import Totals, largest, totals


def open_contact_flag(
    debtor: Debtor,
    kind: str,
    *,
    step_id: str = "",
    amount_at_stake: Decimal = Decimal("0"),
    totals_at_stake: Totals | None = None,
    reminder: Reminder | None = None,
) -> ContactFlag:
    """Open (or refresh) the debtor's flag for `kind`; one open flag per debtor and kind.

    `totals_at_stake` is what the blocked step is about, per currency; given alone, an
    `amount_at_stake` is taken to be in euros."""
    if totals_at_stake is None:
        totals_at_stake = totals([(amount_at_stake, "EUR")]) if amount_at_stake else {}
    amount_at_stake = largest(totals_at_stake)
    if kind not in ContactKind.ALL:
        raise ValueError(f"unknown contact kind {kind!r}")
    reason = missing_contact(debtor, kind) or f"{kind} needed"
    with db.atomic():
        flag = ContactFlag.get_or_none(
            (ContactFlag.debtor == debtor)
            & (ContactFlag.kind == kind)
            & ContactFlag.resolved_at.is_null()
        )
        if flag is None:
            return ContactFlag.create(
                debtor=debtor,
                kind=kind,
                step_id=step_id,
                reminder=reminder,
                amount_at_stake=amount_at_stake,
                totals_at_stake=totals_at_stake,
                reason=reason,
            )
        flag.step_id = step_id or flag.step_id
        flag.reminder = reminder or flag.reminder
        flag.amount_at_stake = amount_at_stake
        flag.totals_at_stake = totals_at_stake
        flag.reason = reason
        flag.save()
        return flag


def open_flags(debtor: Debtor) -> list[ContactFlag]:
    return list(
        ContactFlag.select()
        .where((ContactFlag.debtor == debtor) & ContactFlag.resolved_at.is_null())
        .order_by(ContactFlag.opened_at)
    )


def resolve_contact_flags(debtor: Debtor, *, by: str = "") -> list[ContactFlag]:
    """Close the debtor's open flags whose contact is now usable; return those closed."""
    resolved = []
    with db.atomic():
        for flag in open_flags(debtor):
            if missing_contact(debtor, flag.kind) is None:
                flag.resolved_at = now()
                flag.resolved_by = by
                flag.save()
                resolved.append(flag)
    return resolved
