"""Raw mails as mail clients write them, one builder per MIME form the intake must read."""

from __future__ import annotations

import base64
import itertools
import textwrap

from tests.ingest.pdfs import invoice_pdf

_ids = itertools.count(1)
LOGO_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def _b64(data: bytes) -> str:
    return "\r\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76))


def _head(sender: str, subject: str, message_id: str | None, boundary: str) -> str:
    mid = f"Message-ID: <{message_id}>\r\n" if message_id else ""
    return (
        f"From: Compta <{sender}>\r\nTo: factures@relance.localhost\r\n"
        f"Subject: {subject}\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n{mid}"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    )


def part(content_type: str, data: bytes, extra: str = "") -> str:
    return (
        f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: base64\r\n{extra}\r\n"
        f"{_b64(data)}\r\n"
    )


def _text(body: str = "Bonjour, veuillez trouver la facture ci-jointe.") -> str:
    return f'Content-Type: text/plain; charset="utf-8"\r\n\r\n{body}\r\n'


def mail(
    parts: list[str],
    sender: str = "compta@creditor.test",
    subject: str = "Facture",
    message_id: str | None = "auto",
) -> bytes:
    boundary = f"==b{next(_ids)}=="
    if message_id == "auto":
        message_id = f"m{next(_ids)}@creditor.test"
    body = "".join(f"--{boundary}\r\n{p}" for p in parts) + f"--{boundary}--\r\n"
    return (_head(sender, subject, message_id, boundary) + body).encode()


def pdf_attachment(pdf: bytes, filename: str = "facture.pdf") -> str:
    return part(
        f'application/pdf; name="{filename}"',
        pdf,
        f'Content-Disposition: attachment; filename="{filename}"\r\n',
    )


def invoice_mail(number: str = "F-101", total: str = "120.00", **kwargs: object) -> bytes:
    pdf = invoice_pdf(number, total)
    return mail([_text(), pdf_attachment(pdf, f"{number}.pdf")], **kwargs)  # type: ignore[arg-type]


def pdf_inline(pdf: bytes) -> bytes:
    return mail([_text(), part("application/pdf", pdf, "Content-Disposition: inline\r\n")])


def pdf_without_disposition(pdf: bytes) -> bytes:
    return mail([_text(), part('application/pdf; name="sans.pdf"', pdf)])


def pdf_as_octet_stream(pdf: bytes) -> bytes:
    return mail(
        [
            _text(),
            part(
                "application/octet-stream",
                pdf,
                'Content-Disposition: attachment; filename="scan0001"\r\n',
            ),
        ]
    )


def pdf_forwarded_twice(pdf: bytes) -> bytes:
    """A forward of a forward: the PDF sits two message/rfc822 levels down."""
    inner = mail([_text("original"), pdf_attachment(pdf, "origine.pdf")], sender="x@client.fr")
    middle = mail(
        [_text("tr"), f"Content-Type: message/rfc822\r\n\r\n{inner.decode()}\r\n"],
        sender="y@client.fr",
    )
    return mail([_text("Fwd"), f"Content-Type: message/rfc822\r\n\r\n{middle.decode()}\r\n"])


def pdf_rfc2231_name(pdf: bytes) -> bytes:
    return mail(
        [
            _text(),
            part(
                "application/pdf",
                pdf,
                "Content-Disposition: attachment;\r\n"
                " filename*=UTF-8''Facture%20n%C2%B0%2042%20%C3%A9t%C3%A9.pdf\r\n",
            ),
        ]
    )


def pdf_encoded_word_name(pdf: bytes) -> bytes:
    word = "=?UTF-8?B?RmFjdHVyZSDDqXTDqS5wZGY=?="
    return mail(
        [
            _text(),
            part(
                f'application/pdf; name="{word}"',
                pdf,
                f'Content-Disposition: attachment; filename="{word}"\r\n',
            ),
        ]
    )


def pdf_with_logo_and_signature(pdf: bytes) -> bytes:
    return mail(
        [
            _text(),
            part("image/png", LOGO_PNG, "Content-Disposition: inline; filename=logo.png\r\n"),
            pdf_attachment(pdf),
            part(
                "application/pkcs7-signature",
                b"0\x82\x01\x00signature",
                "Content-Disposition: attachment; filename=smime.p7s\r\n",
            ),
        ]
    )


def html_only() -> bytes:
    return (
        "From: compta@creditor.test\r\nTo: factures@relance.localhost\r\nSubject: Facture\r\n"
        f"Message-ID: <h{next(_ids)}@creditor.test>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n\r\n<p>Voir la facture en ligne</p>\r\n'
    ).encode()


def logo_only() -> bytes:
    return mail([_text(), part("image/png", LOGO_PNG, "Content-Disposition: inline\r\n")])


def payments_csv(csv: bytes = b"date;montant;libelle\r\n2026-11-20;120,00;F-101\r\n") -> bytes:
    return mail(
        [
            _text("Relevé"),
            part("text/csv", csv, 'Content-Disposition: attachment; filename="releve.csv"\r\n'),
        ]
    )


FORMS = {
    "attachment": lambda pdf: mail([_text(), pdf_attachment(pdf)], message_id="attachment@t"),
    "inline": pdf_inline,
    "no_disposition": pdf_without_disposition,
    "octet_stream": pdf_as_octet_stream,
    "forwarded_twice": pdf_forwarded_twice,
    "rfc2231_name": pdf_rfc2231_name,
    "encoded_word_name": pdf_encoded_word_name,
    "logo_and_signature": pdf_with_logo_and_signature,
}


def write_fixtures(directory: str = "tests/ingest/fixtures") -> None:
    """Regenerate the stored .eml fixtures: `python -m tests.ingest.mails`."""
    from pathlib import Path

    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    pdf = invoice_pdf("F-2026-042", "345.60")
    for name, build in FORMS.items():
        (root / f"{name}.eml").write_bytes(build(pdf))
    (root / "html_only.eml").write_bytes(html_only())
    (root / "logo_only.eml").write_bytes(logo_only())
    (root / "payments_csv.eml").write_bytes(payments_csv())


if __name__ == "__main__":
    write_fixtures()
