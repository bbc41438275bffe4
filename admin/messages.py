"""Messages raised by plain functions (ledger, worklist, matching) and translated where a page
shows them with `_(message)`: listed here so the catalogue extraction (`-k N_`) finds them."""

from __future__ import annotations


def N_(message: str) -> str:
    return message


SHOWN_MESSAGES = (
    N_("not a valid email address"),
    N_("not a valid phone number"),
    N_("a two-letter country code such as FR"),
    N_("no unpaid invoice of this debtor selected"),
    N_("a promise needs a date in the future"),
    N_("a promise needs a date"),
    N_("a note is a note or a call"),
    N_("a note cannot be empty"),
    N_("a date such as 2026-12-31"),
    N_("choose an unpaid invoice of this creditor"),
    N_("an amount such as 120.50"),
    N_("between 0 and what is left of the payment"),
    N_("a password needs at least 10 characters"),
    N_("a pause needs a date in the future"),
    N_("say why"),
    N_("tick to confirm"),
    N_("choose what the call gave"),
    # ledger.review: what a person's decision on an invoice may be refused for.
    N_("another invoice of this creditor has this number"),
    N_("an invoice needs a number of 1 to 64 characters"),
    N_("the due date is before the issue date"),
    N_("the amount due is larger than the total"),
    N_("an invoice needs a debtor"),
    N_("payments are applied to it: its amounts stay"),
    N_("payments are applied to it: undo them first"),
    N_("another debtor has this customer ref"),
    N_("say why the invoice is cancelled"),
    N_("only an unpaid invoice can be cancelled"),
    N_("choose the creditor this invoice is for"),
)
