"""How a reminder reaches the debtor: one module per channel, all fed the same Letter facts."""

from __future__ import annotations

from dataclasses import dataclass

from ledger.models import ContactKind

# The contact each channel needs from the debtor (None: nothing to check).
CONTACT_NEEDED: dict[str, str | None] = {
    "email": ContactKind.EMAIL,
    "sms": ContactKind.PHONE,
    "letter": ContactKind.POSTAL_ADDRESS,
    "registered_letter": ContactKind.POSTAL_ADDRESS,
    "phone_task": ContactKind.PHONE,
    "handover": None,
}


@dataclass(frozen=True)
class ChannelConfig:
    """What the channels need from the install's settings (the scheduler never reads them)."""

    smtp_url: str | None = None
    sms_url: str | None = None
    sms_token: str = ""
    fallback_sender: str = "relance@relance.localhost"
    smtp_timeout: float = 30.0
    # The admin's contacts-to-complete page, linked from the creditor's daily digest.
    worklist_url: str = ""
    # The dedicated mailbox: answers to reminders come back to it (plus-addressed).
    reply_address: str = ""
    # Invoice PDFs and statement attached to one reminder e-mail, in bytes at most.
    attachments_max_bytes: int = 10 * 1024 * 1024
