"""How the debtor pays: bank details, the reference to quote per invoice, a payment link, and
the EPC QR code ("SCT") that banking apps scan to prefill a SEPA transfer of an EUR amount.

The QR carries, per the EPC's guidelines (version 002): BCD / 002 / 1 (UTF-8) / SCT / BIC /
account holder / IBAN / EUR amount / purpose / structured reference (RF) or free text. One code
per invoice, so each payment quotes its own invoice's reference and is matched exactly.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

import segno
from segno import helpers
from stdnum import iban as iban_number

from ledger.models import Invoice
from ledger.references import printed, rf_reference
from scheduler.rules_creditors import PaymentRules

# More codes than this in one mail or letter would drown the text: the references remain.
MAX_CODES = 10
EPC_MAX_AMOUNT = Decimal("999999999.99")


@dataclass(frozen=True)
class InvoicePayment:
    number: str
    amount_due: Decimal
    currency: str
    reference: str  # what the debtor quotes: RF reference, else the invoice number
    link: str = ""
    qr_png: bytes | None = None

    @property
    def printed_reference(self) -> str:
        return printed(self.reference)

    @property
    def cid(self) -> str:
        """The Content-ID of this invoice's QR image in an e-mail."""
        return f"qr-{_safe(self.number)}"


@dataclass(frozen=True)
class HowToPay:
    holder: str
    iban: str
    bic: str | None
    invoices: tuple[InvoicePayment, ...]

    @property
    def printed_iban(self) -> str:
        return iban_number.format(self.iban)

    @property
    def codes(self) -> tuple[InvoicePayment, ...]:
        return tuple(i for i in self.invoices if i.qr_png is not None)

    def for_template(self) -> dict:
        return {
            "holder": self.holder,
            "iban": self.printed_iban,
            "bic": self.bic,
            "invoices": [
                {
                    "number": i.number,
                    "amount_due": i.amount_due,
                    "currency": i.currency,
                    "reference": i.printed_reference,
                    "link": i.link,
                    "qr": f"cid:{i.cid}" if i.qr_png else "",
                }
                for i in self.invoices
            ],
            "links": any(i.link for i in self.invoices),
        }


def how_to_pay(
    rules: PaymentRules | None,
    creditor_slug: str,
    invoices: Iterable[Invoice],
    customer_ref: str | None = None,
) -> HowToPay | None:
    """The creditor's payment details for these invoices; None when rules.yaml gives none."""
    if rules is None:
        return None
    compact_iban = iban_number.compact(rules.iban)
    found = []
    for invoice in invoices:
        reference = (rf_reference(invoice.number) if rules.reference == "rf" else None) or ""
        link = ""
        if rules.link:
            link = payment_link(
                rules.link,
                creditor=creditor_slug,
                invoice_number=invoice.number,
                amount_due=f"{invoice.amount_due:.2f}",
                currency=invoice.currency,
                reference=reference or invoice.number,
                customer_ref=customer_ref or "",
            )
        code = None
        if len(found) < MAX_CODES and invoice.currency == "EUR":
            code = epc_qr_png(
                rules.holder, compact_iban, rules.bic, invoice.amount_due, reference, invoice.number
            )
        found.append(
            InvoicePayment(
                invoice.number,
                invoice.amount_due,
                invoice.currency,
                reference or invoice.number,
                link,
                code,
            )
        )
    return HowToPay(rules.holder, compact_iban, rules.bic, tuple(found))


def payment_link(template: str, **values: str) -> str:
    """The link template filled with URL-quoted values (placeholders checked by the rules)."""
    return template.format_map({k: quote(v, safe="") for k, v in values.items()})


def epc_qr(
    holder: str, iban: str, bic: str | None, amount: Decimal, reference: str, number: str = ""
) -> segno.QRCode:
    """The EPC QR code for one transfer: the RF reference structured, else the invoice number
    as free text."""
    return helpers.make_epc_qr(
        name=holder,
        iban=iban,
        amount=amount,
        reference=reference or None,
        text=None if reference else (number or "-"),
        bic=bic,
    )


def epc_qr_png(
    holder: str, iban: str, bic: str | None, amount: Decimal, reference: str, number: str = ""
) -> bytes | None:
    if not (Decimal("0.01") <= amount <= EPC_MAX_AMOUNT):
        return None
    out = io.BytesIO()
    epc_qr(holder, iban, bic, amount, reference, number).save(out, kind="png", scale=4, border=4)
    return out.getvalue()


def _safe(value: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in value)[:60] or "x"
