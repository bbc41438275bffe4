"""The back office: staff complete contacts, follow debtors, review documents, print letters."""

from __future__ import annotations

from admin.app import create_app

__all__ = ["create_app"]
