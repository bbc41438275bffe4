"""Schema versions: a fresh database gets today's tables; an older one runs what it missed.

Each entry of MIGRATIONS moves a database from version N-1 to N and is never edited once
released. A fresh database is created from the current models and stamped with the latest
version, so migrations only ever run on databases that already hold data.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_migrations

from ledger.bounds import held_values
from ledger.clock import now
from ledger.errors import SchemaTooNewError
from ledger.fields import MoneyField, UTCDateTimeField
from ledger.kinds import classify_debtor
from ledger.locks import hold_for_transaction
from ledger.models import (
    MODELS,
    AdminUser,
    BaseModel,
    Creditor,
    DebtorReply,
    Invoice,
    LetterBatch,
    LoginThrottle,
    NodeHeartbeat,
    PassRun,
    Payment,
    SingletonTenure,
    db,
)


class SchemaVersion(BaseModel):
    version = peewee.IntegerField(primary_key=True)
    description = peewee.CharField(max_length=200)
    applied_at = UTCDateTimeField(default=now)


Migration = Callable[[peewee.Database], None]


# (version, description, forward step). Version 1 is the initial schema.
def _back_office_indexes(database: peewee.Database) -> None:
    migrator = SchemaMigrator.from_database(database)
    run_migrations(
        migrator.add_index("invoice", ("status", "due_date", "amount_due", "debtor_id"), False),
        migrator.add_index("contact_flag", ("resolved_at", "debtor_id", "amount_at_stake"), False),
        migrator.add_index("reminder", ("status", "sent_at", "channel"), False),
    )


def _login_safety(database: peewee.Database) -> None:
    if "session_version" not in {c.name for c in database.get_columns("admin_user")}:
        migrator = SchemaMigrator.from_database(database)
        run_migrations(
            migrator.add_column("admin_user", "session_version", AdminUser.session_version),
        )
    database.create_tables([LoginThrottle], safe=True)


def _debtor_replies(database: peewee.Database) -> None:
    migrator = SchemaMigrator.from_database(database)
    # Each piece only when missing, so the step can be replayed over a newer database (tests).
    steps = []
    if not _has_column(database, "reminder", "reply_token"):
        steps += [
            migrator.add_column(
                "reminder", "reply_token", peewee.CharField(max_length=32, null=True)
            ),
            migrator.add_index("reminder", ("reply_token",), True),
        ]
    for name, field in (
        ("email_unusable", peewee.CharField(max_length=254, null=True)),
        ("email_problem", peewee.CharField(max_length=32, default="")),
    ):
        if not _has_column(database, "debtor", name):
            steps.append(migrator.add_column("debtor", name, field))
    run_migrations(*steps)
    database.create_tables([DebtorReply], safe=True)


def _has_column(database: peewee.Database, table: str, column: str) -> bool:
    return any(c.name == column for c in database.get_columns(table))


def _add_missing_columns(
    database: peewee.Database, table: str, columns: dict[str, peewee.Field]
) -> None:
    """Columns added only where absent, so a step found half done (or redone) completes."""
    migrator = SchemaMigrator.from_database(database)
    missing = [
        migrator.add_column(table, name, field)
        for name, field in columns.items()
        if not _has_column(database, table, name)
    ]
    if missing:
        run_migrations(*missing)


def _stored_letters(database: peewee.Database) -> None:
    _add_missing_columns(database, "reminder", {"print_day": peewee.DateField(null=True)})
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "reminder_print_day" ON "reminder" ("print_day")'
    )
    database.create_tables([LetterBatch])


def _several_nodes(database: peewee.Database) -> None:
    database.create_tables([NodeHeartbeat, SingletonTenure, PassRun])
    _add_missing_columns(
        database,
        "inbound_mail",
        {
            "claimed_by": peewee.CharField(max_length=200, default=""),
            "claimed_at": UTCDateTimeField(null=True),
            "attempts": peewee.IntegerField(default=0),
        },
    )


class _PaymentReturnV5(BaseModel):
    """payment_return as version 5 created it (frozen here: the model may grow later)."""

    creditor = peewee.ForeignKeyField(Creditor, on_delete="RESTRICT")
    key = peewee.CharField(max_length=128)
    payment = peewee.ForeignKeyField(Payment, null=True, on_delete="SET NULL")
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
        table_name = "payment_return"
        indexes = ((("creditor", "key"), True),)


class _InvoiceWriteOffV5(BaseModel):
    invoice = peewee.ForeignKeyField(Invoice, on_delete="CASCADE")
    payment = peewee.ForeignKeyField(Payment, null=True, on_delete="SET NULL")
    amount = MoneyField()
    reason = peewee.CharField(max_length=300, default="")
    written_by = peewee.CharField(max_length=100, default="")
    created_at = UTCDateTimeField(default=now)

    class Meta:
        table_name = "invoice_write_off"


def _payments_as_banks_write_them(database: peewee.Database) -> None:
    migrator = SchemaMigrator.from_database(database)
    wanted = {
        "creditor": {"write_off_below": MoneyField(default=1)},
        "payment": {
            "currency": peewee.CharField(max_length=3, default="EUR"),
            "payer_iban": peewee.CharField(max_length=34, default=""),
            "account": peewee.CharField(max_length=34, default=""),
            "end_to_end_id": peewee.CharField(max_length=64, default=""),
            "note": peewee.CharField(max_length=300, default=""),
            "suggestions": peewee.CharField(max_length=300, default=""),
            "returned_on": peewee.DateField(null=True),
        },
    }
    steps = []
    for table, columns in wanted.items():
        present = {column.name for column in database.get_columns(table)}
        steps += [migrator.add_column(table, n, f) for n, f in columns.items() if n not in present]
    if not any(i.columns == ["end_to_end_id"] for i in database.get_indexes("payment")):
        steps.append(migrator.add_index("payment", ("end_to_end_id",), False))
    run_migrations(*steps)
    database.create_tables([_PaymentReturnV5, _InvoiceWriteOffV5], safe=True)


def _values_within_bounds(database: peewee.Database) -> None:
    """Invoices an older Relance stored with values the ledger now refuses (NaN, 10^20, year
    9999…): neutral values and a reason, so the pass, the pages and staff can handle them."""
    rows = database.execute_sql(
        "SELECT id, total, amount_due, issue_date, due_date, review_reason FROM invoice"
    ).fetchall()
    for row in rows:
        fixes, problems = held_values(*row[1:5], received=now().date())
        if problems:
            reason = "; ".join(filter(None, [row[5], *problems]))[:2000]
            Invoice.update(needs_review=True, review_reason=reason, **fixes).where(
                Invoice.id == row[0]
            ).execute()


class _LearnedTemplateV7(BaseModel):
    """learned_template as version 7 created it (frozen here: the model may grow later)."""

    creditor = peewee.ForeignKeyField(Creditor, on_delete="CASCADE")
    name = peewee.CharField(max_length=64)
    path = peewee.CharField(max_length=500)
    invoice = peewee.ForeignKeyField(Invoice, null=True, on_delete="SET NULL")
    learned_by = peewee.CharField(max_length=100, default="")
    fields = peewee.CharField(max_length=300, default="")
    keywords = peewee.TextField(default="")
    created_at = UTCDateTimeField(default=now)
    updated_at = UTCDateTimeField(default=now)

    class Meta:
        table_name = "learned_template"
        indexes = ((("creditor", "name"), True),)


def _learned_templates(database: peewee.Database) -> None:
    database.create_tables([_LearnedTemplateV7], safe=True)


class _CreditOffsetV8(BaseModel):
    """credit_offset as version 8 created it (frozen here: the model may grow later)."""

    credit_note = peewee.ForeignKeyField(Invoice, backref="+", on_delete="CASCADE")
    invoice = peewee.ForeignKeyField(Invoice, backref="+", on_delete="CASCADE")
    amount = MoneyField()
    created_at = UTCDateTimeField(default=now)

    class Meta:
        table_name = "credit_offset"


def _ladder_semantics(database: peewee.Database) -> None:
    """Debtor kind, amounts per currency on reminders and flags, approvals, credit offsets."""
    migrator = SchemaMigrator.from_database(database)
    # Plain ADD COLUMN with a default: SQLite and PostgreSQL both take NOT NULL that way,
    # where the migrator would rebuild SQLite tables that other tables reference.
    timestamp = "TIMESTAMP" if isinstance(database, peewee.PostgresqlDatabase) else "DATETIME"
    wanted = [
        ("debtor", "kind", "VARCHAR(16)"),
        ("debtor", "kind_reason", "VARCHAR(200) NOT NULL DEFAULT ''"),
        ("reminder", "totals", "TEXT NOT NULL DEFAULT ''"),
        ("reminder", "decided_by", "VARCHAR(100) NOT NULL DEFAULT ''"),
        ("reminder", "decided_at", timestamp),
        ("contact_flag", "totals_at_stake", "TEXT NOT NULL DEFAULT ''"),
    ]
    for table, name, ddl in wanted:
        if not _has_column(database, table, name):
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {ddl}')
    database.create_tables([_CreditOffsetV8], safe=True)
    if _has_column(database, "reminder", "total"):
        _reminder_totals(database)
        run_migrations(migrator.drop_column("reminder", "total"))
    if _has_column(database, "debtor", "is_b2b"):
        _debtor_kinds(database)
        run_migrations(migrator.drop_column("debtor", "is_b2b"))
    database.execute_sql(
        "UPDATE contact_flag SET totals_at_stake = CAST(amount_at_stake AS TEXT) || ' EUR' "
        "WHERE totals_at_stake = ''"
    )


def _reminder_totals(database: peewee.Database) -> None:
    """Each reminder's total, split by the currencies of the invoices it covered."""
    money = MoneyField()
    per_reminder: dict[int, list[str]] = {}
    rows = database.execute_sql(
        "SELECT ri.reminder_id, i.currency, SUM(ri.amount_due) FROM reminder_invoice ri "
        "JOIN invoice i ON i.id = ri.invoice_id GROUP BY ri.reminder_id, i.currency "
        "ORDER BY ri.reminder_id, i.currency"
    )
    for reminder_id, currency, amount in rows:
        per_reminder.setdefault(reminder_id, []).append(f"{money.python_value(amount)} {currency}")
    table = peewee.Table("reminder", ("id", "totals")).bind(database)
    for reminder_id, total in database.execute_sql("SELECT id, total FROM reminder").fetchall():
        text = "; ".join(per_reminder.get(reminder_id, [f"{money.python_value(total)} EUR"]))
        table.update({table.totals: text}).where(table.id == reminder_id).execute()


