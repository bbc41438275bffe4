"""The ledger's tables. Bound to a real database at start-up through `db` (a DatabaseProxy)."""

from __future__ import annotations

import json

import peewee

from ledger.clock import now
from ledger.fields import MoneyField, TotalsField, UTCDateTimeField
from ledger.normalise import email_key, name_key

db = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


class TimestampedModel(BaseModel):
    created_at = UTCDateTimeField(default=now)
    updated_at = UTCDateTimeField(default=now)

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.updated_at = now()
        return super().save(*args, **kwargs)


class InvoiceStatus:
    OPEN = "open"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    DISPUTED = "disputed"
    PROMISED = "promised"
    IN_PLAN = "in_plan"
    HANDED_OVER = "handed_over"
    CANCELLED = "cancelled"
    ALL = (OPEN, PAID, PARTIALLY_PAID, DISPUTED, PROMISED, IN_PLAN, HANDED_OVER, CANCELLED)
    # Still owed by the debtor; whether a reminder may go out is the scheduler's decision.
    UNPAID = (OPEN, PARTIALLY_PAID, DISPUTED, PROMISED, IN_PLAN, HANDED_OVER)


class DocumentOutcome:
    PENDING = "pending"
    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"
    # A mail answering a reminder (a reply, an auto-reply, a bounce): no invoice expected.
    REPLY = "reply"
    ALL = (PENDING, INGESTED, DUPLICATE, QUARANTINED, REPLY)
    # A mail's outcome only: the SMTP receiver said no (envelope and answer kept, no body).
    REFUSED = "refused"


class ReminderStatus:
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    BLOCKED_MISSING_CONTACT = "blocked_missing_contact"
    SKIPPED = "skipped"
    # A step marked `confirm` waits for a person, who approves (-> pending) or rejects it.
    AWAITING_APPROVAL = "awaiting_approval"
    REJECTED = "rejected"
    ALL = (PENDING, SENT, FAILED, BLOCKED_MISSING_CONTACT, SKIPPED, AWAITING_APPROVAL, REJECTED)


class DebtorKind:
    """Business debtors owe the L441-10 penalties and the recovery indemnity; consumers never."""

    BUSINESS = "business"
    CONSUMER = "consumer"
    ALL = (BUSINESS, CONSUMER)


class ContactKind:
    EMAIL = "email"
    PHONE = "phone"
    POSTAL_ADDRESS = "postal_address"
    ALL = (EMAIL, PHONE, POSTAL_ADDRESS)


class ReplyKind:
    REPLY = "reply"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    # A delivery-status notification saying the relay is still trying: noted, nothing more.
    DELAY = "delay"
    ALL = (REPLY, AUTO_REPLY, BOUNCE, DELAY)


class EmailProblem:
    """Why a debtor's e-mail address, well formed, must not be used again as it is."""

    BOUNCE = "bounce"
    WRONG_CONTACT = "wrong_contact"


class MonthEndReading:
    """How a creditor counts its "N jours fin de mois" terms (the same words as the parser's
    ParseOptions.month_end_reading): N days on, then that month's end; or the issue month's
    end, then N days."""

    DAYS_THEN_MONTH_END = "days_then_month_end"
    MONTH_END_THEN_DAYS = "month_end_then_days"
    ALL = (DAYS_THEN_MONTH_END, MONTH_END_THEN_DAYS)


