"""A year's ledger for the simulated year: ≥ 300 debtors, businesses and consumers, euros,
dollars and pounds, credit notes, promises, disputes, late arrivals and missing contacts.

Everything is drawn from one seeded generator, so a failure replays exactly. The world's
events (arrivals, payments, promises, disputes, completed contacts) are kept as a calendar
the test applies each morning, Relance running or not.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from ledger import followup
from ledger.clock import today
from ledger.debtors import DebtorFacts, match_or_create_debtor
from ledger.invoices import InvoiceFacts, record_invoice
from ledger.models import Creditor, Debtor, Invoice, InvoiceStatus, Payment, PaymentAllocation
from ledger.payments import status_after_payment

START = dt.date(2027, 1, 4)
END = dt.date(2027, 12, 31)
OUTAGE = (dt.date(2027, 5, 3), dt.date(2027, 5, 12))  # ten days without Relance
SMS_DOWN = (dt.date(2027, 3, 1), dt.date(2027, 3, 3))  # no SMS endpoint configured
DEBTORS = 320
CURRENCIES = ("EUR",) * 7 + ("USD", "USD", "GBP")
FIRST = ("Agnès", "Jean", "Paul", "Claire", "Luc", "Sophie", "Marc", "Julie", "Hugo", "Emma")
LAST = ("Moreau", "Martin", "Bernard", "Petit", "Durand", "Leroy", "Roux", "Fournier", "Girard")
CIVILITIES = ("Mme", "M.", "Monsieur", "Madame", "M. et Mme", "Famille")
FORMS = ("SARL", "SAS", "SA", "EURL", "Ltd", "GmbH", "Inc.")
TRADES = ("Plomberie", "Boulangerie", "Garage", "Transports", "Atelier", "Cabinet")

Event = Callable[[], object]


@dataclass
class YearLedger:
    events: dict[dt.date, list[Event]] = field(default_factory=lambda: defaultdict(list))
    consumers: set[int] = field(default_factory=set)


def _name(rng: random.Random, business: bool, n: int) -> str:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if business:
        if rng.random() < 0.5:
            return f"{rng.choice(TRADES)} {rng.choice(LAST)} {n}"
        return f"{rng.choice(LAST)} {n} {rng.choice(FORMS)}"
    return f"{rng.choice(CIVILITIES)} {person} {n}"


def _facts(rng: random.Random, name: str, n: int) -> DebtorFacts:
    missing = rng.random()
    return DebtorFacts(
        name=name,
        customer_ref=f"C{n:05d}",
        email=None if missing < 0.08 else f"client{n}@debtors.test",
        phone=None if 0.08 <= missing < 0.14 else f"+3361{n:07d}",
        street=None if 0.14 <= missing < 0.18 else f"{n} rue des Lilas",
        postcode="67000",
        city="Strasbourg",
        country="FR" if rng.random() < 0.9 else "GB",
    )


def build(creditor: Creditor, seed: int = 11) -> YearLedger:
    """The debtors now, their invoices now or on the day they arrive, and the year's events."""
    rng = random.Random(seed)
    year = YearLedger()
    for n in range(DEBTORS):
        business = rng.random() < 0.5
        facts = _facts(rng, _name(rng, business, n), n)
        debtor, _ = match_or_create_debtor(creditor, facts)
        if debtor.kind == "consumer":
            year.consumers.add(debtor.id)
        if facts.email is None and rng.random() < 0.6:
            year.events[START + dt.timedelta(days=rng.randint(20, 200))].append(
                _complete(debtor.id, "email", f"trouve{n}@debtors.test")
            )
        if facts.street is None and rng.random() < 0.6:
            year.events[START + dt.timedelta(days=rng.randint(20, 200))].append(
                _complete(debtor.id, "street", f"{n} rue Haute")
            )
        currencies = [rng.choice(CURRENCIES)]
        if rng.random() < 0.06:
            currencies.append("GBP" if currencies[0] != "GBP" else "USD")
        for k in range(rng.randint(1, 2)):
            _invoice(year, rng, creditor, debtor, f"F{n:04d}-{k}", rng.choice(currencies))
        if rng.random() < 0.06:
            _credit_note(year, rng, creditor, debtor, f"AV{n:04d}", currencies[0])
        if rng.random() < 0.04:
            start = START + dt.timedelta(days=rng.randint(40, 200))
            year.events[start].append(_dispute(debtor.id))
            year.events[start + dt.timedelta(days=rng.randint(10, 30))].append(_resume(debtor.id))
    return year


