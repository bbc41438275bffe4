"""Hostile inputs for the fuzz run (tests/test_fuzz.py) and its longer cousin (bench/fuzz.py):
random mutations of real PDFs, Factur-X XML with hostile values, MIME trees, payments CSV and
CAMT files, and rules.yaml, each put through the public entry point it would meet in use.

Every runner returns the outcome as a short label; an exception other than the entry point's
own clear errors escapes, which is what the fuzz run looks for.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

from ingest.payments import PaymentImportError, import_payment_file
from ingest.pipeline import Intake, process_message
from ledger.models import Creditor, DocumentOutcome
from scheduler.errors import InvalidRules
from scheduler.rules import parse_rules
from tests.ingest.pdfs import facturx_pdf, invoice_pdf

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
PAYMENT_FILES = ROOT / "tests" / "payments" / "files"
SENDER = "compta@creditor.test"

HOSTILE_VALUES = [
    "NaN", "-Infinity", "sNaN", "1E+30", "1E-999999999", "9" * 400, "-0.001", "12,50",
    "0x1F", "", " ", "\u202e12", "1e5", "00000000000000000000001.00",
]  # fmt: skip
HOSTILE_DATES = ["99991231", "00010102", "20261301", "2026-11-03", "", "-1", "1" * 40]
HOSTILE_TEXT = [
    "=HYPERLINK(\"http://x\")", "<script>alert(1)</script>", "\x00\x07", "é" * 300,
    "&xxe;", "]]>", "Ａ", "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
]  # fmt: skip


def _small_corpus() -> list[bytes]:
    """The corpus PDFs under 300 kB (the fuzz run has a time budget), or a drawn invoice."""
    found = sorted(p for p in CORPUS.rglob("*.pdf") if p.stat().st_size < 300_000)
    return [p.read_bytes() for p in found[:12]] or [invoice_pdf("F-1")]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed with a few random edits: flipped bytes, cuts, insertions of hostile tokens."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 6))):
        where = draw(st.integers(0, max(0, len(data) - 1)))
        edit = draw(st.sampled_from(["flip", "cut", "insert", "truncate", "duplicate"]))
        if edit == "flip" and data:
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif edit == "cut":
            del data[where : where + draw(st.integers(1, 512))]
        elif edit == "insert":
            token = draw(st.sampled_from(HOSTILE_VALUES + HOSTILE_TEXT)).encode("utf-8", "replace")
            data[where:where] = token
        elif edit == "truncate":
            del data[where:]
        else:
            data[where:where] = data[where : where + draw(st.integers(1, 4096))]
    return bytes(data)


@st.composite
def hostile_facturx(draw: st.DrawFn) -> bytes:
    """An invoice whose embedded XML says what a careless or hostile issuer would write."""
    text = st.sampled_from(HOSTILE_TEXT) | st.text(max_size=80)
    return facturx_pdf(
        number=_xml_safe(draw(st.sampled_from(["FX-1", "F" * 90]) | text)) or "FX-2",
        total=_xml_safe(draw(st.sampled_from(HOSTILE_VALUES) | st.decimals().map(str))),
        # The XML's issue date must be a date for the PDF's metadata to be written at all.
        issued=draw(st.sampled_from(["20261103", "99991231", "00010102"])),
        due=draw(st.sampled_from(HOSTILE_DATES)),
        currency=_xml_safe(draw(st.sampled_from(["EUR", "XXX", "EURO", "€", ""]) | text)),
        debtor=_xml_safe(draw(text)) or "Client",
    )


def _xml_safe(value: str) -> str:
    """What XML 1.0 can carry at all, escaped (an unescapable value is its own test)."""
    kept = "".join(c for c in value if c in "\t\n\r" or " " <= c <= "\ud7ff" or c >= "\ue000")
    return kept.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _part(kind: str, data: bytes, name: str) -> str:
    body = base64.encodebytes(data).decode()
    return (
        f'Content-Type: {kind}; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: attachment; filename="{name}"\r\n\r\n{body}\r\n'
    )


@st.composite
def mime_tree(draw: st.DrawFn) -> bytes:
    """A mail of random shape: nested multiparts and forwards, odd parts, odd headers."""
    counter = iter(range(10_000))

    def leaf() -> st.SearchStrategy[str]:
        return st.one_of(
            st.sampled_from([invoice_pdf("F-7"), b"%PDF-1.4 cut"]).map(
                lambda d: _part("application/pdf", d, "facture.pdf")
            ),
            st.just(_part("application/pdf", b"", "vide.pdf")),
            st.binary(max_size=300).map(lambda d: _part("application/octet-stream", d, "x.bin")),
            st.just("Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour\r\n"),
            st.just(
                "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%\r\n"
            ),
            st.sampled_from(HOSTILE_TEXT).map(lambda t: _part("text/csv", t.encode(), "p.csv")),
        )

    def wrap(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
        def multipart(parts: list[str]) -> str:
            boundary = f"b{next(counter)}"
            body = "".join(f"--{boundary}\r\n{p}" for p in parts) + f"--{boundary}--\r\n"
            return f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n{body}'

        def forward(parts: list[str]) -> str:
            inner = f"From: <{SENDER}>\r\nSubject: Tr\r\n{multipart(parts)}"
            return f"Content-Type: message/rfc822\r\n\r\n{inner}"

        return children.flatmap(lambda parts: st.sampled_from([multipart(parts), forward(parts)]))

    body = draw(
        st.recursive(leaf(), lambda c: wrap(st.lists(c, min_size=1, max_size=4)), max_leaves=12)
    )
    subject = (
        draw(st.sampled_from(HOSTILE_TEXT) | st.text(max_size=40))
        .replace("\r", " ")
        .replace("\n", " ")
    )
    message_id = draw(
        st.sampled_from(["<same@creditor.test>", ""]) | st.integers(0, 10**9).map("<m{}@x>".format)
    )
    head = f"From: Compta <{SENDER}>\r\nTo: factures@relance.localhost\r\nSubject: {subject}\r\n"
    if message_id:
        head += f"Message-ID: {message_id}\r\n"
    raw = (head + "MIME-Version: 1.0\r\n").encode("utf-8", "replace") + body.encode(
        "utf-8", "replace"
    )
    return draw(st.sampled_from([raw, raw.replace(b"\r\n", b"\n")]))


def payment_files() -> st.SearchStrategy[tuple[str, bytes]]:
    files = sorted(p for p in PAYMENT_FILES.rglob("*") if p.is_file())
    return st.sampled_from(files).flatmap(
        lambda p: mutated([p.read_bytes()]).map(lambda data: (p.name, data))
    )


def rules_texts() -> st.SearchStrategy[str]:
    shipped = (ROOT / "rules.yaml").read_bytes()
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n" for n in range(7)
    )
    seeds = [shipped, bomb.encode(), b"", b"[" * 3000, shipped + shipped]
    return mutated(seeds).map(lambda data: data.decode("utf-8", "replace"))


# -- runners: one input through its entry point → an outcome label --------------------------


def mail_outcome(raw: bytes, intake: Intake) -> str:
    result = process_message(raw, "imap", intake)
    assert result.outcome in (
        DocumentOutcome.INGESTED,
        DocumentOutcome.DUPLICATE,
        DocumentOutcome.QUARANTINED,
    ), result
    if result.outcome == DocumentOutcome.QUARANTINED:
        assert result.reason.strip(), "a quarantine always says why"
    return f"{result.outcome}, held for review" if result.to_review else result.outcome


def pdf_mail(pdf: bytes) -> bytes:
    return (
        f"From: <{SENDER}>\r\nSubject: Facture\r\nMessage-ID: <{uuid.uuid4()}@f>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\n'
        + _part("application/pdf", pdf, "facture.pdf")
        + "--z--\r\n"
    ).encode()


def payments_outcome(creditor: Creditor, name: str, data: bytes) -> str:
    try:
        import_payment_file(creditor, data, name, dry_run=True)
    except PaymentImportError as error:
        assert str(error).strip()
        return "refused with a reason"
    return "read"


def rules_outcome(text: str) -> str:
    try:
        parse_rules(text)
    except InvalidRules as error:
        assert all(e.message for e in error.errors)
        return "refused with line and reason"
    return "valid"


Runner = Callable[..., str]