class Creditor(TimestampedModel):
    """The business whose invoices these are; declared in rules.yaml, upserted at start."""

    slug = peewee.CharField(unique=True, max_length=64)
    name = peewee.CharField(max_length=200)
    siren = peewee.CharField(max_length=9, null=True)
    siret = peewee.CharField(max_length=14, null=True)
    vat_number = peewee.CharField(max_length=20, null=True)
    letterhead = peewee.TextField(default="")
    email = peewee.CharField(max_length=254, null=True)
    phone = peewee.CharField(max_length=20, null=True)
    is_b2b = peewee.BooleanField(default=False)
    # Addresses ("compta@client.fr") or domains ("@client.fr"), one per line.
    allowed_senders = peewee.TextField(default="")
    default_ladder = peewee.CharField(max_length=64, null=True)
    # The creditor's payments CSV formats from rules.yaml, as JSON (a list of named formats).
    payments_csv = peewee.TextField(default="")
    # A remainder below this after a payment closes the invoice as paid, written off.
    write_off_below = MoneyField(default=1)
    # How its "N jours fin de mois" terms are counted (MonthEndReading); set by staff in the
    # admin, never by rules.yaml, so a reload keeps it.
    month_end_reading = peewee.CharField(max_length=32, default=MonthEndReading.DAYS_THEN_MONTH_END)

    def sender_patterns(self) -> list[str]:
        return [line.strip().lower() for line in self.allowed_senders.splitlines() if line.strip()]

    def accepts_sender(self, address: str) -> bool:
        """Whether mail from `address` may feed this creditor's invoices."""
        address = address.strip().lower()
        domain = address.rpartition("@")[2]
        for pattern in self.sender_patterns():
            if pattern.startswith("@") and domain == pattern[1:]:
                return True
            if pattern == address:
                return True
        return False


class Debtor(TimestampedModel):
    creditor = peewee.ForeignKeyField(Creditor, backref="debtors", on_delete="RESTRICT")
    name = peewee.CharField(max_length=200)
    name_key = peewee.CharField(max_length=200, index=True)
    customer_ref = peewee.CharField(max_length=64, null=True)
    email = peewee.CharField(max_length=254, null=True)
    email_key = peewee.CharField(max_length=254, null=True, index=True)
    phone = peewee.CharField(max_length=20, null=True)
    street = peewee.CharField(max_length=300, null=True)
    postcode = peewee.CharField(max_length=16, null=True)
    city = peewee.CharField(max_length=120, null=True)
    country = peewee.CharField(max_length=2, default="FR")
    preferred_channel = peewee.CharField(max_length=32, null=True)
    payment_method = peewee.CharField(max_length=32, null=True)
    # None = the empty ladder: nothing is ever sent until staff or the rules assign one.
    ladder = peewee.CharField(max_length=64, null=True)
    # Decided at intake (ledger.kinds), editable by staff; None = the creditor's default.
    kind = peewee.CharField(max_length=16, null=True)
    kind_reason = peewee.CharField(max_length=200, default="")
    language = peewee.CharField(max_length=5, default="fr")
    dispute = peewee.BooleanField(default=False)
    do_not_contact = peewee.BooleanField(default=False)
    notes = peewee.TextField(default="")
    # The email_key of an address that bounced or reached the wrong person (EmailProblem):
    # unusable until the address changes.
    email_unusable = peewee.CharField(max_length=254, null=True)
    email_problem = peewee.CharField(max_length=32, default="")

    class Meta:
        indexes = ((("creditor", "customer_ref"), True),)

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.refresh_keys()
        return super().save(*args, **kwargs)

    def refresh_keys(self) -> None:
        """The matching keys follow the name and email whoever edits them (ingest, staff)."""
        self.name_key = name_key(self.name)[:200]
        self.email_key = email_key(self.email)
        if self.email_unusable and self.email_key != self.email_unusable:
            self.email_unusable = None
            self.email_problem = ""


class Document(TimestampedModel):
    """Every inbound file, kept for good: what came, from whom, and what became of it."""

    creditor = peewee.ForeignKeyField(Creditor, null=True, backref="documents")
    sha256 = peewee.CharField(max_length=64, index=True)
    original_filename = peewee.CharField(max_length=255, default="")
    content_type = peewee.CharField(max_length=100, default="")
    size = peewee.IntegerField(default=0)
    message_id = peewee.CharField(max_length=998, null=True)
    sender = peewee.CharField(max_length=254, null=True)
    received_at = UTCDateTimeField(default=now)
    outcome = peewee.CharField(max_length=16, default=DocumentOutcome.PENDING, index=True)
    reason = peewee.TextField(default="")
    storage_path = peewee.CharField(max_length=500, default="")
    processed_at = UTCDateTimeField(null=True)


