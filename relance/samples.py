"""Sample invoices that ship with Relance, for `relance demo`: a handful of French invoices of
the shipped demo creditor, varied on purpose (due soon, late, long overdue; a debtor with an
e-mail, one reachable by phone only, one with a postal address only), drawn as PDFs the
layout reader takes like any creditor's."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class SampleInvoice:
    number: str
    debtor: str
    customer_ref: str
    street: str
    city: str
    email: str
    phone: str
    issued_days_ago: int
    due_in_days: int
    total: Decimal

    def due(self, today: dt.date) -> dt.date:
        return today + dt.timedelta(days=self.due_in_days)

    def issued(self, today: dt.date) -> dt.date:
        return today - dt.timedelta(days=self.issued_days_ago)


SAMPLES = (
    SampleInvoice(
        "DEMO-0001",
        "Mme Hélène Lefèvre",
        "C1001",
        "12 rue des Lilas",
        "67000 Strasbourg",
        "helene.lefevre@exemple.fr",
        "06 12 34 56 78",
        40,
        -10,
        Decimal("245.50"),
    ),
    SampleInvoice(
        "DEMO-0002",
        "M. François Cœur",
        "C1002",
        "3 place Kléber",
        "67000 Strasbourg",
        "",
        "06 98 76 54 32",
        75,
        -45,
        Decimal("1320.00"),
    ),
    SampleInvoice(
        "DEMO-0003",
        "Boulangerie Müller SARL",
        "C1003",
        "8 rue du Marché",
        "68100 Mulhouse",
        "compta@boulangerie-muller.fr",
        "",
        20,
        10,
        Decimal("89.90"),
    ),
    SampleInvoice(
        "DEMO-0004",
        "Mme Agnès Dubœuf",
        "C1004",
        "27 avenue de la Forêt-Noire",
        "67000 Strasbourg",
        "",
        "",
        100,
        -70,
        Decimal("560.00"),
    ),
    SampleInvoice(
        "DEMO-0005",
        "M. Jérôme Garçon",
        "C1005",
        "5 impasse des Vosges",
        "57000 Metz",
        "jerome.garcon@exemple.fr",
        "",
        33,
        -2,
        Decimal("74.25"),
    ),
)


def _amount(value: Decimal) -> str:
    return f"{value:,.2f} €".replace(",", " ").replace(".", ",")


def sample_pdf(sample: SampleInvoice, today: dt.date) -> bytes:
    """One page, laid out as small French businesses do: seller, number and dates, the client
    block, the amounts."""
    lines = [
        "Démo Services à domicile SARL",
        "12 rue de la Paix, 67000 Strasbourg",
        "SIREN 732 829 320",
        "",
        "FACTURE",
        f"Facture n° : {sample.number}",
        f"Date de facture : {sample.issued(today):%d/%m/%Y}",
        f"Date d'échéance : {sample.due(today):%d/%m/%Y}",
        f"Référence client : {sample.customer_ref}",
        "",
        "Client :",
        sample.debtor,
        sample.street,
        sample.city,
        *([f"E-mail : {sample.email}"] if sample.email else []),
        *([f"Tél. : {sample.phone}"] if sample.phone else []),
        "",
        "Aide à domicile — heures du mois",
        f"Total TTC : {_amount(sample.total)}",
        f"Net à payer : {_amount(sample.total)}",
    ]
    return text_pdf(sample.number, lines)


def text_pdf(title: str, lines: list[str]) -> bytes:
    """One A4 page of plain lines, as simple invoicing software prints an invoice."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setTitle(title)
    y = 800
    for line in lines:
        page.drawString(60, y, line)
        y -= 18
    page.showPage()
    page.save()
    return buffer.getvalue()
