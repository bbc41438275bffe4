"""The ledger the realistic fixture files were written against."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ledger.models import Creditor, Invoice, InvoiceStatus
from tests.factories import make_creditor, make_debtor, make_invoice

FILES = Path(__file__).parent / "files"


def fixture_bytes(name: str) -> bytes:
    return (FILES / name).read_bytes()


def atelier_ledger(**creditor_fields: object) -> Creditor:
    """Debtors and open invoices named by ximi_cp1252.csv and camt053_several.xml."""
    creditor = make_creditor(slug="atelier", name="Atelier Durand", **creditor_fields)
    invoices = [
        ("C001", "Mme Hélène Lefèvre", "F2026-0101", "1250.00", dt.date(2026, 10, 1), None),
        ("C002", "Boulangerie Crémieux SARL", "F2026-0102", "120.00", dt.date(2026, 10, 1), None),
        ("C002", "Boulangerie Crémieux SARL", "F2026-0103", "200.00", dt.date(2026, 10, 15), None),
        ("C003", "François Dupré", "F2026-0104", "89.90", dt.date(2026, 10, 2), None),
        ("C004", "Société Générale d'Études", "F2026-0105", "1000.00", dt.date(2026, 10, 3), None),
        ("C005", "Noël Bâtiment", "F2026-0106", "900.00", dt.date(2026, 10, 4), "disputed"),
        ("C006", "Jérôme Ça", "F2026-0107", "50.00", dt.date(2026, 10, 5), None),
        ("C006", "Jérôme Ça", "F2026-0108", "12.00", dt.date(2026, 10, 6), None),
    ]
    debtors: dict[str, object] = {}
    for ref, name, number, total, issued, status in invoices:
        if ref not in debtors:
            debtors[ref] = make_debtor(creditor, name=name, customer_ref=ref)
        make_invoice(
            debtors[ref],
            number=number,
            total=total,
            issue_date=issued,
            status=status or InvoiceStatus.OPEN,
        )
    return creditor


def invoice(number: str) -> Invoice:
    return Invoice.get(Invoice.number == number)


BANKS = FILES / "banks"


def bank_bytes(name: str) -> bytes:
    return (BANKS / name).read_bytes()


def banks_ledger(**creditor_fields: object) -> Creditor:
    """Debtors and open invoices the bank-shaped exports under files/banks/ pay."""
    creditor = make_creditor(slug="atelier", name="Atelier Durand", **creditor_fields)
    invoices = [
        ("C101", "Jeanne Martin", "F2026-0201", "150.00"),
        ("C102", "Paul Durand", "F2026-0202", "89.90"),
        ("C103", "SARL Boulangerie Crémieux", "F2026-0203", "1250.00"),
        ("C104", "Hélène Lefèvre", "1002", "120.00"),
        ("C105", "Marc Dubois", "1511", "300.00"),
        ("C106", "Zoé Garçon", "F2026-0206", "42.00"),
    ]
    for ref, name, number, total in invoices:
        make_invoice(make_debtor(creditor, name=name, customer_ref=ref), number=number, total=total)
    return creditor