class Invoice(TimestampedModel):
    creditor = peewee.ForeignKeyField(Creditor, backref="invoices", on_delete="RESTRICT")
    debtor = peewee.ForeignKeyField(Debtor, backref="invoices", on_delete="RESTRICT")
    number = peewee.CharField(max_length=64)
    is_credit_note = peewee.BooleanField(default=False)
    issue_date = peewee.DateField(null=True)
    due_date = peewee.DateField(null=True, index=True)
    total = MoneyField()
    amount_due = MoneyField()
    currency = peewee.CharField(max_length=3, default="EUR")
    status = peewee.CharField(max_length=16, default=InvoiceStatus.OPEN, index=True)
    document = peewee.ForeignKeyField(Document, null=True, backref="invoices")
    pages = peewee.CharField(max_length=200, default="")
    parse_source = peewee.CharField(max_length=32, default="")
    parse_confidence = peewee.FloatField(null=True)
    needs_review = peewee.BooleanField(default=False, index=True)
    review_reason = peewee.TextField(default="")
    # A promise to pay, or a pause decided by staff: no reminder before this date.
    pause_until = peewee.DateField(null=True)
    # "N jours fin de mois" terms the due date was computed from by the creditor's reading
    # `due_reading` (ledger/redate.py re-dates by them); "" when the date does not hang on a
    # reading (printed, other terms, a person's); NULL when not known (recorded before 16).
    due_terms = peewee.CharField(max_length=64, null=True, default="")
    due_reading = peewee.CharField(max_length=32, null=True)

    class Meta:
        indexes = (
            (("creditor", "number"), True),
            # Covers the dashboard's ageing and the "overdue" filters without reading rows.
            (("status", "due_date", "amount_due", "debtor"), False),
            # The same per currency: the dashboard's ageing never adds two currencies.
            (("status", "currency", "due_date", "amount_due"), False),
            # Each debtor's balance, overdue part and oldest due date per currency, read in
            # debtor order without the rows: the debtors list sorts on them.
            (("debtor", "currency", "status", "is_credit_note", "due_date", "amount_due"), False),
            # The dashboard's days sales outstanding: the last 90 days' invoicing per currency.
            (("issue_date", "currency", "status", "is_credit_note", "total"), False),
            # The reminder pass's candidates (scheduler/snapshots.py): its queries on the
            # candidates' debtors and ids read this index alone, not the rows.
            (("status", "is_credit_note", "debtor", "amount_due", "pause_until"), False),
        )


class InvoiceConflict(BaseModel):
    """A document announced an invoice number we hold with other figures: kept for review."""

    invoice = peewee.ForeignKeyField(Invoice, backref="conflicts", on_delete="CASCADE")
    document = peewee.ForeignKeyField(Document, null=True, backref="conflicts")
    total = MoneyField()
    amount_due = MoneyField()
    due_date = peewee.DateField(null=True)
    details = peewee.TextField(default="")
    created_at = UTCDateTimeField(default=now)
    resolved_at = UTCDateTimeField(null=True)


