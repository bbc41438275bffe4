"""Which open invoices a payment settles: indexes built once per file, dict look-ups per line.

In order: invoice numbers in the structured fields (an export's invoice column, a statement's
creditor references, ISO 11649 RF references) → invoice numbers in the free text, as whole
tokens never read inside a date or an amount (see `references`) → the customer ref with the
exact amount of one open invoice (or of all of them) → the exact amount with a payer name close
to the debtor's. Invoices of one debtor named together are settled oldest first; named
invoices of several debtors are a doubt, and the payment waits with them as suggestions. What
is left over stays on the payment as credit; a remainder under the creditor's tolerance is
written off. A reference naming only invoices already paid matches nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from ingest.payments.references import (
    MIN_FREE_TEXT,
    blank_dates_and_amounts,
    candidates,
    loose_keys,
    normalise,
    number_forms,
    rf_bodies,
)
from ledger.normalise import name_key, name_similarity, number_key
from ledger.payments import (
    ZERO,
    PayableInvoice,
    PaymentFacts,
    PlannedAllocation,
    PlannedPayment,
    PlannedWriteOff,
)
from ledger.references import rf_body

BY_NUMBER = "invoice_number"
BY_RF = "rf_reference"
BY_CUSTOMER_REF = "customer_ref+amount"
BY_PAYER_NAME = "amount+payer_name"
# Exact amount plus a name this close (0..1) to the debtor's: "M OU MME MARTIN" ~ "Mme Martin".
NAME_SIMILARITY = 0.85
_LIST = re.compile(r"[,;+&]|\s+ET\s+|\s+AND\s+|\s+")
_SUGGESTIONS = 5


class InvoiceIndex:
    """The creditor's payable invoices, indexed by number, customer ref and amount due."""

    def __init__(
        self,
        payable: Iterable[PayableInvoice],
        settled_numbers: Iterable[str],
        write_off_below: Decimal = ZERO,
    ) -> None:
        self.by_key: dict[str, list[PayableInvoice]] = defaultdict(list)
        self.by_printed: dict[str, list[PayableInvoice]] = defaultdict(list)
        self.by_ref_amount: dict[tuple[str, str, Decimal], list[PayableInvoice]] = defaultdict(list)
        self.by_ref: dict[str, list[PayableInvoice]] = defaultdict(list)
        self.by_amount: dict[tuple[str, Decimal], list[PayableInvoice]] = defaultdict(list)
        self.write_off_below = write_off_below
        self.settled_keys: dict[str, str] = {}
        self.settled_printed: dict[str, str] = {}
        self.widest = 1
        for number in settled_numbers:
            key, printed, count = number_forms(number)
            self.settled_keys[key] = number
            self.settled_printed[printed] = number
            self.widest = max(self.widest, count)
        self.refs: dict[int, str] = {}
        widest = self.widest
        for invoice in payable:
            key, printed, count = number_forms(invoice.number)
            self.by_key[key].append(invoice)
            if printed != key:
                self.by_printed[printed].append(invoice)
                widest = max(widest, count)
            ref = number_key(invoice.customer_ref) if invoice.customer_ref else ""
            if ref:
                self.by_ref[ref].append(invoice)
                self.by_ref_amount[(ref, invoice.currency, invoice.amount_due)].append(invoice)
                self.refs[invoice.id] = ref
            self.by_amount[(invoice.currency, invoice.amount_due)].append(invoice)
        self.widest = widest

    def _index_amount(self, invoice: PayableInvoice) -> None:
        ref = self.refs.get(invoice.id)
        if ref:
            self.by_ref_amount[(ref, invoice.currency, invoice.amount_due)].append(invoice)
        self.by_amount[(invoice.currency, invoice.amount_due)].append(invoice)

    def in_free_text(self, text: str) -> tuple[list[PayableInvoice], list[str], list[str]]:
        """Invoices a free text names (whole tokens, printed forms, outside dates and amounts),
        settled numbers it names, and RF reference keys found in it."""
        found: dict[int, PayableInvoice] = {}
        settled: list[str] = []
        upper = normalise(text)
        for candidate in candidates(blank_dates_and_amounts(upper), self.widest):
            whole = candidate.isalnum()
            if len(candidate if whole else number_key(candidate)) < MIN_FREE_TEXT:
                continue
            hits = self.by_key.get(candidate) if whole else self.by_printed.get(candidate)
            for invoice in hits or ():
                found[invoice.id] = invoice
            gone = (self.settled_keys if whole else self.settled_printed).get(candidate)
            if gone and not hits:
                settled.append(gone)
        return list(found.values()), settled, rf_bodies(upper)

    def in_structured(self, text: str) -> tuple[list[PayableInvoice], list[str]]:
        """Invoices a structured field names: the whole field, else each listed number."""
        whole = number_key(text)
        if whole in self.by_key:
            return list(self.by_key[whole]), []
        if whole in self.settled_keys:
            return [], [self.settled_keys[whole]]
        found: dict[int, PayableInvoice] = {}
        settled = []
        for piece in _LIST.split(normalise(text)):
            key = number_key(piece)
            for invoice in self.by_key.get(key, ()):
                found[invoice.id] = invoice
            if key in self.settled_keys and key not in self.by_key:
                settled.append(self.settled_keys[key])
        return list(found.values()), settled

    def by_rf(self, keys: Iterable[str]) -> tuple[list[PayableInvoice], list[str]]:
        found: dict[int, PayableInvoice] = {}
        settled = []
        for key in keys:
            for invoice in self.by_key.get(key, ()):
                found[invoice.id] = invoice
            if key in self.settled_keys and key not in self.by_key:
                settled.append(self.settled_keys[key])
        return list(found.values()), settled

    def suggestions(self, facts: PaymentFacts) -> list[str]:
        """Numbers a loose reading finds (joined tokens, numbers inside dates): for a person."""
        found: dict[str, None] = {}
        for text in (facts.invoice_numbers, *facts.creditor_refs, facts.reference):
            upper = normalise(text)
            keys = [number_key(c) for c in candidates(upper, self.widest)]
            for key in [*keys, *loose_keys(upper, self.widest + 2)]:
                for invoice in self.by_key.get(key, ()):
                    if invoice.amount_due > ZERO and invoice.currency == facts.currency:
                        found[invoice.number] = None
        return list(found)[:_SUGGESTIONS]

    def settle(self, invoice: PayableInvoice, amount: Decimal) -> Decimal:
        """Lower what `invoice` owes; returns the remainder written off under the tolerance."""
        invoice.amount_due -= amount
        if ZERO < invoice.amount_due < self.write_off_below:
            written, invoice.amount_due = invoice.amount_due, ZERO
            return written
        if invoice.amount_due > ZERO:
            self._index_amount(invoice)
        return ZERO


