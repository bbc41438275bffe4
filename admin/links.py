"""Where an invoice opens, from every list, timeline and worklist row: one place to say it."""

from __future__ import annotations

from flask import url_for


def invoice_url(invoice_id: int) -> str:
    return url_for("invoice.page", invoice_id=invoice_id)