class Payment(TimestampedModel):
    creditor = peewee.ForeignKeyField(Creditor, backref="payments", on_delete="RESTRICT")
    # Stable per payment line, so importing a file twice never counts a payment twice.
    key = peewee.CharField(max_length=128)
    amount = MoneyField()
    received_on = peewee.DateField()
    reference = peewee.CharField(max_length=300, default="")
    payer_name = peewee.CharField(max_length=200, default="")
    customer_ref = peewee.CharField(max_length=64, null=True)
    method = peewee.CharField(max_length=32, default="")
    import_batch = peewee.CharField(max_length=64, default="", index=True)
    # What is left of the payment once allocated: > 0 on an unmatched or overpaid payment.
    unallocated = MoneyField(default=0)
    currency = peewee.CharField(max_length=3, default="EUR")
    payer_iban = peewee.CharField(max_length=34, default="")
    # The creditor's own account credited, and the payer's end-to-end id (returns name it).
    account = peewee.CharField(max_length=34, default="")
    end_to_end_id = peewee.CharField(max_length=64, default="", index=True)
    # Why the payment waits unmatched, and the invoice numbers a person should look at first.
    note = peewee.CharField(max_length=300, default="")
    suggestions = peewee.CharField(max_length=300, default="")
    # Set when the bank returned or reversed it: the money never stayed.
    returned_on = peewee.DateField(null=True)

    class Meta:
        indexes = ((("creditor", "key"), True),)

    @property
    def suggested_numbers(self) -> list[str]:
        return [n for n in self.suggestions.split("\n") if n]


class PaymentAllocation(BaseModel):
    """The part of a payment applied to one invoice (a payment may settle several invoices).

    A journal: a returned payment adds a negative row per invoice (`matched_by` "returned")
    rather than deleting the ones it undoes, so the timeline keeps both."""

    payment = peewee.ForeignKeyField(Payment, backref="allocations", on_delete="CASCADE")
    invoice = peewee.ForeignKeyField(Invoice, backref="allocations", on_delete="RESTRICT")
    amount = MoneyField()
    matched_by = peewee.CharField(max_length=32, default="")
    created_at = UTCDateTimeField(default=now)


class PaymentReturn(BaseModel):
    """A credit the bank took back (returned direct debit, reversal), once per bank line.

    `payment` is the payment it undid; None when no payment of ours fits it, so a person
    looks. The daily digest tells the creditor once, then sets `reported_on`."""

    creditor = peewee.ForeignKeyField(Creditor, backref="payment_returns", on_delete="RESTRICT")
    key = peewee.CharField(max_length=128)
    payment = peewee.ForeignKeyField(Payment, null=True, backref="returns", on_delete="SET NULL")
    amount = MoneyField()
    currency = peewee.CharField(max_length=3, default="EUR")
    returned_on = peewee.DateField()
    reason_code = peewee.CharField(max_length=8, default="")
    reason = peewee.CharField(max_length=300, default="")
    reference = peewee.CharField(max_length=300, default="")
    payer_name = peewee.CharField(max_length=200, default="")
    import_batch = peewee.CharField(max_length=64, default="")
    reported_on = peewee.DateField(null=True, index=True)
    created_at = UTCDateTimeField(default=now)

    class Meta:
        indexes = ((("creditor", "key"), True),)


class InvoiceWriteOff(BaseModel):
    """A remainder closed without payment: under the creditor's tolerance, or by staff.

    Negative rows undo one (its payment was returned), as allocations do."""

    invoice = peewee.ForeignKeyField(Invoice, backref="write_offs", on_delete="CASCADE")
    payment = peewee.ForeignKeyField(Payment, null=True, backref="write_offs", on_delete="SET NULL")
    amount = MoneyField()
    reason = peewee.CharField(max_length=300, default="")
    written_by = peewee.CharField(max_length=100, default="")
    created_at = UTCDateTimeField(default=now)