def _debtor_kinds(database: peewee.Database) -> None:
    """A kind staff set is kept; the others are classified as intake now does."""
    rows = database.execute_sql(
        "SELECT d.id, d.name, d.is_b2b, c.is_b2b FROM debtor d JOIN creditor c "
        "ON c.id = d.creditor_id"
    ).fetchall()
    table = peewee.Table("debtor", ("id", "kind", "kind_reason")).bind(database)
    for debtor_id, name, b2b, creditor_b2b in rows:
        if b2b is None:
            kind, reason = classify_debtor(name or "", creditor_is_b2b=bool(creditor_b2b))
        else:
            kind, reason = ("business" if b2b else "consumer"), "set before classification"
        table.update({table.kind: kind, table.kind_reason: reason}).where(
            table.id == debtor_id
        ).execute()


def _ageing_per_currency(database: peewee.Database) -> None:
    columns = ["status", "currency", "due_date", "amount_due"]
    if not any(i.columns == columns for i in database.get_indexes("invoice")):
        migrator = SchemaMigrator.from_database(database)
        run_migrations(migrator.add_index("invoice", tuple(columns), False))


DEBTOR_BALANCES = ("debtor_id", "currency", "status", "is_credit_note", "due_date", "amount_due")
SALES_PER_CURRENCY = ("issue_date", "currency", "status", "is_credit_note", "total")
PASS_CANDIDATES = ("status", "is_credit_note", "debtor_id", "amount_due", "pause_until")


