"""Payments in the ledger: recorded once by their stable key, allocated to invoices.

An allocation lowers `Invoice.amount_due`; an invoice reaching zero is paid whatever its
status was (open, partially paid, disputed, promised, in a plan, handed over), so it leaves its
ladder. What a payment does not cover stays on `Payment.unallocated`: the unmatched queue, or an
overpayment's credit. Imports and manual allocations for one creditor are serialised by
`creditor_lock`, so two of them never read the same `amount_due` and both lower it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from ledger.clock import now
from ledger.errors import LedgerError
from ledger.models import (
    Creditor,
    Debtor,
    Invoice,
    InvoiceStatus,
    InvoiceWriteOff,
    Payment,
    PaymentAllocation,
    db,
)

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
CHUNK = 500
# Statuses a payment may lower; paid and cancelled invoices are never payment targets.
PAYABLE = InvoiceStatus.UNPAID
# The reason on a write-off under the creditor's tolerance (rules.yaml payments.write_off_below).
TOLERANCE = "under the write-off tolerance"


class AllocationError(LedgerError):
    """An allocation the ledger refuses, with what a person needs to correct it.

    `code` says which rule refused (for a page to word it in the reader's language) and
    `limit` the amount that rule allows, when there is one."""

    def __init__(
        self,
        payment_id: int | None,
        invoice_number: str,
        reason: str,
        code: str = "",
        limit: Decimal | None = None,
    ) -> None:
        super().__init__(f"payment {payment_id} → invoice {invoice_number}: {reason}")
        self.payment_id = payment_id
        self.invoice_number = invoice_number
        self.reason = reason
        self.code = code
        self.limit = limit


@dataclass(slots=True)
class PaymentFacts:
    """One payment line as read from a file; `key` is stable across re-imports.

    `reference` is free text (a bank's remittance lines); `invoice_numbers` and
    `creditor_refs` are structured (an export's invoice column, a statement's creditor
    references), so they name invoices with more authority."""

    key: str
    amount: Decimal
    received_on: dt.date
    reference: str = ""
    invoice_numbers: str = ""
    payer_name: str = ""
    customer_ref: str | None = None
    method: str = ""
    currency: str = "EUR"
    creditor_refs: tuple[str, ...] = ()
    payer_iban: str = ""
    account: str = ""
    end_to_end_id: str = ""


@dataclass(frozen=True)
class PlannedAllocation:
    invoice_id: int
    invoice_number: str
    amount: Decimal
    matched_by: str


@dataclass(frozen=True)
class PlannedWriteOff:
    """A remainder under the creditor's tolerance, closed along with the allocation."""

    invoice_id: int
    invoice_number: str
    amount: Decimal


@dataclass
class PlannedPayment:
    facts: PaymentFacts
    allocations: list[PlannedAllocation] = field(default_factory=list)
    # Why nothing (or not everything) was allocated, for the person reading the report.
    note: str = ""
    # Invoice numbers a person should look at first when the payment waits unmatched.
    suggestions: list[str] = field(default_factory=list)
    write_offs: list[PlannedWriteOff] = field(default_factory=list)

    @property
    def unallocated(self) -> Decimal:
        left = self.facts.amount
        for allocation in self.allocations:
            left -= allocation.amount
        return left


@dataclass(slots=True)
class PayableInvoice:
    """What matching needs of an invoice still owed; `amount_due` moves as a file is matched."""

    id: int
    number: str
    debtor_id: int
    customer_ref: str | None
    debtor_name_key: str
    amount_due: Decimal
    status: str
    age: tuple[dt.date, str]
    currency: str = "EUR"


def status_after_payment(status: str, amount_due: Decimal) -> str:
    """Paid at zero; an open invoice becomes partially paid; a dispute or promise stays."""
    if amount_due <= ZERO:
        return InvoiceStatus.PAID
    if status == InvoiceStatus.OPEN:
        return InvoiceStatus.PARTIALLY_PAID
    return status


@contextmanager
def creditor_lock(creditor: Creditor) -> Iterator[None]:
    """One transaction holding the creditor's payments lock (write lock on SQLite)."""
    database = db.obj
    if isinstance(database, peewee.SqliteDatabase) and database.transaction_depth() == 0:
        with database.atomic("IMMEDIATE"):
            yield
        return
    with database.atomic():
        if not isinstance(database, peewee.SqliteDatabase):
            Creditor.select(Creditor.id).where(Creditor.id == creditor.id).for_update().execute()
        yield


def payable_invoices(creditor: Creditor) -> list[PayableInvoice]:
    """Every invoice of the creditor a payment may lower (credit notes excluded)."""
    query = (
        Invoice.select(
            Invoice.id,
            Invoice.number,
            Invoice.debtor,
            Debtor.customer_ref,
            Debtor.name_key,
            Invoice.amount_due,
            Invoice.status,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.currency,
        )
        .join(Debtor)
        .where(
            (Invoice.creditor == creditor)
            & Invoice.status.in_(PAYABLE)
            & (Invoice.amount_due > 0)
            & (Invoice.is_credit_note == False)  # noqa: E712 - peewee expression
        )
    )
    # Raw rows: peewee's per-column conversion costs more than the query on 100,000 invoices.
    return [
        PayableInvoice(
            id=id_,
            number=number,
            debtor_id=debtor_id,
            customer_ref=customer_ref,
            debtor_name_key=name_key or "",
            amount_due=_money(amount_due),
            status=status,
            age=(_as_date(issued) or _as_date(due) or dt.date.max, number),
            currency=currency,
        )
        for (
            id_,
            number,
            debtor_id,
            customer_ref,
            name_key,
            amount_due,
            status,
            issued,
            due,
            currency,
        ) in db.execute(query).fetchall()
    ]


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(CENT)


def settled_invoice_numbers(creditor: Creditor) -> list[str]:
    """Numbers of the creditor's invoices no payment may lower any more (paid, cancelled)."""
    query = Invoice.select(Invoice.number).where(
        (Invoice.creditor == creditor)
        & ~(Invoice.status.in_(PAYABLE) & (Invoice.amount_due > 0))
        & (Invoice.is_credit_note == False)  # noqa: E712 - peewee expression
    )
    return [number for (number,) in query.tuples().iterator()]


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value[:10])
    return None


def existing_keys(creditor: Creditor, keys: Iterable[str]) -> set[str]:
    """Which of these payment keys the creditor already holds."""
    table = Payment._meta.table_name
    rows = _select_in(
        f'SELECT "key" FROM {table} WHERE creditor_id = {db.obj.param} AND "key"',  # noqa: S608
        sorted(set(keys)),
        (creditor.id,),
    )
    return {key for (key,) in rows}


def _select_in(
    sql: str, values: Sequence[object], params: tuple[object, ...] = ()
) -> Iterator[tuple[object, ...]]:
    """`sql IN (values)` as plain SQL (peewee builds big IN lists slowly): in chunks on
    SQLite, as one array parameter on PostgreSQL (one round trip)."""
    database = db.obj
    if not values:
        return
    if not isinstance(database, peewee.SqliteDatabase):
        marks = database.param
        yield from database.execute_sql(f"{sql} = ANY({marks})", (*params, list(values))).fetchall()
        return
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        marks = ", ".join([database.param] * len(chunk))
        yield from database.execute_sql(f"{sql} IN ({marks})", (*params, *chunk)).fetchall()


def record_payments(
    creditor: Creditor, planned: Sequence[PlannedPayment], batch: str
) -> dict[str, int]:
    """Insert the payments and their allocations, lower the invoices; returns key -> id.

    Call inside `creditor_lock` after `existing_keys`: a key already held makes the
    insert fail (and the caller's transaction roll back) rather than count a payment twice.
    """
    stamp = str(Payment.created_at.db_value(now()))
    _insert(
        Payment,
        ("creditor", "key", "amount", "received_on", "reference", "payer_name", "customer_ref",
         "method", "import_batch", "unallocated", "created_at", "updated_at", "currency",
         "payer_iban", "account", "end_to_end_id", "note", "suggestions"),
        [
            (
                creditor.id,
                p.facts.key,
                p.facts.amount,
                p.facts.received_on,
                p.facts.reference[:300],
                p.facts.payer_name[:200],
                p.facts.customer_ref[:64] if p.facts.customer_ref else None,
                p.facts.method[:32],
                batch,
                p.unallocated,
                stamp,
                stamp,
                p.facts.currency,
                p.facts.payer_iban[:34],
                p.facts.account[:34],
                p.facts.end_to_end_id[:64],
                "" if p.allocations else p.note[:300],
                "" if p.allocations else "\n".join(p.suggestions)[:300],
            )
            for p in planned
        ],
    )  # fmt: skip
    query = Payment.select(Payment.key, Payment.id).where(
        (Payment.creditor == creditor) & (Payment.import_batch == batch)
    )
    ids: dict[str, int] = dict(db.execute(query).fetchall())
    lowered: dict[int, Decimal] = defaultdict(lambda: ZERO)
    allocations = []
    write_offs = []
    for p in planned:
        for a in p.allocations:
            allocations.append((ids[p.facts.key], a.invoice_id, a.amount, a.matched_by, stamp))
            lowered[a.invoice_id] += a.amount
        for w in p.write_offs:
            write_offs.append((w.invoice_id, ids[p.facts.key], w.amount, TOLERANCE, "", stamp))
            lowered[w.invoice_id] += w.amount
    _insert(
        PaymentAllocation, ("payment", "invoice", "amount", "matched_by", "created_at"), allocations
    )
    _insert(
        InvoiceWriteOff,
        ("invoice", "payment", "amount", "reason", "written_by", "created_at"),
        write_offs,
    )
    _lower_invoices(lowered)
    return ids


def _insert(
    model: type[peewee.Model], names: Sequence[str], rows: list[tuple[object, ...]]
) -> None:
    """Many rows in few statements, without peewee building SQL per row."""
    if not rows:
        return
    database = db.obj
    columns = ", ".join(model._meta.fields[name].column_name for name in names)
    row_marks = "(" + ", ".join([database.param] * len(names)) + ")"
    sql = f"INSERT INTO {model._meta.table_name} ({columns}) VALUES "  # noqa: S608
    # peewee's wrapper turns the driver's errors into peewee.IntegrityError and friends.
    with peewee.__exception_wrapper__:
        cursor = database.cursor()
        if isinstance(database, peewee.SqliteDatabase):
            cursor.executemany(sql + row_marks, rows)  # in-process: one prepared statement
            return
        size = max(1, 2000 // len(names))  # over a network: one round trip per many rows
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            cursor.execute(sql + ", ".join([row_marks] * len(chunk)), [v for r in chunk for v in r])


def _lower_invoices(lowered: dict[int, Decimal]) -> None:
    updates = []
    table = Invoice._meta.table_name
    rows = _select_in(
        f"SELECT id, number, amount_due, status FROM {table} WHERE id",  # noqa: S608
        sorted(lowered),
    )
    for invoice_id, number, amount_due, status in rows:
        remaining = _money(amount_due) - lowered[invoice_id]  # type: ignore[index]
        if remaining < ZERO or status not in PAYABLE:
            raise AllocationError(
                None, str(number), f"would leave {remaining} due ({status})", "over_invoice"
            )
        updates.append((remaining, status_after_payment(str(status), remaining), invoice_id))
    if not updates:
        return
    database = db.obj
    mark = database.param
    stamp = str(Invoice.updated_at.db_value(now()))
    with peewee.__exception_wrapper__:
        cursor = database.cursor()
        if isinstance(database, peewee.SqliteDatabase):
            sql = f"UPDATE {table} SET amount_due = ?, status = ?, updated_at = ? WHERE id = ?"  # noqa: S608
            cursor.executemany(sql, [(d, status, stamp, i) for d, status, i in updates])
            return
        for start in range(0, len(updates), 500):
            chunk = updates[start : start + 500]
            values = ", ".join([f"({mark}, {mark}, {mark})"] * len(chunk))
            sql = (
                f"UPDATE {table} AS i SET amount_due = v.amount_due, status = v.status, "  # noqa: S608
                f"updated_at = {mark} FROM (VALUES {values}) AS v(amount_due, status, id) "
                "WHERE i.id = v.id"
            )
            cursor.execute(sql, [stamp, *(v for row in chunk for v in row)])