class Reminder(TimestampedModel):
    """One ladder step carried out (or blocked) for a debtor: the outbox and the history."""

    creditor = peewee.ForeignKeyField(Creditor, backref="reminders", on_delete="RESTRICT")
    debtor = peewee.ForeignKeyField(Debtor, backref="reminders", on_delete="RESTRICT")
    # Unique per debtor, ladder, step and day: a second process computing the same step loses.
    key = peewee.CharField(max_length=200, unique=True)
    ladder = peewee.CharField(max_length=64)
    step_id = peewee.CharField(max_length=64)
    channel = peewee.CharField(max_length=32)
    due_on = peewee.DateField()
    status = peewee.CharField(max_length=32, default=ReminderStatus.PENDING, index=True)
    totals = TotalsField(default="")
    recipient = peewee.CharField(max_length=300, default="")
    subject = peewee.CharField(max_length=300, default="")
    body_text = peewee.TextField(default="")
    body_html = peewee.TextField(default="")
    # The letter or dossier this reminder produced: a key in the blob store.
    file_path = peewee.CharField(max_length=500, default="")
    # A letter's day of printing: it is in that day's LetterBatch.
    print_day = peewee.DateField(null=True, index=True)
    provider_id = peewee.CharField(max_length=300, default="")
    attempts = peewee.IntegerField(default=0)
    last_error = peewee.TextField(default="")
    claimed_by = peewee.CharField(max_length=100, default="")
    claimed_at = UTCDateTimeField(null=True)
    sent_at = UTCDateTimeField(null=True)
    done_at = UTCDateTimeField(null=True)
    outcome = peewee.TextField(default="")
    # Who approved or rejected a step waiting for a person, and when.
    decided_by = peewee.CharField(max_length=100, default="")
    decided_at = UTCDateTimeField(null=True)
    # Names the reminder in its Message-ID and Reply-To, so answers find their way back.
    reply_token = peewee.CharField(max_length=32, null=True, unique=True)

    class Meta:
        # The dashboard's "sent this month by channel" and the waiting phone tasks.
        indexes = ((("status", "sent_at", "channel"), False),)


class CreditOffset(BaseModel):
    """Part of a credit note set against one of the debtor's open invoices (same currency)."""

    credit_note = peewee.ForeignKeyField(Invoice, backref="offsets_given", on_delete="CASCADE")
    invoice = peewee.ForeignKeyField(Invoice, backref="offsets_received", on_delete="CASCADE")
    amount = MoneyField()
    created_at = UTCDateTimeField(default=now)


class ReminderInvoice(BaseModel):
    """An invoice covered by a reminder; unique per step so no invoice gets a step twice."""

    reminder = peewee.ForeignKeyField(Reminder, backref="items", on_delete="CASCADE")
    invoice = peewee.ForeignKeyField(Invoice, backref="reminder_items", on_delete="RESTRICT")
    ladder = peewee.CharField(max_length=64)
    step_id = peewee.CharField(max_length=64)
    amount_due = MoneyField()

    class Meta:
        indexes = ((("invoice", "ladder", "step_id"), True),)


class ContactFlag(BaseModel):
    """A debtor lacks the contact a due step needs; open until staff complete it."""

    debtor = peewee.ForeignKeyField(Debtor, backref="contact_flags", on_delete="CASCADE")
    kind = peewee.CharField(max_length=16)
    step_id = peewee.CharField(max_length=64, default="")
    reminder = peewee.ForeignKeyField(Reminder, null=True, backref="flags", on_delete="SET NULL")
    # The largest amount at stake in one currency (the worklist's ranking key) and all of them.
    amount_at_stake = MoneyField(default=0)
    totals_at_stake = TotalsField(default="")
    reason = peewee.CharField(max_length=300, default="")
    opened_at = UTCDateTimeField(default=now)
    resolved_at = UTCDateTimeField(null=True, index=True)
    resolved_by = peewee.CharField(max_length=100, default="")

    class Meta:
        # The contacts worklist: open flags grouped by debtor, ranked by amount at stake.
        indexes = ((("resolved_at", "debtor", "amount_at_stake"), False),)


class DebtorNote(BaseModel):
    """A note or a phone-call outcome written by staff on a debtor's timeline."""

    debtor = peewee.ForeignKeyField(Debtor, backref="timeline_notes", on_delete="CASCADE")
    author = peewee.CharField(max_length=100, default="")
    kind = peewee.CharField(max_length=16, default="note")
    text = peewee.TextField()
    created_at = UTCDateTimeField(default=now)


