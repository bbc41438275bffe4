from __future__ import annotations

import pytest

from ingest.mime import FileKind, message_key, parse_mail, sanitise_filename
from tests.ingest import mails
from tests.ingest.conftest import FIXTURES


@pytest.mark.parametrize(
    ("fixture", "filename"),
    [
        ("attachment.eml", "facture.pdf"),
        ("inline.eml", "document.pdf"),
        ("no_disposition.eml", "sans.pdf"),
        ("octet_stream.eml", "scan0001"),
        ("forwarded_twice.eml", "origine.pdf"),
        ("rfc2231_name.eml", "Facture n_ 42 été.pdf"),
        ("encoded_word_name.eml", "Facture été.pdf"),
        ("logo_and_signature.eml", "facture.pdf"),
    ],
)
def test_it_finds_the_one_pdf_in_each_mime_form(fixture: str, filename: str) -> None:
    facts = parse_mail((FIXTURES / fixture).read_bytes())
    assert [(a.kind, a.filename) for a in facts.attachments] == [(FileKind.PDF, filename)]
    assert facts.attachments[0].data.startswith(b"%PDF-")
    assert facts.sender == "compta@creditor.test"


@pytest.mark.parametrize("fixture", ["html_only.eml", "logo_only.eml"])
def test_it_finds_nothing_in_mails_without_an_invoice(fixture: str) -> None:
    assert parse_mail((FIXTURES / fixture).read_bytes()).attachments == ()


def test_it_recognises_a_payments_csv() -> None:
    facts = parse_mail((FIXTURES / "payments_csv.eml").read_bytes())
    assert [(a.kind, a.filename) for a in facts.attachments] == [(FileKind.PAYMENTS, "releve.csv")]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\facture.pdf", "facture.pdf"),
        ("fac\x00ture\u202e.pdf", "facture.pdf"),
        ("a" * 300 + ".pdf", "a" * 187 + ".pdf"),
        ("<script>.pdf", "_script_.pdf"),
    ],
)
def test_it_sanitises_filenames(given: str, expected: str) -> None:
    assert sanitise_filename(given) == expected


def test_the_message_key_holds_the_message_id_and_the_files_else_a_hash_of_the_bytes() -> None:
    raw = mails.invoice_mail("F-1", message_id="same@creditor.test")
    other = mails.invoice_mail("F-2", message_id="same@creditor.test")
    resent = b"Received: from relay.test\r\n" + raw
    assert message_key(parse_mail(raw), raw) == message_key(parse_mail(resent), resent)
    assert message_key(parse_mail(raw), raw) != message_key(parse_mail(other), other)
    anonymous = mails.invoice_mail("F-3", message_id=None)
    assert message_key(parse_mail(anonymous), anonymous).startswith("sha256:")
    long_id = mails.invoice_mail("F-4", message_id="a" * 300 + "@creditor.test")
    assert len(message_key(parse_mail(long_id), long_id)) < 200


def test_it_recognises_a_camt_053_statement_but_not_other_xml() -> None:
    camt = (
        b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
        b"<BkToCstmrStmt/></Document>"
    )
    other = b'<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl"/>'
    raw = mails.mail(
        [
            mails.part(
                "application/xml", camt, 'Content-Disposition: attachment; filename="r.xml"\r\n'
            ),
            mails.part("text/xml", other, 'Content-Disposition: attachment; filename="u.xml"\r\n'),
        ]
    )
    assert [(a.kind, a.filename) for a in parse_mail(raw).attachments] == [
        (FileKind.PAYMENTS, "r.xml")
    ]


@pytest.mark.parametrize(
    ("subject", "encoding"),
    [
        ("Facture de décembre", "utf-8"),
        ("Facture de décembre", "cp1252"),
        ("=?utf-8?q?Facture_de_d=C3=A9cembre?=", "ascii"),
    ],
)
def test_a_subject_written_in_raw_8_bit_or_encoded_words_reads_the_same(
    subject: str, encoding: str
) -> None:
    head = f"From: Compta <compta@creditor.test>\r\nSubject: {subject}\r\n\r\n"
    facts = parse_mail(head.encode(encoding) + b"Bonjour\r\n")
    assert (facts.subject, facts.sender) == ("Facture de décembre", "compta@creditor.test")
