"""The SMS: who it is from (an 11-character alphanumeric sender), what is owed, how to pay."""

from __future__ import annotations

import re
import unicodedata

from ledger.models import Creditor, Debtor, Invoice
from ledger.money import Totals, totals
from scheduler.channels.letter import pdf_text
from scheduler.channels.sms import MAX_LENGTH
from scheduler.payment import HowToPay
from scheduler.rendering import language_of, totals_words

SENDER_LENGTH = 11
SHOWN_NUMBERS = 5


def sms_sender(declared: str | None, creditor_name: str) -> str:
    """rules.yaml's sms_sender, else the creditor's name cut after a whole word within 11
    letters and digits ('Démo Services à domicile' → 'Demo'), never mid-word."""
    if declared:
        return declared
    ascii_name = unicodedata.normalize("NFKD", creditor_name).encode("ascii", "ignore").decode()
    sender = ""
    for word in re.findall(r"[A-Za-z0-9]+", ascii_name):
        candidate = f"{sender} {word}".strip()
        if len(candidate) > SENDER_LENGTH:
            break
        sender = candidate
    return sender or ascii_name[:SENDER_LENGTH]


def sms_text(
    creditor: Creditor,
    debtor: Debtor,
    invoices: list[Invoice],
    payment: HowToPay | None = None,
    thanks: bool = False,
) -> str:
    language = language_of(debtor.language)
    owed = totals((i.amount_due, i.currency) for i in invoices)
    total = totals_words(owed, language)
    numbers = ", ".join(i.number for i in invoices[:SHOWN_NUMBERS])
    many = len(invoices) > 1
    contact = creditor.phone or creditor.email or ""
    if thanks:
        if language == "en":
            text = f"{creditor.name}: thank you for your payment ({numbers})."
        else:
            text = f"{creditor.name} : merci pour votre règlement ({numbers})."
        return pdf_text(text)[:MAX_LENGTH]
    if language == "en":
        what = f"invoices {numbers}" if many else f"invoice {numbers}"
        text = f"{creditor.name}: {total} outstanding ({what}). Please pay."
    else:
        what = f"factures {numbers}" if many else f"facture {numbers}"
        verb = "restent dus" if total_is_plural(owed) else "reste dû"
        text = f"{creditor.name} : {total} {verb} ({what}). Merci de régler."
    links = [line.link for line in payment.invoices if line.link] if payment else []
    for link in links:
        if len(text) + len(link) + len(contact) + 2 > MAX_LENGTH:
            break
        text += f" {link}"
    if contact:
        text += f" {contact}"
    return pdf_text(text)[:MAX_LENGTH]


def total_is_plural(owed: Totals) -> bool:
    """French agrees 'dû' with the amount: plural from two euros ('1,50 € reste dû'), and
    with two amounts in two currencies."""
    return len(owed) > 1 or any(amount >= 2 for amount in owed.values())
