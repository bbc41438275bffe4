"""Is this mail an answer to one of our reminders? A reply, an auto-reply or a delivery-status
notification (RFC 3464), known by the reminder's token: in the plus address it was sent to
(factures+r<token>@…), in In-Reply-To / References (our Message-ID is <relance.r<token>@…>),
or, for a bounce, in the returned headers of the reminder itself. Pure: headers and bytes in,
an Answer out; which reminder the token names is the ledger's business."""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email.message import Message

from ledger.models import ReplyKind

_TAG_OF_REMINDER = r"[a-z2-7]{16}"
_PLUS = re.compile(r"\+r(" + _TAG_OF_REMINDER + r")@", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"<relance\.r(" + _TAG_OF_REMINDER + r")@", re.IGNORECASE)
_RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")
_THREAD_HEADERS = ("In-Reply-To", "References")
# Subjects of out-of-office and other automatic replies, as mail clients write them.
_AUTOMATIC_SUBJECT = re.compile(
    r"^\s*(?:\[?auto(?:matic)?[- ]?(?:reply|response)\]?|out of (?:the )?office|"
    r"r[ée]ponse automatique|absence|absent(?:e)? du bureau|abwesenheit|abwesend|"
    r"autosvar|respuesta autom[aá]tica|risposta automatica|vacation|cong[ée]s?)\b",
    re.IGNORECASE,
)
_ANSWER_PREFIX = re.compile(r"^\s*(?:re|tr|fwd?|aw)\s*:\s*", re.IGNORECASE)
_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Response-Suppress")
EXCERPT = 4000
_HTML_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Answer:
    kind: str
    tokens: tuple[str, ...]
    excerpt: str = ""
    # A bounce's failed address and the remote server's words.
    address: str = ""
    diagnostic: str = ""


def plus_token(address: str, inbox: tuple[str, ...]) -> str | None:
    """The token of a plus address of one of the `inbox` addresses, else None."""
    local, _, domain = address.lower().partition("@")
    base, plus, tail = local.partition("+")
    if not plus or f"{base}@{domain}" not in inbox:
        return None
    match = re.fullmatch("r(" + _TAG_OF_REMINDER + ")", tail)
    return match.group(1) if match else None


def read_answer(message: Message) -> Answer | None:
    """What answering a reminder this mail is, or None when it names no reminder."""
    tokens = _tokens(message, _RECIPIENT_HEADERS + _THREAD_HEADERS)
    report = _delivery_status(message)
    if report is not None:
        tokens += _returned_tokens(message)
    tokens = tuple(dict.fromkeys(t.lower() for t in tokens))
    if not tokens:
        return None
    if report is not None:
        action, address, diagnostic = report
        kind = ReplyKind.BOUNCE if action == "failed" else ReplyKind.DELAY
        return Answer(kind, tokens, _text_of(message), address, diagnostic)
    kind = ReplyKind.AUTO_REPLY if is_automatic(message) else ReplyKind.REPLY
    return Answer(kind, tokens, _text_of(message))


def is_automatic(message: Message) -> bool:
    """RFC 3834's Auto-Submitted, the vendors' X-Autoreply family, bulk precedence, or an
    out-of-office subject."""
    submitted = str(message.get("Auto-Submitted", "no")).strip().lower()
    if submitted and submitted != "no":
        return True
    if any(message.get(name) is not None for name in _AUTO_HEADERS):
        return True
    if str(message.get("Precedence", "")).strip().lower() in ("auto_reply", "bulk", "junk"):
        return True
    subject = _ANSWER_PREFIX.sub("", str(message.get("Subject", "")))
    return bool(_AUTOMATIC_SUBJECT.match(subject))


def _tokens(message: Message, headers: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for name in headers:
        for value in message.get_all(name) or ():
            text = str(value)
            found += _PLUS.findall(text) + _MESSAGE_ID.findall(text)
    return tuple(found)


def _delivery_status(message: Message) -> tuple[str, str, str] | None:
    """(action, final recipient, diagnostic) of the first recipient of an RFC 3464 report."""
    if message.get_content_type() != "multipart/report":
        return None
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        blocks = part.get_payload()
        if not isinstance(blocks, list):
            return None
        for block in blocks[1:]:
            action = str(block.get("Action", "")).strip().lower()
            if not action:
                continue
            status = str(block.get("Status", "")).strip()
            if status.startswith("5") and action != "failed":
                action = "failed"
            recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
            address = recipient.partition(";")[2].strip() or recipient.strip()
            diagnostic = " ".join(str(block.get("Diagnostic-Code", "")).split())
            return action, address.strip("<>").lower()[:254], (diagnostic or status)[:2000]
        return None
    return None


def _returned_tokens(message: Message) -> tuple[str, ...]:
    """Tokens in the reminder a report returns (its headers, or the whole message)."""
    found: list[str] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "text/rfc822-headers":
            payload = part.get_payload(decode=True) or b""
            headers = email.message_from_bytes(payload)
            found += _tokens(headers, ("Message-ID", "Reply-To", "Return-Path"))
        elif kind == "message/rfc822":
            for inner in part.get_payload() or []:
                if isinstance(inner, Message):
                    found += _tokens(inner, ("Message-ID", "Reply-To", "Return-Path"))
    return tuple(found)


def _text_of(message: Message) -> str:
    """The first plain-text body (else HTML with its tags removed), bounded."""
    html = ""
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html"):
            continue
        try:
            data = part.get_payload(decode=True) or b""
            text = data.decode(part.get_content_charset() or "utf-8", "replace")
        except (LookupError, ValueError):
            continue
        if kind == "text/plain" and text.strip():
            return text.strip()[:EXCERPT]
        html = html or " ".join(_HTML_TAG.sub(" ", text).split())
    return html[:EXCERPT]