def match_payment(facts: PaymentFacts, index: InvoiceIndex) -> PlannedPayment:
    """The allocations one payment gets; `index` is updated so later lines see what is left."""
    structured: list[PayableInvoice] = []
    settled: list[str] = []
    rf_keys: list[str] = []
    for text in (facts.invoice_numbers, *facts.creditor_refs):
        if not text:
            continue
        body = rf_body(text)
        if body is not None:
            rf_keys.append(body)
            continue
        found, gone = index.in_structured(text)
        structured += [inv for inv in found if inv not in structured]
        settled += gone
    free: list[PayableInvoice] = []
    if facts.reference:
        free, gone, bodies = index.in_free_text(facts.reference)
        settled += gone
        rf_keys += bodies
    by_rf, gone = index.by_rf(rf_keys)
    settled += gone
    for named, by in ((by_rf, BY_RF), (structured, BY_NUMBER), (free, BY_NUMBER)):
        named = [inv for inv in named if inv.currency == facts.currency]
        still_due = [inv for inv in named if inv.amount_due > ZERO]
        if not still_due:
            continue
        if len({inv.debtor_id for inv in still_due}) > 1:
            numbers = sorted(inv.number for inv in still_due)
            return PlannedPayment(
                facts,
                note=f"names invoices of several debtors: {', '.join(numbers)}",
                suggestions=numbers[:_SUGGESTIONS],
            )
        return _allocate(facts, still_due, by, index)
    if settled:
        numbers = ", ".join(sorted(set(settled)))
        return PlannedPayment(facts, note=f"names invoice(s) with nothing left due: {numbers}")
    return _by_customer_or_name(facts, index)


def _by_customer_or_name(facts: PaymentFacts, index: InvoiceIndex) -> PlannedPayment:
    ref = number_key(facts.customer_ref or "")
    if ref:
        same = _due(index.by_ref_amount.get((ref, facts.currency, facts.amount), ()), facts.amount)
        if same:
            return _allocate(facts, same[:1], BY_CUSTOMER_REF, index)
        open_ = [
            inv
            for inv in index.by_ref.get(ref, ())
            if inv.amount_due > ZERO and inv.currency == facts.currency
        ]
        if open_ and sum((inv.amount_due for inv in open_), ZERO) == facts.amount:
            return _allocate(facts, open_, BY_CUSTOMER_REF, index)
        if open_:
            # The payer named their account: another debtor's invoice is never a better guess.
            return PlannedPayment(
                facts,
                note=f"customer ref {facts.customer_ref}: no open invoice of that amount",
                suggestions=[inv.number for inv in open_[:_SUGGESTIONS]],
            )
    payer = name_key(facts.payer_name) if facts.payer_name else ""
    if payer:
        same = _due(index.by_amount.get((facts.currency, facts.amount), ()), facts.amount)
        close = [
            inv for inv in same if name_similarity(payer, inv.debtor_name_key) >= NAME_SIMILARITY
        ]
        debtors = {inv.debtor_id for inv in close}
        if len(debtors) == 1:
            return _allocate(facts, close[:1], BY_PAYER_NAME, index)
        if len(debtors) > 1:
            return PlannedPayment(
                facts,
                note="the amount and name fit several debtors",
                suggestions=[inv.number for inv in close[:_SUGGESTIONS]],
            )
    return PlannedPayment(
        facts,
        note="no invoice number, customer ref or amount and name fit",
        suggestions=index.suggestions(facts),
    )


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
        written = index.settle(invoice, take)
        if written:
            planned.write_offs.append(PlannedWriteOff(invoice.id, invoice.number, written))
        left -= take
    if left > ZERO:
        planned.note = f"{left} more than what was due: kept as credit"
    return planned