def _invoice_index(columns: tuple[str, ...]) -> Migration:
    def add(database: peewee.Database) -> None:
        if list(columns) not in [i.columns for i in database.get_indexes("invoice")]:
            migrator = SchemaMigrator.from_database(database)
            run_migrations(migrator.add_index("invoice", columns, False))

    return add


def _month_end_reading(database: peewee.Database) -> None:
    _add_missing_columns(
        database,
        "creditor",
        {"month_end_reading": peewee.CharField(max_length=32, default="days_then_month_end")},
    )


def _due_terms(database: peewee.Database) -> None:
    # No default: the invoices already recorded say nothing of where their due date came from.
    _add_missing_columns(
        database,
        "invoice",
        {
            "due_terms": peewee.CharField(max_length=64, null=True),
            "due_reading": peewee.CharField(max_length=32, null=True),
        },
    )


MIGRATIONS: list[tuple[int, str, Migration | None]] = [
    (1, "initial schema", None),
    (
        2,
        "indexes for the back office's dashboard, overdue filters, worklist and phone tasks",
        _back_office_indexes,
    ),
    (3, "admin sessions ended server-side; login throttle shared by every node", _login_safety),
    (
        4,
        "replies and bounces: reminder reply tokens, unusable e-mail addresses, debtor replies",
        _debtor_replies,
    ),
    (
        5,
        "payments as banks write them: returns, write-offs, payer IBAN, end-to-end ids",
        _payments_as_banks_write_them,
    ),
    (6, "invoices with values out of bounds held for review", _values_within_bounds),
    (7, "templates learned from invoices staff validated or corrected", _learned_templates),
    (
        8,
        "debtor kind, amounts per currency, approvals of confirm steps, credit-note offsets",
        _ladder_semantics,
    ),
    (9, "index for the dashboard's ageing per currency", _ageing_per_currency),
    (10, "index for the debtors' balances per currency", _invoice_index(DEBTOR_BALANCES)),
    (11, "letters and their print batches kept in the blob store", _stored_letters),
    (
        12,
        "several nodes: heartbeats, singleton tenures, daily passes, queued mails",
        _several_nodes,
    ),
    (
        13,
        "index for the dashboard's days sales outstanding per currency",
        _invoice_index(SALES_PER_CURRENCY),
    ),
    (14, "index for the reminder pass's candidate invoices", _invoice_index(PASS_CANDIDATES)),
    (15, 'each creditor\'s reading of "N jours fin de mois" terms', _month_end_reading),
    (
        16,
        'invoices keep the "N jours fin de mois" terms their due date was computed from',
        _due_terms,
    ),
]

LATEST = MIGRATIONS[-1][0]


def current_version() -> int:
    if not SchemaVersion.table_exists():
        return 0
    return SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar() or 0


def migrate() -> int:
    """Bring the bound database to the latest schema; return the version it is at. Nodes
    starting together on one PostgreSQL take turns: the first migrates, the others wait."""
    with db.atomic():
        hold_for_transaction("schema-migration")
        found = current_version()
        if found > LATEST:
            raise SchemaTooNewError(found, LATEST)
        if found == 0:
            db.create_tables([SchemaVersion, *MODELS])
            SchemaVersion.insert_many(
                [{"version": v, "description": d} for v, d, _ in MIGRATIONS]
            ).execute()
            return LATEST
        for version, description, step in MIGRATIONS:
            if version <= found:
                continue
            if step is not None:
                step(db.obj)
            SchemaVersion.create(version=version, description=description)
    return LATEST
