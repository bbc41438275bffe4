"""What a reminder e-mail carries, read back from a real SMTP sink: how to pay (reference, link,
an EPC QR code decoded back field by field), the invoice PDFs, the statement of account, and
the token that brings answers home."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal
from email.message import EmailMessage

import pdfplumber
import pytest
import zxingcpp
from PIL import Image

from ingest.payments import import_payment_file
from ledger.models import Document, Invoice, Payment, PaymentAllocation, ReminderStatus
from ledger.references import rf_reference
from ledger.storage import blobs
from scheduler.channels import ChannelConfig
from scheduler.passes import run_pass
from scheduler.rules import Rules, parse_rules
from tests.factories import make_debtor, make_invoice
from tests.ingest.pdfs import batch_pdf, invoice_pdf
from tests.scheduler.conftest import IBAN, PAYING_RULES_TEXT, reachable_debtor
from tests.scheduler.days import climb, reminders

DUE = dt.date(2026, 12, 4)  # a Friday
R1 = dt.date(2026, 12, 7)  # +1d, a Monday: the second step of the ladder
COURTESY = dt.date(2026, 12, 1)  # -3d
A_WEEK_LATER = dt.date(2026, 12, 8)


@pytest.fixture
def paying(acme) -> Rules:  # type: ignore[no-untyped-def]
    return parse_rules(PAYING_RULES_TEXT)


def stored(config: ChannelConfig, acme, pdf: bytes, name: str) -> Document:  # type: ignore[no-untyped-def]
    path = blobs.put(pdf, ".pdf")
    return Document.create(
        creditor=acme, sha256=path[3:67], original_filename=name, storage_path=path
    )


def flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return flat("\n".join(page.extract_text() or "" for page in pdf.pages))


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in message.iter_attachments()}


def qr_codes(message: EmailMessage) -> dict[str, str]:
    """Every inline PNG of the mail decoded as a QR code, by Content-ID."""
    found = {}
    for part in message.walk():
        if part.get_content_type() == "image/png":
            [code] = zxingcpp.read_barcodes(Image.open(io.BytesIO(part.get_content())))
            found[part["Content-ID"].strip("<>")] = code.text
    return found


def test_a_reminder_mail_says_how_to_pay_each_invoice_with_a_qr_code_a_banking_app_reads(
    acme, paying, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, customer_ref="C042")
    document = stored(config, acme, invoice_pdf("F2026-0042", "1234.50"), "F2026-0042.pdf")
    make_invoice(debtor, number="F2026-0042", due_date=DUE, total="1234.50", document=document)
    make_invoice(debtor, number="F2026-0043", due_date=DUE, total="65.50")
    assert run_pass(paying, config, R1).sent == 1
    [received] = smtp_sink.received
    message = received.message
    text = flat(message.get_body(("plain",)).get_content())
    html = flat(message.get_body(("html",)).get_content())

    reference = rf_reference("F2026-0042")
    assert reference == "RF69F20260042"
    assert "IBAN : FR76 3000 6000 0112 3456 7890 189" in text
    assert "BIC : AGRIFRPP" in text
    assert "- facture F2026-0042 (1 234,50 €) : RF69 F202 6004 2" in text
    link = "https://pay.example/acme/F2026-0042?amount=1234.50"
    assert f"payer en ligne : {link}" in text
    assert f'href="{link}"' in html
    assert "Références à indiquer, une par facture" in text

    codes = qr_codes(message)
    assert set(codes) == {"qr-F2026-0042", "qr-F2026-0043"}
    assert 'src="cid:qr-F2026-0042"' in html
    fields = codes["qr-F2026-0042"].split("\n")
    service, version, charset, identification, bic, name, iban, amount, purpose, structured = (
        fields[:10]
    )
    assert (service, version, identification) == ("BCD", "002", "SCT")
    assert charset in {"1", "2"}  # UTF-8 or ISO 8859-1, both EPC character sets
    assert (bic, name, iban) == ("AGRIFRPP", "ACME Plomberie", IBAN)
    assert amount.startswith("EUR") and Decimal(amount[3:]) == Decimal("1234.50")
    assert purpose == ""
    assert structured == reference
    assert fields[10:] in ([], [""])  # no free text beside a structured reference
    assert Decimal(codes["qr-F2026-0043"].split("\n")[7][3:]) == Decimal("65.50")

    files = attachments(message)
    assert files["facture-F2026-0042.pdf"] == invoice_pdf("F2026-0042", "1234.50")
    assert "F2026-0042" in pdf_text(files["facture-F2026-0042.pdf"])


def test_answers_come_back_to_the_mailbox_with_the_reminder_token(
    acme, paying, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), number="F-1", due_date=DUE)
    run_pass(paying, config, R1)
    [received] = smtp_sink.received
    reminder = reminders().get()
    token = reminder.reply_token
    assert token and len(token) == 16
    assert received.message["Reply-To"] == f"factures+r{token}@relance.test"
    assert received.message["Message-ID"] == f"<relance.r{token}@relance.test>"
    assert reminder.provider_id == received.message["Message-ID"]
    # Bounces go to the envelope sender: the same tokened address.
    assert received.mail_from == f"factures+r{token}@relance.test"
    assert received.message["From"].addresses[0].addr_spec == "compta@acme.test"


def test_the_statement_of_account_comes_from_the_second_step_with_every_open_item(
    acme, paying, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="F-10", due_date=DUE, total="300.00")
    partly = make_invoice(
        debtor,
        number="F-11",
        due_date=dt.date(2026, 12, 30),
        total="200.00",
        amount_due=Decimal("150.00"),
        status="partially_paid",
    )
    make_invoice(debtor, number="US-7", due_date=dt.date(2027, 1, 15), total="80", currency="USD")
    payment = Payment.create(
        creditor=acme,
        key="p1",
        amount=Decimal("50.00"),
        received_on=dt.date(2026, 11, 20),
        reference="VIR F-11 acompte",
    )
    PaymentAllocation.create(payment=payment, invoice=partly, amount=Decimal("50.00"))

    climb(paying, config, [COURTESY])  # the ladder's first step: no statement
    [courtesy] = smtp_sink.wait_for(1)
    assert not [n for n in attachments(courtesy) if n.startswith("releve")]

    climb(paying, config, [A_WEEK_LATER])  # r1, seven days after the courtesy
    r1 = smtp_sink.wait_for(2)[1]
    [name] = [n for n in attachments(r1) if n.startswith("releve-de-compte")]
    assert name == "releve-de-compte-2026-12-08.pdf"
    statement = pdf_text(attachments(r1)[name])
    assert "Relevé de compte au 8 décembre 2026" in statement
    assert "SCI Les Tilleuls" in statement
    assert "F-10 1er novembre 2026 4 décembre 2026 300,00 € 300,00 €" in statement
    assert "F-11 1er novembre 2026 30 décembre 2026 200,00 € 150,00 €" in statement
    assert "US-7" in statement and "80,00 $US" in statement
    assert "Total restant dû 450,00 €" in statement
    assert "Total restant dû 80,00 $US" in statement
    assert "20 novembre 2026 F-11 VIR F-11 acompte 50,00 €" in statement


def test_only_the_invoice_own_pages_of_a_batch_pdf_are_attached(
    acme, paying, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    batch = stored(config, acme, batch_pdf(["B-1", "B-2", "B-3"]), "lot.pdf")
    mine = reachable_debtor(acme)
    other = make_debtor(acme, name="Quelqu'un d'autre", email="autre@client.test")
    make_invoice(mine, number="B-2", due_date=DUE, document=batch, pages="2")
    make_invoice(other, number="B-1", due_date=dt.date(2027, 3, 1), document=batch, pages="1")
    make_invoice(other, number="B-3", due_date=dt.date(2027, 3, 1), document=batch, pages="3")
    run_pass(paying, config, R1)
    [message] = smtp_sink.wait_for(1)
    attached = attachments(message)["facture-B-2.pdf"]
    with pdfplumber.open(io.BytesIO(attached)) as pdf:
        assert len(pdf.pages) == 1
    text = pdf_text(attached)
    assert "B-2" in text and "B-1" not in text and "B-3" not in text


def test_attachments_over_the_size_cap_are_left_out_and_said_so(
    acme, paying, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    document = stored(config, acme, invoice_pdf("F-90"), "F-90.pdf")
    make_invoice(reachable_debtor(acme), number="F-90", due_date=DUE, document=document)
    small = dataclasses.replace(config, attachments_max_bytes=1_000)
    run_pass(paying, small, R1)
    [message] = smtp_sink.wait_for(1)
    assert list(message.iter_attachments()) == []
    reminder = reminders().get()
    assert reminder.status == ReminderStatus.SENT
    assert "not attached: facture-F-90.pdf (over the 1,000-byte attachment cap)" in (
        reminder.outcome
    )


def test_without_bank_details_the_mail_has_no_payment_block(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), number="F-5", due_date=DUE)
    run_pass(rules, config, R1)
    [message] = smtp_sink.wait_for(1)
    assert "IBAN" not in message.get_body(("plain",)).get_content()
    assert qr_codes(message) == {}


def test_a_payment_quoting_the_qr_reference_settles_exactly_its_invoice(
    acme, paying, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    quoted = make_invoice(debtor, number="F2026-0042", due_date=DUE, total="120.00")
    same_amount = make_invoice(debtor, number="F2026-0040", due_date=DUE, total="120.00")
    run_pass(paying, config, R1)
    [message] = smtp_sink.wait_for(1)
    reference = qr_codes(message)["qr-F2026-0042"].split("\n")[9]
    statement = f"Date;Montant;Libellé\n08/12/2026;120,00;VIR SEPA SCI TILLEULS {reference}\n"
    import_payment_file(acme, statement.encode(), "releve.csv")
    [allocation] = PaymentAllocation.select()
    assert allocation.invoice_id == quoted.id
    assert Invoice.get_by_id(quoted.id).status == "paid"
    assert Invoice.get_by_id(same_amount.id).status == "open"
