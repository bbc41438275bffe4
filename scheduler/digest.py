"""The daily digest to each creditor: debtors whose missing contact holds reminders back, and
payments the bank took back (returned direct debits, reversals) since the last digest."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

from ledger.models import ContactFlag, Creditor, Debtor, PaymentReturn, SystemState
from ledger.payment_returns import mark_reported, unreported_returns
from ledger.state import publish_state
from scheduler.channels import ChannelConfig, email
from scheduler.errors import ChannelError
from scheduler.rendering import Rendered, render

log = logging.getLogger(__name__)


# What the common SEPA return codes mean, for the creditor reading the digest.
RETURN_REASONS = {
    "AC01": "compte du débiteur erroné",
    "AC04": "compte du débiteur clos",
    "AC06": "compte du débiteur bloqué",
    "AM04": "provision insuffisante",
    "MD01": "pas de mandat",
    "MD06": "remboursement demandé par le débiteur",
    "MS02": "refusé par le débiteur",
    "MS03": "motif non précisé par la banque",
    "SL01": "refusé par la banque du débiteur",
}


def render_digest(
    config: ChannelConfig,
    flags: list[ContactFlag],
    day: dt.date,
    returns: list[PaymentReturn] | None = None,
) -> Rendered:
    return render(
        "creditor/digest",
        "fr",
        {
            "returns": returns or [],
            "return_reasons": RETURN_REASONS,
            "flags": flags,
            "day": day,
            "debtors": len({f.debtor_id for f in flags}),
            "at_stake": sum((f.amount_at_stake for f in flags), Decimal("0")),
            "worklist_url": config.worklist_url,
        },
    )


def send_digests(config: ChannelConfig, day: dt.date) -> int:
    """One digest per creditor and day (remembered in SystemState); returns how many went."""
    sent = 0
    for creditor in Creditor.select().where(Creditor.email.is_null(False)):
        key = f"digest.{creditor.slug}"
        state = SystemState.get_or_none(SystemState.key == key)
        if state is not None and state.value == day.isoformat():
            continue
        flags = list(
            ContactFlag.select(ContactFlag, Debtor)
            .join(Debtor)
            .where((Debtor.creditor == creditor.id) & ContactFlag.resolved_at.is_null())
            .order_by(Debtor.name)
        )
        returns = unreported_returns(creditor)
        if not flags and not returns:
            continue
        digest = render_digest(config, flags, day, returns)
        message = email.build_message(
            sender_name="Relance",
            sender_address=config.fallback_sender,
            reply_to=None,
            to=creditor.email,
            subject=digest.subject,
            text=digest.text,
            html=f"<pre>{digest.html}</pre>",
        )
        try:
            email.send(config.smtp_url, message, lambda: None, timeout=config.smtp_timeout)
        except ChannelError as error:
            log.warning("digest for %s not sent: %s", creditor.slug, error)
            continue
        publish_state(key, day.isoformat())
        mark_reported(returns, day)
        sent += 1
    return sent
