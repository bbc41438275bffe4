"""What staff read instead of the ledger's codes: statuses, channels, outcomes, roles, sources.

The codes stay in the database and the URLs (filters); pages show these labels, translated
when the page is rendered. An unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from flask_babel import gettext, lazy_gettext

from admin.messages import N_

INVOICE_STATUSES = {
    "open": N_("Open"),
    "paid": N_("Paid"),
    "partially_paid": N_("Partly paid"),
    "disputed": N_("Disputed"),
    "promised": N_("Promised"),
    "in_plan": N_("Payment plan"),
    "handed_over": N_("Handed over"),
    "cancelled": N_("Cancelled"),
}
REMINDER_STATUSES = {
    "pending": N_("Pending"),
    "sent": N_("Sent"),
    "failed": N_("Failed"),
    "blocked_missing_contact": N_("Blocked: contact missing"),
    "skipped": N_("Skipped"),
    "awaiting_approval": N_("To approve"),
    "rejected": N_("Rejected"),
}
DEBTOR_KINDS = {"business": N_("Business"), "consumer": N_("Consumer")}
OUTCOMES = {
    "pending": N_("Pending"),
    "ingested": N_("Ingested"),
    "duplicate": N_("Duplicate"),
    "refused": N_("Refused"),
    "quarantined": N_("Quarantined"),
    "reply": N_("Answer to a reminder"),
}
ANSWERS = {
    "reply": N_("Reply"),
    "auto_reply": N_("Automatic reply"),
    "bounce": N_("Undeliverable"),
    "delay": N_("Delivery delayed"),
}
CHANNELS = {
    "email": N_("Email"),
    "sms": N_("SMS"),
    "letter": N_("Letter"),
    "registered_letter": N_("Formal notice (registered letter)"),
    "phone_task": N_("Phone call"),
    "handover": N_("Handover to collection agency"),
}
ROLES = {"staff": N_("staff"), "admin": N_("administrator")}
PARSE_SOURCES = {
    "facturx": N_("Factur-X"),
    "layout": N_("Layout reading"),
    "manual": N_("Typed by hand"),
}
MAIL_SOURCES = {"smtp": "SMTP", "imap": "IMAP"}
MATCHED_BY = {
    "invoice_number": N_("automatic, by invoice number"),
    "customer_ref+amount": N_("automatic, by customer ref and amount"),
    "amount+payer_name": N_("automatic, by amount and payer name"),
    "rf_reference": N_("automatic, by RF creditor reference"),
    "returned": N_("returned by the bank"),
    "manual": N_("by hand"),
}
# Write-off reasons Relance writes itself; staff's own reasons are shown as typed.
WRITE_OFF_REASONS = {
    "under the write-off tolerance": N_("under the write-off tolerance"),
    "payment returned": N_("payment returned by the bank"),
}

KINDS = {"email": N_("email"), "phone": N_("mobile phone"), "postal_address": N_("postal address")}
FIELDS = {
    "name": N_("Name"),
    "customer_ref": N_("Customer ref"),
    "email": N_("Email"),
    "phone": N_("Mobile phone"),
    "street": N_("Street"),
    "postcode": N_("Postcode"),
    "city": N_("City"),
    "country": N_("Country"),
}


# What else a refused form names: the decision's own inputs.
FORM_FIELDS = {
    "reason": N_("Reason"),
    "confirm": N_("Confirmation"),
    "until": N_("Date"),
    "invoices": N_("Invoices"),
    "text": N_("Text"),
    "outcome": N_("Outcome"),
    "action": N_("Action"),
}


# An invoice's fields as the record contract (parsing, review problems) names them.
RECORD_FIELDS = {
    "invoice_number": N_("invoice number"),
    "issue_date": N_("issue date"),
    "due_date": N_("due date"),
    "total": N_("total"),
    "total_due": N_("amount due"),
    "currency": N_("currency"),
    "is_credit_note": N_("credit note"),
    "debtor.name": N_("debtor name"),
    "debtor.customer_ref": N_("customer ref"),
}


def _label(labels: dict[str, str], code: str | None) -> str:
    code = code or ""
    label = labels.get(code)
    return gettext(label) if label is not None else code


def invoice_status_label(code: str | None) -> str:
    return _label(INVOICE_STATUSES, code)


def reminder_status_label(code: str | None) -> str:
    return _label(REMINDER_STATUSES, code)


def debtor_kind_label(code: str | None) -> str:
    return _label(DEBTOR_KINDS, code)


def outcome_label(code: str | None) -> str:
    return _label(OUTCOMES, code)


def channel_label(code: str | None) -> str:
    return _label(CHANNELS, code)


def answer_label(code: str | None) -> str:
    """What kind of answer to a reminder a debtor's mail was."""
    return _label(ANSWERS, code)


def kind_label(code: str | None) -> str:
    """A missing contact's kind, as a contact flag names it."""
    return _label(KINDS, code)


def field_label(name: str | None) -> str:
    return _label(FIELDS, name)


def form_field_label(name: str) -> str:
    """An input a refusal names: a decision's own (reason, date…) or a debtor's field."""
    return _label(FORM_FIELDS, name) if name in FORM_FIELDS else field_label(name)


def refusal(field: str, message: str) -> str:
    """ "Raison : dites pourquoi": the field as staff name it, then the translated message,
    punctuated as the page's language wants."""
    return gettext("%(field)s: %(message)s", field=field, message=gettext(message))


def record_field_label(name: str) -> str:
    """ "due_date", "debtor.email": a field of an invoice record, as staff name it."""
    if name in RECORD_FIELDS:
        return gettext(RECORD_FIELDS[name])
    return _label(FIELDS, name.removeprefix("debtor."))


def role_label(code: str | None) -> str:
    return _label(ROLES, code)


def mail_source_label(code: str | None) -> str:
    return MAIL_SOURCES.get(code or "", code or "")


def parse_source_label(code: str | None) -> str:
    """`template:<name>` names the invoice2data template that read the invoice."""
    code = code or ""
    if code.startswith("template:"):
        return gettext("Template %(name)s", name=code.partition(":")[2])
    return _label(PARSE_SOURCES, code) or "—"


def matched_by_label(code: str | None) -> str:
    """`manual:<user>` is a hand match by that user; the rest are the importer's rules."""
    code = code or ""
    if code.startswith("manual:"):
        return gettext("by hand (%(user)s)", user=code.partition(":")[2])
    return _label(MATCHED_BY, code)


def write_off_reason(reason: str) -> str:
    return gettext(WRITE_OFF_REASONS[reason]) if reason in WRITE_OFF_REASONS else reason


def choices(labels: dict[str, str]) -> list[tuple[str, str]]:
    """Filter options: the code in the URL, the label on the page (translated when shown)."""
    return [(code, lazy_gettext(label)) for code, label in labels.items()]