def _invoice(
    year: YearLedger,
    rng: random.Random,
    creditor: Creditor,
    debtor: Debtor,
    number: str,
    currency: str,
) -> None:
    due = START + dt.timedelta(days=rng.randint(-20, 280))
    amount = Decimal(rng.choice(["3.20", "45.00", "120.00", "380.50", "1250.00", "4800.00"]))
    doubt = rng.random()
    facts = InvoiceFacts(
        number=number,
        total=amount,
        amount_due=amount,
        issue_date=due - dt.timedelta(days=30),
        due_date=None if doubt < 0.02 else due,
        currency=currency,
        problems=("low parse confidence 0.40",) if 0.02 <= doubt < 0.05 else (),
    )

    def arrive() -> None:
        record_invoice(creditor, Debtor.get_by_id(debtor.id), facts)

    if rng.random() < 0.15:
        year.events[max(START, due + dt.timedelta(days=rng.randint(5, 70)))].append(arrive)
    else:
        arrive()
    fate = rng.random()
    if fate < 0.45:
        year.events[due + dt.timedelta(days=rng.randint(-5, 3))].append(_pay(number, "all"))
    elif fate < 0.65:
        year.events[due + dt.timedelta(days=rng.randint(8, 40))].append(_pay(number, "all"))
    elif fate < 0.73:
        year.events[due + dt.timedelta(days=rng.randint(8, 30))].append(_pay(number, "part"))
    elif fate < 0.83:
        promised = due + dt.timedelta(days=rng.randint(12, 25))
        until = promised + dt.timedelta(days=rng.randint(5, 15))
        year.events[promised].append(_promise(number, until))
        if rng.random() < 0.5:
            year.events[until - dt.timedelta(days=1)].append(_pay(number, "all"))


def _credit_note(
    year: YearLedger,
    rng: random.Random,
    creditor: Creditor,
    debtor: Debtor,
    number: str,
    currency: str,
) -> None:
    amount = Decimal(rng.choice(["20.00", "150.00", "600.00"]))
    # Read from a Factur-X file a credit note is positive, from a layout or a person negative.
    sign = -1 if int(number[2:]) % 2 else 1
    facts = InvoiceFacts(
        number=number,
        total=sign * amount,
        amount_due=sign * amount,
        issue_date=START,
        currency=currency,
        is_credit_note=True,
    )
    year.events[START + dt.timedelta(days=rng.randint(10, 250))].append(
        lambda: record_invoice(creditor, Debtor.get_by_id(debtor.id), facts)
    )


def _pay(number: str, how: str) -> Event:
    def pay() -> None:
        invoice = Invoice.get_or_none(Invoice.number == number)
        if invoice is None or invoice.amount_due <= 0 or invoice.status not in InvoiceStatus.UNPAID:
            return
        amount = (
            invoice.amount_due
            if how == "all"
            else (invoice.amount_due / 2).quantize(Decimal("0.01"))
        )
        payment = Payment.create(
            creditor=invoice.creditor_id,
            key=f"{number}-{how}",
            amount=amount,
            received_on=today(),
        )
        PaymentAllocation.create(payment=payment, invoice=invoice, amount=amount)
        invoice.amount_due -= amount
        invoice.status = status_after_payment(invoice.status, invoice.amount_due)
        invoice.save()

    return pay


def _promise(number: str, until: dt.date) -> Event:
    def promise() -> None:
        invoice = Invoice.get_or_none(Invoice.number == number)
        if invoice is not None and invoice.status in (
            InvoiceStatus.OPEN,
            InvoiceStatus.PARTIALLY_PAID,
        ):
            followup.promise(invoice.debtor, [invoice.id], until, by="claire")

    return promise


def _dispute(debtor_id: int) -> Event:
    def dispute() -> None:
        debtor = Debtor.get_by_id(debtor_id)
        if (
            Invoice.select()
            .where((Invoice.debtor == debtor) & Invoice.status.in_(followup.ADJUSTABLE))
            .exists()
        ):
            followup.dispute(debtor, None, by="claire", reason="contests the work")

    return dispute


def _resume(debtor_id: int) -> Event:
    def resume() -> None:
        debtor = Debtor.get_by_id(debtor_id)
        disputed = [
            i.id
            for i in Invoice.select().where(
                (Invoice.debtor == debtor) & (Invoice.status == InvoiceStatus.DISPUTED)
            )
        ]
        if disputed:
            followup.resume(debtor, disputed, by="claire")

    return resume


def _complete(debtor_id: int, field_name: str, value: str) -> Event:
    def complete() -> None:
        Debtor.update({getattr(Debtor, field_name): value}).where(Debtor.id == debtor_id).execute()

    return complete