class DebtorReply(BaseModel):
    """Mail answering a reminder: a reply, an auto-reply, a bounce. A reply is staff's task
    ("Réponse à traiter") until handled."""

    debtor = peewee.ForeignKeyField(Debtor, backref="replies", on_delete="CASCADE")
    reminder = peewee.ForeignKeyField(Reminder, null=True, backref="replies", on_delete="SET NULL")
    mail_key = peewee.CharField(max_length=200, index=True)
    kind = peewee.CharField(max_length=16)
    sender = peewee.CharField(max_length=254, default="")
    subject = peewee.CharField(max_length=300, default="")
    excerpt = peewee.TextField(default="")
    # Bounces: the address that failed and the remote server's words.
    address = peewee.CharField(max_length=254, default="")
    diagnostic = peewee.TextField(default="")
    storage_path = peewee.CharField(max_length=500, default="")
    received_at = UTCDateTimeField(default=now)
    handled_at = UTCDateTimeField(null=True)
    handled_by = peewee.CharField(max_length=100, default="")
    resolution = peewee.CharField(max_length=32, default="")

    class Meta:
        # The replies to handle, and each debtor's latest reply (the engine's pause).
        indexes = ((("kind", "handled_at"), False), (("debtor", "kind", "received_at"), False))


class LearnedTemplate(TimestampedModel):
    """An invoice2data template learned from an invoice a person validated or corrected; `path`
    is the blob store key of its YAML (each node parses from a copy under
    DATA_DIR/templates/<creditor slug>/<name>.yml). Rows learned before the store name a file
    under DATA_DIR instead."""

    creditor = peewee.ForeignKeyField(Creditor, backref="learned_templates", on_delete="CASCADE")
    name = peewee.CharField(max_length=64)
    path = peewee.CharField(max_length=500)
    invoice = peewee.ForeignKeyField(
        Invoice, null=True, backref="learned_templates", on_delete="SET NULL"
    )
    learned_by = peewee.CharField(max_length=100, default="")
    # The record fields it reads ("invoice_number,due_date") and the labels it looks for.
    fields = peewee.CharField(max_length=300, default="")
    keywords = peewee.TextField(default="")

    class Meta:
        indexes = ((("creditor", "name"), True),)


class InboundMail(BaseModel):
    """One received mail (SMTP or IMAP), keyed by Message-ID or a hash of its bytes."""

    key = peewee.CharField(max_length=200, unique=True)
    message_id = peewee.CharField(max_length=998, null=True)
    source = peewee.CharField(max_length=8)
    sender = peewee.CharField(max_length=254, default="")
    subject = peewee.CharField(max_length=300, default="")
    creditor = peewee.ForeignKeyField(Creditor, null=True, backref="mails")
    spool_path = peewee.CharField(max_length=500, default="")
    outcome = peewee.CharField(max_length=16, default=DocumentOutcome.PENDING, index=True)
    reason = peewee.TextField(default="")
    received_at = UTCDateTimeField(default=now)
    processed_at = UTCDateTimeField(null=True)
    # A queued mail (outcome pending, its raw bytes in the blob store at spool_path) is parsed
    # by whichever node claims it; the claim stays as the record of who did.
    claimed_by = peewee.CharField(max_length=200, default="")
    claimed_at = UTCDateTimeField(null=True)
    attempts = peewee.IntegerField(default=0)


class MailboxCursor(BaseModel):
    """IMAP bookkeeping: which UIDs of which folder (at which UIDVALIDITY) are done."""

    account = peewee.CharField(max_length=300)
    folder = peewee.CharField(max_length=300)
    uidvalidity = peewee.BigIntegerField()
    last_uid = peewee.BigIntegerField(default=0)

    class Meta:
        indexes = ((("account", "folder"), True),)


