"""A raw mail → the files worth keeping: PDFs (however attached) and payments files.

Everything in a mail is untrusted: the MIME type is sniffed from the bytes, filenames are
decoded (RFC 2231, encoded words) then sanitised, and forwarded messages are opened one inside
the other, walked without recursion, up to MAX_FORWARDS levels. Images (logos, signatures), HTML
and text bodies are ignored. A mail beyond the bounds (forwards too deep, too many files, a
structure the parser cannot even read) is refused as a whole, with the reason, never cut short.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.utils
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from email.feedparser import BytesFeedParser
from email.header import Header, decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parseaddr

from ingest.answers import Answer, read_answer

# A forward inside a forward…: mail clients go 4 or 5 deep; beyond this it is not a person.
MAX_FORWARDS = 20
MAX_FILES = 500
SNIFFED = 4096  # what sniff_kind reads of a file
_PIECE = 64 * 1024
_UNSAFE = re.compile(r"[^\w.\- ]+")
_CAMT = re.compile(rb"urn:iso:std:iso:20022:tech:xsd:camt\.05[34]")


class FileKind:
    PDF = "pdf"
    PAYMENTS = "payments"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    kind: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class MailFacts:
    message_id: str | None
    sender: str
    subject: str
    attachments: tuple[Attachment, ...]
    authentication_results: tuple[str, ...] = ()
    # Why the mail as a whole cannot be taken (then `attachments` is empty); '' when it can.
    refusal: str = ""
    # Set when the mail answers one of our reminders (a reply, an auto-reply, a bounce).
    answer: Answer | None = None


def parse_mail(raw: bytes) -> MailFacts:
    """What a pipeline needs of a mail: who sent it, its Message-ID and its files."""
    try:
        message = _parsed(raw)
    except RecursionError:
        # The standard parser recurses once per nesting level; thousands of levels exhaust it.
        headers = BytesHeaderParser().parsebytes(raw)
        return MailFacts(
            message_id=_header(headers, "Message-ID", 998),
            sender=sender_address(headers),
            subject=_header(headers, "Subject", 300) or "",
            attachments=(),
            refusal=f"MIME parts nested too deeply to read (more than {MAX_FORWARDS} forwards)",
        )
    found, refusal = _collect(message)
    return MailFacts(
        message_id=_header(message, "Message-ID", 998),
        sender=sender_address(message),
        subject=_header(message, "Subject", 300) or "",
        attachments=() if refusal else tuple(found),
        authentication_results=tuple(
            str(v) for v in message.get_all("Authentication-Results") or ()
        ),
        refusal=refusal,
        answer=read_answer(message),
    )


def _parsed(raw: bytes) -> Message:
    """The parsed mail. Fed in 64 kB pieces: given whole, the standard parser holds the mail
    eight times over (200 MB for a 25 MB mail), in pieces less than three.
    compat32 is ten times faster than policy.default here; encoded words are decoded by hand."""
    parser = BytesFeedParser()
    view = memoryview(raw)
    for start in range(0, len(raw), _PIECE):
        parser.feed(bytes(view[start : start + _PIECE]))
    return parser.close()


def headline(raw: bytes) -> tuple[str, str]:
    """(sender, subject) from the headers alone, for a mail whose body the pipeline fails on."""
    message = BytesHeaderParser().parsebytes(raw)
    return sender_address(message), _header(message, "Subject", 300) or ""


def sender_address(message: Message) -> str:
    """The From address (lower-cased), else Sender, else Return-Path; '' when none parses."""
    for name in ("From", "Sender", "Return-Path"):
        try:
            values = message.get_all(name) or []
            for _display, address in getaddresses([decode_words(v) for v in values]):
                if "@" in address:
                    return address.strip().lower()[:254]
        except (TypeError, ValueError, IndexError):
            continue
    return ""


def envelope_address(value: str) -> str:
    return parseaddr(value)[1].strip().lower()[:254]


def _header(message: Message, name: str, limit: int) -> str | None:
    try:
        value = message.get(name)
    except (TypeError, ValueError, IndexError):
        return None
    if value is None:
        return None
    text = " ".join(decode_words(value).split())
    return text[:limit] or None


def _collect(message: Message) -> tuple[list[Attachment], str]:
    """The mail's files in document order, walked with a stack; or a refusal."""
    found: list[Attachment] = []
    files = 0
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, forwards = stack.pop()
        if part.get_content_type() == "message/rfc822":
            forwards += 1
            if forwards > MAX_FORWARDS:
                return [], f"forwarded messages nested more than {MAX_FORWARDS} levels deep"
        if part.is_multipart():
            children = [c for c in part.get_payload() or [] if isinstance(c, Message)]
            stack.extend((child, forwards) for child in reversed(children))
            continue
        if part.get_content_type() == "message/rfc822":
            # A forwarded mail whose body the parser did not open: open it ourselves.
            payload = part.get_payload(decode=True)
            if payload:
                try:
                    stack.append((_parsed(payload), forwards))
                except RecursionError:
                    return [], f"forwarded messages nested more than {MAX_FORWARDS} levels deep"
            continue
        attachment = _as_attachment(part)
        if attachment is None:
            continue
        files += 1
        if files <= MAX_FILES:
            found.append(attachment)
    if files > MAX_FILES:
        return [], (
            f"the mail holds {files} files, more than the {MAX_FILES} Relance reads from one "
            "mail: nothing of it was recorded, send them in several mails"
        )
    return found, ""


