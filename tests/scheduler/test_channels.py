"""SMS to a local fake provider, letters and notices reopened with pdfplumber, handover zips."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import logging
import zipfile
from collections.abc import Iterator

import pdfplumber
import pytest
from reportlab.lib.units import mm

from ledger.models import Document, Invoice, LetterBatch, Reminder, ReminderStatus
from ledger.storage import blobs
from scheduler.channels import ChannelConfig
from tests.factories import make_invoice
from tests.ingest.pdfs import invoice_pdf
from tests.scheduler.conftest import reachable_debtor
from tests.scheduler.days import climb
from tests.scheduler.fake_sms import FakeSmsProvider

D = dt.date
DUE = D(2026, 11, 2)  # a Monday
# r1 on the 3rd, r2 (email + SMS) on the 12th, r3 (letter) on the 23rd, the formal notice
# planned on 2 December and sent once approved, the call a week later, the handover after
# the notice's eight days, once approved.
TO_R2 = [D(2026, 11, 3), D(2026, 11, 12)]
TO_R3 = [*TO_R2, D(2026, 11, 23)]
TO_NOTICE = [*TO_R3, D(2026, 12, 2), D(2026, 12, 3)]
TO_CALL = [*TO_NOTICE, D(2026, 12, 10)]
TO_HANDOVER = [*TO_CALL, D(2026, 12, 17), D(2026, 12, 18)]


@pytest.fixture
def sms_provider() -> Iterator[FakeSmsProvider]:
    provider = FakeSmsProvider()
    provider.start()
    yield provider
    provider.stop()


def stored(key: str) -> io.BytesIO:
    """A letter, batch or dossier read back from the blob store, as a file."""
    return io.BytesIO(blobs.get(key))


def flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_a_two_channel_step_sends_the_mail_and_the_sms_once_each_with_one_log_line_each(
    acme, rules, config, smtp_sink, sms_provider, caplog
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="scheduler.delivery")
    config = dataclasses.replace(config, sms_url=sms_provider.url, sms_token="secret-token")
    make_invoice(reachable_debtor(acme), number="F-7", due_date=DUE, total="410.00")
    climb(rules, config, [*TO_R2, D(2026, 11, 13)])
    [sms] = sms_provider.received
    assert sms["to"] == "+33612345678"
    assert flat(sms["text"]) == (
        "ACME Plomberie SARL : 410,00 € restent dus (facture F-7). Merci de régler. +33388000000"
    )
    assert len(smtp_sink.wait_for(2)) == 2  # r1, then r2 with the SMS
    by_channel = {r.channel: r for r in Reminder.select().where(Reminder.step_id == "r2")}
    assert by_channel["sms"].provider_id == "sms-1"
    assert by_channel["sms"].body_text == sms["text"]
    assert by_channel["sms"].status == by_channel["email"].status == ReminderStatus.SENT
    # The climb sent r1 first (its own line); r2 gives one line per channel.
    lines = [r for r in caplog.records if r.name == "scheduler.delivery"]
    assert sorted((r.levelno, r.getMessage().split("(standard ")[1]) for r in lines) == [
        (logging.INFO, f"r1 by email) for debtor {by_channel['email'].debtor_id}: sent"),
        (logging.INFO, f"r2 by email) for debtor {by_channel['email'].debtor_id}: sent"),
        (logging.INFO, f"r2 by sms) for debtor {by_channel['sms'].debtor_id}: sent"),
    ]


def test_a_refusing_sms_provider_leaves_a_failed_reminder_with_its_reason(
    acme, rules, config, smtp_sink, sms_provider
) -> None:  # type: ignore[no-untyped-def]
    config = dataclasses.replace(config, sms_url=sms_provider.url, sms_token="wrong")
    make_invoice(reachable_debtor(acme), due_date=DUE)
    report = climb(rules, config, TO_R2)[-1]
    sms = Reminder.get(Reminder.channel == "sms")
    assert (report.failed, sms.status) == (1, ReminderStatus.FAILED)
    assert "401" in sms.last_error


def test_a_letter_puts_the_address_in_the_window_and_lists_the_amounts(
    acme, rules, config: ChannelConfig, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, name="Mme Jeanne Martin", street="12 rue des Lilas")
    make_invoice(debtor, number="F-31", due_date=DUE, total="1234.56")
    make_invoice(debtor, number="F-32", due_date=DUE, total="10.00")
    climb(rules, config, TO_R3)
    letter = Reminder.get(Reminder.channel == "letter")
    assert letter.status == ReminderStatus.SENT
    with pdfplumber.open(stored(letter.file_path)) as pdf:
        page = pdf.pages[0]
        window = [w for w in page.extract_words() if 40 * mm <= w["top"] <= 75 * mm]
        text = flat(page.extract_text())
    assert " ".join(w["text"] for w in window).startswith(
        "Mme Jeanne Martin 12 rue des Lilas 67000 Strasbourg"
    )
    first = window[0]
    assert 109 * mm <= first["x0"] <= 111 * mm
    assert 45 * mm <= first["top"] <= 55 * mm
    assert "ACME Plomberie SARL" in text
    assert "SIREN 732829320" in text
    assert "Facture F-31" in text and "1 234,56 €" in text
    assert "Total restant dû : 1 244,56 €" in text
    batch = LetterBatch.get(LetterBatch.day == dt.date(2026, 11, 23))
    assert batch.letters == 1
    with pdfplumber.open(stored(batch.storage_key)) as pdf:
        assert len(pdf.pages) >= 1


def test_the_day_batch_gathers_every_letter_of_the_day(acme, rules, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        make_invoice(reachable_debtor(acme, name=f"Client {n}"), due_date=DUE)
    report = climb(rules, config, TO_R3)[-1]
    with pdfplumber.open(stored(report.letters_batch)) as pdf:
        names = [flat(p.extract_text()) for p in pdf.pages]
    assert [any(f"Client {n}" in t for t in names) for n in range(3)] == [True] * 3


def test_the_formal_notice_carries_the_legal_mentions_for_a_business_debtor(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="F-40", due_date=DUE, total="500.00")
    make_invoice(debtor, number="F-41", due_date=DUE, total="700.00")
    climb(rules, config, TO_NOTICE)
    notice = Reminder.get(Reminder.channel == "registered_letter")
    with pdfplumber.open(stored(notice.file_path)) as pdf:
        text = " ".join(flat(p.extract_text()) for p in pdf.pages).replace("\n", " ")
    assert "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION" in text
    assert "Mise en demeure de payer" in text
    assert "sous 8 jours" in text and "11 décembre 2026" in text
    assert "la somme de 1 200,00 €" in text
    assert "F-40" in text and "F-41" in text
    assert "L441-10" in text and "12,15 %" in text
    assert "40,00 € par facture" in text and "D441-5" in text and "soit 80,00 €" in text


def test_a_consumer_notice_leaves_out_the_business_penalties(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme, kind="consumer"), due_date=DUE)
    climb(rules, config, TO_NOTICE)
    notice = Reminder.get(Reminder.channel == "registered_letter")
    with pdfplumber.open(stored(notice.file_path)) as pdf:
        text = flat(pdf.pages[0].extract_text())
    assert "Mise en demeure" in text
    assert "L441-10" not in text


def test_a_phone_task_waits_for_staff_with_the_number_and_the_history(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, phone="03 88 12 34 56")
    make_invoice(debtor, number="F-50", due_date=DUE, total="90")
    climb(rules, config, TO_CALL)
    task = Reminder.get(Reminder.channel == "phone_task")
    assert task.status == ReminderStatus.PENDING
    assert task.recipient == "+33388123456"
    assert "Appeler SCI Les Tilleuls au +33388123456" in task.body_text
    assert "F-50" in task.body_text and "r1 par email : sent" in task.body_text


def test_the_handover_dossier_holds_the_invoices_their_pdfs_and_the_history(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    key = blobs.put(b"%PDF-1.4 facture", ".pdf")
    document = Document.create(sha256=key[3:67], storage_path=key, creditor=acme)
    debtor = reachable_debtor(acme)
    invoice = make_invoice(debtor, number="F-60", due_date=DUE, total="300", document=document)
    climb(rules, config, TO_HANDOVER)
    handover = Reminder.get(Reminder.channel == "handover")
    assert handover.status == ReminderStatus.SENT
    with zipfile.ZipFile(stored(handover.file_path)) as archive:
        names = set(archive.namelist())
        invoices = list(
            csv.DictReader(io.StringIO(archive.read("invoices.csv").decode()), delimiter=";")
        )
        history = archive.read("history.csv").decode()
        assert archive.read("documents/F-60.pdf") == b"%PDF-1.4 facture"
    assert {"dossier.txt", "invoices.csv", "history.csv"} <= names
    assert (invoices[0]["number"], invoices[0]["amount_due"], invoices[0]["currency"]) == (
        "F-60",
        "300.00",
        "EUR",
    )
    assert "r1;email;sent" in history
    assert Invoice.get_by_id(invoice.id).status == "handed_over"


def test_the_dossier_holds_the_pdf_of_an_invoice_kept_in_the_blob_store(
    acme, rules, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    key = blobs.put(invoice_pdf(number="F-61", total="300.00"), ".pdf")
    document = Document.create(sha256=key[3:67], storage_path=key, creditor=acme)
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="F-61", due_date=DUE, total="300", document=document, pages="1")
    climb(rules, config, TO_HANDOVER)
    handover = Reminder.get(Reminder.channel == "handover")
    with zipfile.ZipFile(stored(handover.file_path)) as archive:
        assert "documents/manquants.txt" not in archive.namelist()
        with pdfplumber.open(io.BytesIO(archive.read("documents/F-61.pdf"))) as inside:
            assert "F-61" in inside.pages[0].extract_text()


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.test","F-61")',
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1)",
        "\t=1+1",
        "＝1+1",
    ],
)
def test_the_handover_csv_neutralises_spreadsheet_formulas_from_untrusted_text(
    acme, rules, config, smtp_sink, hostile: str
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number=hostile, due_date=DUE, total="300")
    climb(rules, config, TO_HANDOVER)
    handover = Reminder.get(Reminder.channel == "handover")
    with zipfile.ZipFile(stored(handover.file_path)) as archive:
        text = archive.read("invoices.csv").decode()
    [row] = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert row["number"] == "'" + hostile
    assert row["amount_due"] == "300.00"
