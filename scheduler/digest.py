"""The daily digest to each creditor: debtors whose missing contact holds reminders back,
payments the bank took back (returned direct debits, reversals) since the last digest, and
invoices held for a person (to review, no due date)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from ledger.models import ContactFlag, Creditor, Debtor, PaymentReturn, SystemState
from ledger.money import Totals, merge
from ledger.payment_returns import mark_reported, unreported_returns
from ledger.state import publish_state
from scheduler.channels import ChannelConfig, email
from scheduler.engine import Held
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


@dataclass
class DebtorRow:
    name: str
    missing: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    at_stake: Totals = field(default_factory=dict)


def missing_words(flag: ContactFlag) -> str:
    debtor = flag.debtor
    if flag.kind == "email":
        return (
            f"adresse e-mail {debtor.email} invalide"
            if debtor.email
            else "adresse e-mail manquante"
        )
    if flag.kind == "phone":
        return (
            f"numéro {debtor.phone} inutilisable pour cette étape"
            if debtor.phone
            else "numéro de téléphone manquant"
        )
    return "adresse postale incomplète"


def debtor_rows(flags: list[ContactFlag]) -> list[DebtorRow]:
    """One row per debtor: what is missing, the steps waiting, and what is at stake once
    (several flags of one debtor are about the same invoices: the largest per currency)."""
    rows: dict[int, DebtorRow] = {}
    for flag in flags:
        row = rows.setdefault(flag.debtor_id, DebtorRow(flag.debtor.name))
        row.missing.append(missing_words(flag))
        if flag.step_id and flag.step_id not in row.steps:
            row.steps.append(flag.step_id)
        for code, amount in flag.totals_at_stake.items():
            row.at_stake[code] = max(row.at_stake.get(code, amount), amount)
    return list(rows.values())


def render_digest(
    config: ChannelConfig,
    flags: list[ContactFlag],
    day: dt.date,
    returns: list[PaymentReturn] | None = None,
    held: list[Held] | None = None,
) -> Rendered:
    rows = debtor_rows(flags)
    summary = [
        f"{len(returns)} paiement(s) rejeté(s) par la banque" if returns else "",
        f"{len(flags)} coordonnée(s) à compléter" if flags else "",
        f"{len(held)} facture(s) à vérifier" if held else "",
    ]
    return render(
        "creditor/digest",
        "fr",
        {
            "returns": returns or [],
            "return_reasons": RETURN_REASONS,
            "summary": [part for part in summary if part],
            "debtors": rows,
            "held": held or [],
            "day": day,
            "at_stake": merge(*(row.at_stake for row in rows)),
            "worklist_url": config.worklist_url,
        },
    )


def send_digests(
    config: ChannelConfig, day: dt.date, held: list[Held], creditor_id: int | None = None
) -> int:
    """One digest per creditor (or for the one given) and day, remembered in SystemState;
    returns how many went."""
    sent = 0
    creditors = Creditor.select().where(Creditor.email.is_null(False))
    if creditor_id is not None:
        creditors = creditors.where(Creditor.id == creditor_id)
    for creditor in creditors:
        key = f"digest.{creditor.slug}"
        state = SystemState.get_or_none(SystemState.key == key)
        if state is not None and state.value == day.isoformat():
            continue
        flags = list(
            ContactFlag.select(ContactFlag, Debtor)
            .join(Debtor)
            .where((Debtor.creditor == creditor.id) & ContactFlag.resolved_at.is_null())
            .order_by(Debtor.name, ContactFlag.id)
        )
        returns = unreported_returns(creditor)
        own_held = [h for h in held if h.creditor == creditor.slug]
        if not flags and not returns and not own_held:
            continue
        digest = render_digest(config, flags, day, returns, own_held)
        message = email.build_message(
            sender_name="Relance",
            sender_address=config.fallback_sender,
            reply_to=None,
            to=creditor.email,
            subject=digest.subject,
            text=digest.text.lstrip("\n"),
            html=f"<pre>{digest.html.lstrip()}</pre>",
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
