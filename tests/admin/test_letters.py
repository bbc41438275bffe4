"""Letters to print: a batch lists its letters, warns of one whose invoice was paid since and
lets staff withdraw it; a posted batch is frozen, later letters go to a new batch."""

from __future__ import annotations

import pdfplumber

from ledger.clock import today
from ledger.models import InvoiceStatus, Reminder, ReminderInvoice, ReminderStatus
from scheduler.channels.batches import build_batch
from tests.admin.conftest import page_token
from tests.factories import make_creditor, make_debtor, make_invoice
from tests.ingest.pdfs import invoice_pdf


def _letter(settings, name: str, number: str):  # type: ignore[no-untyped-def]
    folder = settings.data_dir / "letters" / today().isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{number}-letter.pdf"
    path.write_bytes(invoice_pdf(number=number, debtor=name))
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
        file_path=str(path),
    )
    ReminderInvoice.create(
        reminder=reminder, invoice=invoice, ladder="standard", step_id="r3", amount_due=100
    )
    return reminder, invoice


def _numbers_in(path) -> set[str]:  # type: ignore[no-untyped-def]
    with pdfplumber.open(path) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    return {n for n in ("L-1", "L-2", "L-3") if n in text}


def test_a_letter_whose_invoice_was_paid_since_is_flagged_and_withdrawn_from_the_batch(
    settings, staff_client
) -> None:  # type: ignore[no-untyped-def]
    letters = settings.data_dir / "letters"
    _letter(settings, "Mme Kept", "L-1")
    paid, invoice = _letter(settings, "M. Paid", "L-2")
    batch = build_batch(letters, today())
    assert batch is not None and _numbers_in(batch) == {"L-1", "L-2"}
    invoice.status = InvoiceStatus.PAID
    invoice.save()
    page = staff_client.get("/admin/letters/").get_data(as_text=True)
    assert "Mme Kept" in page and "M. Paid" in page
    assert "L-2 (payée)" in page and "batch-warning" in page
    url = f"/admin/letters/withdraw/{batch.name}/{paid.id}"
    staff_client.post(url, data={"csrf_token": page_token(staff_client, "/admin/letters/")})
    assert _numbers_in(batch) == {"L-1"}
    assert Reminder.get_by_id(paid.id).status == ReminderStatus.SKIPPED
    assert "M. Paid" not in staff_client.get("/admin/letters/").get_data(as_text=True)


def test_a_posted_batch_is_frozen_and_later_letters_go_to_a_new_batch(
    settings, staff_client
) -> None:  # type: ignore[no-untyped-def]
    letters = settings.data_dir / "letters"
    _letter(settings, "Mme Early", "L-1")
    first = build_batch(letters, today())
    assert first is not None
    token = page_token(staff_client, "/admin/letters/")
    staff_client.post(f"/admin/letters/posted/{first.name}", data={"csrf_token": token})
    printed = first.read_bytes()
    _letter(settings, "M. Late", "L-3")
    second = build_batch(letters, today())
    assert second is not None and second.name == f"{today().isoformat()}-2.pdf"
    assert first.read_bytes() == printed, "the posted batch is never rebuilt"
    assert _numbers_in(second) == {"L-3"}
    page = staff_client.get("/admin/letters/").get_data(as_text=True)
    assert "gelé" in page and second.name in page
