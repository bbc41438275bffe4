"""Letters to print: a batch lists its letters, warns of one whose invoice was paid since and
lets staff withdraw it; a posted batch is frozen, later letters go to a new batch."""

from __future__ import annotations

import io

import pdfplumber

from ledger.clock import today
from ledger.models import InvoiceStatus, LetterBatch, Reminder, ReminderInvoice, ReminderStatus
from ledger.storage import blobs
from scheduler.printing import rebuild_letter_batch
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.ingest.pdfs import invoice_pdf


def _letter(name: str, number: str):  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor(), name=name)
    invoice = make_invoice(debtor, number=number)
    reminder = Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key=number,
        ladder="standard",
        step_id="r3",
        channel="letter",
        due_on=today(),
        status=ReminderStatus.SENT,
        file_path=blobs.put(invoice_pdf(number=number, debtor=name), ".pdf"),
        print_day=today(),
    )
    ReminderInvoice.create(
        reminder=reminder, invoice=invoice, ladder="standard", step_id="r3", amount_due=100
    )
    return reminder, invoice


def _numbers_in(key: str) -> set[str]:
    with pdfplumber.open(io.BytesIO(blobs.get(key))) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    return {n for n in ("L-1", "L-2", "L-3") if n in text}


def _batch(name: str) -> LetterBatch:
    return LetterBatch.get(LetterBatch.name == name)


def test_a_letter_whose_invoice_was_paid_since_is_flagged_and_withdrawn_from_the_batch(
    staff_client,
) -> None:  # type: ignore[no-untyped-def]
    _letter("Mme Kept", "L-1")
    paid, invoice = _letter("M. Paid", "L-2")
    assert _numbers_in(rebuild_letter_batch(today())) == {"L-1", "L-2"}
    invoice.status = InvoiceStatus.PAID
    invoice.save()
    page = staff_client.get("/admin/letters/").get_data(as_text=True)
    assert "Mme Kept" in page and "M. Paid" in page
    assert "L-2 (payée)" in page and "batch-warning" in page
    url = f"/admin/letters/withdraw/{today().isoformat()}.pdf/{paid.id}"
    staff_client.post(url, data={"csrf_token": page_token(staff_client, "/admin/letters/")})
    assert _numbers_in(_batch(today().isoformat()).storage_key) == {"L-1"}
    assert Reminder.get_by_id(paid.id).status == ReminderStatus.SKIPPED
    assert "M. Paid" not in staff_client.get("/admin/letters/").get_data(as_text=True)


def test_a_posted_batch_is_frozen_and_later_letters_go_to_a_new_batch(staff_client) -> None:  # type: ignore[no-untyped-def]
    _letter("Mme Early", "L-1")
    printed = rebuild_letter_batch(today())
    token = page_token(staff_client, "/admin/letters/")
    staff_client.post(
        f"/admin/letters/posted/{today().isoformat()}.pdf", data={"csrf_token": token}
    )
    _letter("M. Late", "L-3")
    second = rebuild_letter_batch(today())
    assert _batch(today().isoformat()).storage_key == printed, "the posted batch is never rebuilt"
    assert _batch(f"{today().isoformat()}-2").storage_key == second
    assert _numbers_in(second) == {"L-3"}
    page = staff_client.get("/admin/letters/").get_data(as_text=True)
    assert "gelé" in page and f"{today().isoformat()}-2.pdf" in page
