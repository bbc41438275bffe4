"""What `relance list` shows of each ledger table, for people and for scripts."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import peewee

from ledger.models import (
    ContactFlag,
    Creditor,
    Debtor,
    Document,
    InboundMail,
    Invoice,
    Payment,
    Reminder,
)
from ledger.money import totals_text

LISTINGS: dict[str, tuple[type[peewee.Model], tuple[str, ...]]] = {
    "creditors": (Creditor, ("id", "slug", "name", "siren", "is_b2b", "default_ladder")),
    "debtors": (
        Debtor,
        (
            "id",
            "creditor",
            "name",
            "customer_ref",
            "kind",
            "email",
            "phone",
            "postcode",
            "city",
            "ladder",
        ),
    ),
    "invoices": (
        Invoice,
        (
            "id",
            "creditor",
            "debtor",
            "number",
            "issue_date",
            "due_date",
            "total",
            "amount_due",
            "currency",
            "status",
            "needs_review",
        ),
    ),
    "documents": (
        Document,
        ("id", "creditor", "original_filename", "sender", "received_at", "outcome", "reason"),
    ),
    "mails": (
        InboundMail,
        ("id", "source", "sender", "subject", "received_at", "outcome", "reason"),
    ),
    "reminders": (
        Reminder,
        ("id", "debtor", "ladder", "step_id", "channel", "due_on", "status", "totals", "sent_at"),
    ),
    "flags": (
        ContactFlag,
        (
            "id",
            "debtor",
            "kind",
            "step_id",
            "totals_at_stake",
            "reason",
            "opened_at",
            "resolved_at",
        ),
    ),
    "payments": (
        Payment,
        ("id", "creditor", "received_on", "amount", "unallocated", "reference", "payer_name"),
    ),
}


def rows(kind: str, query: peewee.ModelSelect | None = None) -> list[dict[str, Any]]:
    model, columns = LISTINGS[kind]
    query = query if query is not None else model.select().order_by(model.id)
    return [{c: _plain(_raw(record, c)) for c in columns} for record in query]


def _raw(record: peewee.Model, column: str) -> Any:
    field = record._meta.fields[column]
    if isinstance(field, peewee.ForeignKeyField):
        return record.__data__.get(column)
    return getattr(record, column)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return totals_text(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def as_json(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


def as_table(records: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    cells = [[_cell(r[c]) for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"
