"""Small builders for ledger rows, so tests state only what matters to them."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from ledger.models import Creditor, Debtor, Invoice
from ledger.normalise import email_key, name_key

_numbers = itertools.count(1)


def make_creditor(**fields: Any) -> Creditor:
    n = next(_numbers)
    defaults: dict[str, Any] = {
        "slug": f"creditor-{n}",
        "name": f"Créancier {n} SARL",
        "allowed_senders": "@creditor.test",
        "email": "compta@creditor.test",
    }
    return Creditor.create(**{**defaults, **fields})


def make_debtor(creditor: Creditor, **fields: Any) -> Debtor:
    n = next(_numbers)
    values: dict[str, Any] = {"creditor": creditor, "name": f"Client {n}", **fields}
    values.setdefault("name_key", name_key(values["name"]))
    values.setdefault("email_key", email_key(values.get("email")))
    return Debtor.create(**values)


def make_invoice(debtor: Debtor, **fields: Any) -> Invoice:
    n = next(_numbers)
    total = Decimal(str(fields.pop("total", "100.00")))
    values: dict[str, Any] = {
        "creditor": debtor.creditor,
        "debtor": debtor,
        "number": f"F-{n:05d}",
        "issue_date": dt.date(2026, 11, 1),
        "due_date": dt.date(2026, 12, 1),
        "total": total,
        "amount_due": total,
        **fields,
    }
    return Invoice.create(**values)