class AdminUser(TimestampedModel):
    username = peewee.CharField(max_length=100, unique=True)
    password_hash = peewee.CharField(max_length=300)
    role = peewee.CharField(max_length=16, default="staff")
    active = peewee.BooleanField(default=True)
    failed_logins = peewee.IntegerField(default=0)
    last_login_at = UTCDateTimeField(null=True)
    # Stamped into each session at login; bumped on logout and on a new password, which ends
    # every session (and every copied cookie) of the account at its next request.
    session_version = peewee.IntegerField(default=0)


class LoginThrottle(BaseModel):
    """Failed logins per account ("account:claire") or client address ("address:10.0.0.7"),
    kept in the database so every admin process and node counts the same guesses."""

    key = peewee.CharField(max_length=300, primary_key=True)
    failures = peewee.IntegerField(default=0)
    last_failure = UTCDateTimeField(index=True)
    locked_until = UTCDateTimeField(null=True)


class LetterBatch(BaseModel):
    """A print batch: letters of one day in one PDF (a blob), rebuilt as letters are added
    until staff mark it posted; then it is frozen and the day's later letters go to the next
    batch (`2026-11-26`, then `2026-11-26-2`, …)."""

    name = peewee.CharField(max_length=20, unique=True)
    day = peewee.DateField(index=True)
    storage_key = peewee.CharField(max_length=500)
    # The reminders whose letters it holds, in order: a JSON list of ids.
    reminders = peewee.TextField(default="[]")
    letters = peewee.IntegerField(default=0)
    size = peewee.IntegerField(default=0)
    built_at = UTCDateTimeField(default=now)
    posted_at = UTCDateTimeField(null=True)

    @property
    def reminder_ids(self) -> list[int]:
        return [int(i) for i in json.loads(self.reminders or "[]")]


class NodeHeartbeat(BaseModel):
    """A running `relance run` (a node), refreshed every few seconds; `relance status` reads it."""

    node = peewee.CharField(max_length=200, primary_key=True)
    name = peewee.CharField(max_length=100)
    host = peewee.CharField(max_length=200)
    pid = peewee.IntegerField()
    started_at = UTCDateTimeField(default=now)
    last_seen = UTCDateTimeField(default=now, index=True)
    # The node's own SMTP spool, which only it drains.
    spool_depth = peewee.IntegerField(default=0)
    spool_oldest = UTCDateTimeField(null=True)


class SingletonTenure(BaseModel):
    """A node held a singleton (a mailbox's watcher, the drop folder, a creditor's daily pass)
    from `since` until `until`; `until` stays empty when the node died holding it."""

    name = peewee.CharField(max_length=300, index=True)
    node = peewee.CharField(max_length=200)
    since = UTCDateTimeField(default=now)
    until = UTCDateTimeField(null=True)


class PassRun(BaseModel):
    """A creditor's reminder pass of a day, run by one node; finished once per day."""

    creditor = peewee.ForeignKeyField(Creditor, backref="pass_runs", on_delete="CASCADE")
    day = peewee.DateField()
    node = peewee.CharField(max_length=200)
    started_at = UTCDateTimeField(default=now)
    finished_at = UTCDateTimeField(null=True)
    summary = peewee.TextField(default="")

    class Meta:
        indexes = ((("creditor", "day"), False),)


class SystemState(BaseModel):
    """Small facts the parts publish for people to see (rules validity, last runs)."""

    key = peewee.CharField(max_length=100, primary_key=True)
    value = peewee.TextField(default="")
    updated_at = UTCDateTimeField(default=now)


MODELS: tuple[type[BaseModel], ...] = (
    Creditor,
    Debtor,
    Document,
    Invoice,
    InvoiceConflict,
    Payment,
    PaymentAllocation,
    CreditOffset,
    PaymentReturn,
    InvoiceWriteOff,
    Reminder,
    ReminderInvoice,
    ContactFlag,
    DebtorNote,
    DebtorReply,
    LearnedTemplate,
    InboundMail,
    MailboxCursor,
    AdminUser,
    LoginThrottle,
    LetterBatch,
    NodeHeartbeat,
    SingletonTenure,
    PassRun,
    SystemState,
)
