"""Which open invoices a payment settles: indexes built once per file, dict look-ups per line.

In order: invoice numbers named in the invoice column or the reference → the customer ref
with the exact amount of one open invoice (or of all of them) → the exact amount with a payer
name close to the debtor's. Several invoices are settled oldest first; what is left over stays
on the payment as credit. A reference naming only invoices already paid matches nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from difflib import SequenceMatcher

from ledger.normalise import name_key, strip_accents
from ledger.payments import (
    ZERO,
    PayableInvoice,
    PaymentFacts,
    PlannedAllocation,
    PlannedPayment,
)
from ledger.references import rf_body

BY_NUMBER = "invoice_number"
BY_CUSTOMER_REF = "customer_ref+amount"
BY_PAYER_NAME = "amount+payer_name"
# Exact amount plus a name this close (0..1) to the debtor's: "M OU MME MARTIN" ~ "Mme Martin".
NAME_SIMILARITY = 0.85
# Purely numeric numbers shorter than this are not looked for in free text (dates, amounts).
MIN_NUMERIC_NUMBER = 4
_TOKEN = re.compile(r"[0-9A-Z]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall((text if text.isascii() else strip_accents(text)).upper())


def number_key(text: str) -> str:
    """'f2026 - 0042' and 'F2026-0042' are the same invoice number."""
    return "".join(tokens(text))


def name_similarity(a: str, b: str) -> float:
    """Between two name keys: 1 for the same words, high when one name holds the other."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    words_a, words_b = set(a.split()), set(b.split())
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) >= 2 and shorter <= longer:
        return 0.95
    return SequenceMatcher(None, a, b).ratio()


class InvoiceIndex:
    """The creditor's payable invoices, indexed by number, customer ref and amount due."""

    def __init__(self, payable: Iterable[PayableInvoice], settled_numbers: Iterable[str]) -> None:
        self.by_number: dict[str, list[PayableInvoice]] = defaultdict(list)
        self.by_ref_amount: dict[tuple[str, Decimal], list[PayableInvoice]] = defaultdict(list)
        self.by_ref: dict[str, list[PayableInvoice]] = defaultdict(list)
        self.by_amount: dict[Decimal, list[PayableInvoice]] = defaultdict(list)
        self.settled = {number_key(n): n for n in settled_numbers}
        longest = 1
        self.refs: dict[int, str] = {}
        for invoice in payable:
            pieces = tokens(invoice.number)
            self.by_number["".join(pieces)].append(invoice)
            longest = max(longest, len(pieces))
            ref = number_key(invoice.customer_ref) if invoice.customer_ref else ""
            if ref:
                self.by_ref[ref].append(invoice)
                self.refs[invoice.id] = ref
            self._index_amount(invoice)
        # A bank may cut "F2026-0042" into "F 2026 0042": allow a few more pieces than ours.
        self.window = min(longest + 2, 8)

    def _index_amount(self, invoice: PayableInvoice) -> None:
        ref = self.refs.get(invoice.id)
        if ref:
            self.by_ref_amount[(ref, invoice.amount_due)].append(invoice)
        self.by_amount[invoice.amount_due].append(invoice)

    def named(self, text: str, *, free_text: bool) -> tuple[list[PayableInvoice], list[str]]:
        """Payable invoices whose number appears in `text`, and settled numbers named there."""
        words = tokens(text)
        found: dict[int, PayableInvoice] = {}
        settled: list[str] = []
        i = 0
        while i < len(words):
            step = 1
            for size in range(min(self.window, len(words) - i), 0, -1):
                key = "".join(words[i : i + size])
                # An ISO 11649 reference (RF + check digits) names the invoice it was built from.
                body = rf_body(key) if key.startswith("RF") and len(key) > 4 else None
                key = body if body in self.by_number or body in self.settled else key
                if free_text and key.isdigit() and len(key) < MIN_NUMERIC_NUMBER:
                    continue
                if key in self.by_number:
                    for invoice in self.by_number[key]:
                        found[invoice.id] = invoice
                    step = size
                    break
                if key in self.settled:
                    settled.append(self.settled[key])
                    step = size
                    break
            i += step
        return list(found.values()), settled

    def settle(self, invoice: PayableInvoice, amount: Decimal) -> None:
        invoice.amount_due -= amount
        if invoice.amount_due > ZERO:
            self._index_amount(invoice)


def match_payment(facts: PaymentFacts, index: InvoiceIndex) -> PlannedPayment:
    """The allocations one payment gets; `index` is updated so later lines see what is left."""
    named: list[PayableInvoice] = []
    settled: list[str] = []
    for text, free_text in ((facts.invoice_numbers, False), (facts.reference, True)):
        if text:
            found, gone = index.named(text, free_text=free_text)
            named += [inv for inv in found if inv not in named]
            settled += gone
    if named or settled:
        still_due = [inv for inv in named if inv.amount_due > ZERO]
        if still_due:
            return _allocate(facts, still_due, BY_NUMBER, index)
        numbers = ", ".join(sorted({inv.number for inv in named} | set(settled)))
        return PlannedPayment(facts, note=f"names invoice(s) with nothing left due: {numbers}")
    ref = number_key(facts.customer_ref or "")
    if ref:
        same = _due(index.by_ref_amount.get((ref, facts.amount), ()), facts.amount)
        if same:
            return _allocate(facts, same[:1], BY_CUSTOMER_REF, index)
        open_ = [inv for inv in index.by_ref.get(ref, ()) if inv.amount_due > ZERO]
        if open_ and sum((inv.amount_due for inv in open_), ZERO) == facts.amount:
            return _allocate(facts, open_, BY_CUSTOMER_REF, index)
        if open_:
            # The payer named their account: another debtor's invoice is never a better guess.
            return PlannedPayment(
                facts, note=f"customer ref {facts.customer_ref}: no open invoice of that amount"
            )
    payer = name_key(facts.payer_name) if facts.payer_name else ""
    if payer:
        same = _due(index.by_amount.get(facts.amount, ()), facts.amount)
        close = [
            inv for inv in same if name_similarity(payer, inv.debtor_name_key) >= NAME_SIMILARITY
        ]
        debtors = {inv.debtor_id for inv in close}
        if len(debtors) == 1:
            return _allocate(facts, close[:1], BY_PAYER_NAME, index)
        if len(debtors) > 1:
            return PlannedPayment(facts, note="the amount and name fit several debtors")
    return PlannedPayment(facts, note="no invoice number, customer ref or amount and name fit")


def _due(invoices: Iterable[PayableInvoice], amount: Decimal) -> list[PayableInvoice]:
    """Still owing exactly `amount` (buckets keep stale entries), oldest first, once each."""
    unique = {inv.id: inv for inv in invoices if inv.amount_due == amount}
    return sorted(unique.values(), key=lambda inv: inv.age)


def _allocate(
    facts: PaymentFacts, invoices: list[PayableInvoice], matched_by: str, index: InvoiceIndex
) -> PlannedPayment:
    planned = PlannedPayment(facts)
    left = facts.amount
    for invoice in sorted(invoices, key=lambda inv: inv.age):
        take = min(left, invoice.amount_due)
        if take <= ZERO:
            break
        planned.allocations.append(PlannedAllocation(invoice.id, invoice.number, take, matched_by))
        index.settle(invoice, take)
        left -= take
    if left > ZERO:
        planned.note = f"{left} more than what was due: kept as credit"
    return planned