def _as_attachment(part: Message) -> Attachment | None:
    content_type = part.get_content_type()
    head = _head(part)
    if head is not None and sniff_kind(head, content_type, _filename(part)) is None:
        return None  # a large scan or image: known from its first kilobytes, never decoded
    try:
        data = part.get_payload(decode=True)
    except (TypeError, ValueError, AssertionError):
        return None
    if data is None:
        return None
    # An empty file named or typed as a PDF is kept, so its document says "empty file".
    filename = _filename(part)
    kind = sniff_kind(data, content_type, filename)
    if kind is None:
        return None
    if not filename:
        filename = "document.pdf" if kind == FileKind.PDF else "paiements.csv"
    return Attachment(filename=filename, content_type=content_type, kind=kind, data=data)


def _head(part: Message, size: int = SNIFFED) -> bytes | None:
    """The first `size` bytes of a large base64 part, decoded alone; None for anything else
    (decoded whole as usual)."""
    payload = part.get_payload()
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if not isinstance(payload, str) or encoding != "base64" or len(payload) < 4 * size:
        return None
    compact = "".join(payload[: 2 * size].split())
    try:
        return base64.b64decode(compact[: len(compact) // 4 * 4], validate=True)[:size]
    except (binascii.Error, ValueError):
        return None


def sniff_kind(data: bytes, content_type: str, filename: str) -> str | None:
    """PDF by its magic bytes; payments by CSV name/type or a CAMT.053 namespace; else None."""
    head = data[:1024]
    if b"%PDF-" in head:
        return FileKind.PDF
    lowered = filename.lower()
    if content_type.startswith("text/") and content_type not in ("text/csv", "text/xml"):
        return None if not lowered.endswith(".csv") else FileKind.PAYMENTS
    if lowered.endswith(".csv") or content_type in ("text/csv", "application/csv"):
        return FileKind.PAYMENTS
    if (lowered.endswith(".xml") or "xml" in content_type) and _CAMT.search(data[:4096]):
        return FileKind.PAYMENTS
    if lowered.endswith(".pdf") or content_type == "application/pdf":
        # Named a PDF but not one: kept so the parser can say precisely what is wrong.
        return FileKind.PDF
    return None


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or part.get_param("name", header="content-type")
    except (TypeError, ValueError, IndexError):
        return ""
    if isinstance(name, tuple):
        name = email.utils.collapse_rfc2231_value(name)
    return sanitise_filename(decode_words(name or ""))


def decode_words(value: object) -> str:
    """A header value with its RFC 2047 encoded words decoded; undecodable parts replaced.
    Raw 8-bit headers (sent without encoded words) are read as UTF-8, else as Windows-1252."""
    if isinstance(value, Header):
        value = "".join(_eight_bit(data, charset) for data, charset in decode_header(value))
    text = str(value)
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError, email.errors.HeaderParseError):
        return text


def _eight_bit(data: bytes | str, charset: str | None) -> str:
    if isinstance(data, str):
        return data
    if charset and charset != "unknown-8bit":
        try:
            return data.decode(charset, "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def sanitise_filename(name: str) -> str:
    """A name safe to show and store: no path, no control characters, bounded length."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" .")
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = f"{stem[: 190 - len(ext)]}.{ext}" if dot and len(ext) <= 8 else name[:200]
    return name


def message_key(facts: MailFacts, raw: bytes) -> str:
    """InboundMail.key: the Message-ID together with what the mail carries (its files' hashes,
    or its bytes when it has none), so another mail reusing a Message-ID is a new mail while
    the same mail delivered again (other Received headers) is recognised; without a
    Message-ID, a hash of the bytes."""
    if not facts.message_id:
        return "sha256:" + hashlib.sha256(raw).hexdigest()
    content = sorted(a.sha256 for a in facts.attachments) or [hashlib.sha256(raw).hexdigest()]
    digest = hashlib.sha256("\n".join([facts.message_id, *content]).encode()).hexdigest()
    return f"mid+content:{digest}"


def legacy_message_key(message_id: str) -> str:
    """The key mails were recorded under before it included their content (schema < 4)."""
    if len(message_id) <= 200:
        return message_id
    return "mid-sha256:" + hashlib.sha256(message_id.encode()).hexdigest()


def raw_key(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()
