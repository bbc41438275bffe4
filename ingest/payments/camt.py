"""A CAMT.053 statement or CAMT.054 notification (ISO 20022, any 001.xx version) → payments
and returns, one per transaction.

Each transaction (TxDtls) of a booked credit entry is a payment, batch entries included: a
bank books a day's transfers or collections as one entry holding many transactions that share
the entry's references. So the stable key is the account, the entry's reference (AcctSvcrRef,
else NtryRef), the transaction's position in the entry, its amount and currency, and its
EndToEndId when the payer gave one. A debit flagged as a reversal (RvslInd) or carrying return
information (RtrInf) is a return of an earlier credit. Other debits are not payments, and
neither is any entry whose status is not BOOK (pending, information only).

Read per transaction: the amount, the booking date, the debtor's name and IBAN, the
unstructured remittance lines (Ustrd), the structured creditor references (CdtrRefInf/Ref,
ISO 11649 RF references included) and referred document numbers, the additional transaction
information (AddtlTxInf), and the entry's additional information (AddtlNtryInf) when the entry
holds this one transaction only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

from ingest.payments.report import (
    DEBIT,
    NOT_SETTLED,
    OTHER,
    ReadLine,
    ReadResult,
    ReadReturn,
    RowError,
    SkippedRow,
    UnreadablePaymentFile,
)
from ingest.payments.values import CellError, clean_text, parse_amount
from ledger.payment_returns import ReturnFacts
from ledger.payments import ZERO, PaymentFacts

_METHODS = {"RCDT": "virement", "IDDT": "prélèvement", "RCHQ": "chèque", "ICHQ": "chèque",
            "CCRD": "carte", "RCCN": "carte", "MCRD": "carte"}  # fmt: skip
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
_NOT_PROVIDED = {"", "NOTPROVIDED", "NOT PROVIDED", "NONREF"}
_CURRENCY = re.compile(r"[A-Z]{3}")
# (container, one statement or notification in it, the format's name)
_KINDS = (
    ("BkToCstmrStmt", "Stmt", "camt053"),
    ("BkToCstmrDbtCdtNtfctn", "Ntfctn", "camt054"),
)


def is_camt(data: bytes) -> bool:
    head = data[:4096]
    return any(marker in head for marker in (b"BkToCstmrStmt", b"BkToCstmrDbtCdtNtfctn",
                                              b"camt.053", b"camt.054"))  # fmt: skip


def _kids(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == name]


def _find(element: etree._Element | None, path: str) -> etree._Element | None:
    for name in path.split("/"):
        if element is None:
            return None
        found = _kids(element, name)
        element = found[0] if found else None
    return element


def _text(element: etree._Element | None, path: str) -> str:
    found = _find(element, path)
    return (found.text or "").strip() if found is not None else ""


def _first(element: etree._Element | None, *paths: str) -> str:
    for path in paths:
        text = _text(element, path)
        if text:
            return text
    return ""


def _parse(data: bytes, filename: str) -> etree._Element:
    if b"<!DOCTYPE" in data[:4096].upper():
        raise UnreadablePaymentFile(filename, "a CAMT statement carries no DOCTYPE")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise UnreadablePaymentFile(filename, f"XML: {error.msg}", error.lineno) from None


def read_camt(data: bytes, filename: str) -> ReadResult:
    root = _parse(data, filename)
    for container_name, item_name, name in _KINDS:
        container = _find(root, container_name)
        if container is None:
            continue
        reader = _StatementReader(filename, name)
        for statement in _kids(container, item_name):
            account = _first(statement, "Acct/Id/IBAN", "Acct/Id/Othr/Id")
            for entry in _kids(statement, "Ntry"):
                reader.read_entry(entry, account)
        return reader.result
    raise UnreadablePaymentFile(
        filename, "neither BkToCstmrStmt nor BkToCstmrDbtCdtNtfctn: not a CAMT.053 or .054"
    )


@dataclass(frozen=True)
class _Entry:
    element: etree._Element
    account: str
    reference: str
    booked_on: dt.date
    method: str
    transactions: int
    reversal: bool


@dataclass(frozen=True)
class _Transaction:
    line: int | None
    amount: Decimal
    currency: str
    position: int
    end_to_end: str


class _StatementReader:
    def __init__(self, filename: str, name: str) -> None:
        self.filename = filename
        self.result = ReadResult(name)
        self.seen: Counter[tuple[str, ...]] = Counter()

    def skip(self, line: int | None, kind: str, reason: str) -> None:
        self.result.skipped.append(SkippedRow(line, reason, kind))

    def error(self, line: int | None, element: str, reason: str) -> None:
        self.result.errors.append(RowError(self.filename, line, element, reason))

    def read_entry(self, entry: etree._Element, account: str) -> None:
        line = entry.sourceline
        status = _first(entry, "Sts/Cd", "Sts/Prtry", "Sts")
        if status and status != "BOOK":
            return self.skip(line, NOT_SETTLED, f"entry status {status}, not booked")
        booked = _first(entry, "BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm")
        try:
            booked_on = dt.date.fromisoformat(booked[:10])
        except ValueError:
            return self.error(line, "BookgDt", f"{booked!r} is not a date")
        transactions = [t for d in _kids(entry, "NtryDtls") for t in _kids(d, "TxDtls")]
        context = _Entry(
            element=entry,
            account=account,
            reference=_first(entry, "AcctSvcrRef", "NtryRef"),
            booked_on=booked_on,
            method=_METHODS.get(_text(entry, "BkTxCd/Domn/Fmly/Cd"), ""),
            transactions=len(transactions) or 1,
            reversal=_text(entry, "RvslInd").lower() == "true",
        )
        for position, tx in enumerate(transactions or [entry]):
            self.read_transaction(context, tx, position)
        return None

    def read_transaction(self, entry: _Entry, tx: etree._Element, position: int) -> None:
        line = tx.sourceline
        single = tx is entry.element
        direction = ("" if single else _text(tx, "CdtDbtInd")) or _text(entry.element, "CdtDbtInd")
        returned = not single and _find(tx, "RtrInf") is not None
        if direction == "DBIT" and not (entry.reversal or returned):
            return self.skip(line, DEBIT, "debit, not a payment received")
        if direction == "CRDT" and (entry.reversal or returned):
            return self.skip(line, OTHER, "a debit of ours taken back, not a payment received")
        if direction not in ("CRDT", "DBIT"):
            return self.skip(line, OTHER, f"{direction or 'unsigned'} entry, not a credit")
        amount = self.amount(entry, tx, line, position)
        if amount is None:
            return None
        texts = _Texts(tx, entry)
        if direction == "DBIT":
            return self.read_return(entry, tx, amount, texts)
        key = self.key("camt:", entry, amount, texts)
        facts = PaymentFacts(
            key=key,
            amount=amount.amount,
            received_on=entry.booked_on,
            reference=texts.reference,
            payer_name=texts.payer,
            method=entry.method,
            currency=amount.currency,
            creditor_refs=texts.creditor_refs,
            payer_iban=texts.payer_iban,
            account=entry.account[:34],
            end_to_end_id=amount.end_to_end,
        )
        self.result.lines.append(ReadLine(line, facts))
        return None

    def read_return(
        self, entry: _Entry, tx: etree._Element, amount: _Transaction, texts: _Texts
    ) -> None:
        code = _first(tx, "RtrInf/Rsn/Cd", "RtrInf/Rsn/Prtry")
        info = _find(tx, "RtrInf")
        why = (
            " ".join((i.text or "").strip() for i in _kids(info, "AddtlInf"))
            if info is not None
            else ""
        )
        facts = ReturnFacts(
            key=self.key("camt-return:", entry, amount, texts),
            amount=amount.amount,
            returned_on=entry.booked_on,
            currency=amount.currency,
            reason_code=code[:8],
            reason=clean_text(why or ("reversal" if entry.reversal else "return"), 300),
            reference=texts.reference,
            payer_name=texts.payer,
            end_to_end_id=amount.end_to_end,
        )
        self.result.returns.append(ReadReturn(amount.line, facts))

    def amount(
        self, entry: _Entry, tx: etree._Element, line: int | None, position: int
    ) -> _Transaction | None:
        # lxml elements without children are falsy: compare with None, never use `or`.
        element = _find(tx, "AmtDtls/TxAmt/Amt")
        if element is None:
            element = _find(tx, "Amt")
        if element is None and entry.transactions == 1:
            element = _find(entry.element, "Amt")
        if element is None:
            return self.error(line, "Amt", "no amount")
        currency = element.get("Ccy", "EUR").strip().upper()
        if not _CURRENCY.fullmatch(currency):
            return self.error(line, "Amt", f"currency {currency!r} is no ISO 4217 code")
        try:
            value = parse_amount(element.text or "", ".")
        except CellError as error:
            return self.error(line, "Amt", str(error))
        if value <= ZERO:
            return self.error(line, "Amt", f"{value} is not a payment")
        end_to_end = _text(tx, "Refs/EndToEndId")
        if end_to_end.upper() in _NOT_PROVIDED:
            end_to_end = ""
        return _Transaction(line, value, currency, position, clean_text(end_to_end, 64))

    def key(self, prefix: str, entry: _Entry, tx: _Transaction, texts: _Texts) -> str:
        parts: tuple[str, ...] = (
            entry.account, entry.reference, str(tx.position), str(tx.amount), tx.currency,
            tx.end_to_end,
        )  # fmt: skip
        if not entry.reference and not tx.end_to_end:
            # No reference from the bank: the nth identical line of the file is the nth one.
            identity = (entry.account, entry.booked_on.isoformat(), str(tx.amount),
                        tx.currency, texts.reference, texts.payer)  # fmt: skip
            parts = (*identity, str(self.seen[identity]))
            self.seen[identity] += 1
        return prefix + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


class _Texts:
    """What a transaction says about who paid and for what."""

    def __init__(self, tx: etree._Element, entry: _Entry) -> None:
        debtor = _find(tx, "RltdPties/Dbtr")
        creditor = _find(tx, "RltdPties/Cdtr")
        self.payer = clean_text(
            _first(debtor, "Nm", "Pty/Nm")
            or _first(tx, "RltdPties/UltmtDbtr/Nm", "RltdPties/UltmtDbtr/Pty/Nm")
            or (_first(creditor, "Nm", "Pty/Nm") if entry.element is not tx else ""),
            200,
        )
        self.payer_iban = _text(tx, "RltdPties/DbtrAcct/Id/IBAN").replace(" ", "")[:34]
        refs: list[str] = []
        free: list[str] = []
        for remittance in _kids(tx, "RmtInf"):
            free += [(u.text or "").strip() for u in _kids(remittance, "Ustrd")]
            for structured in _kids(remittance, "Strd"):
                refs.append(_text(structured, "CdtrRefInf/Ref"))
                refs += [_text(d, "Nb") for d in _kids(structured, "RfrdDocInf")]
                free += [(a.text or "").strip() for a in _kids(structured, "AddtlRmtInf")]
        free.append(_text(tx, "AddtlTxInf") if entry.element is not tx else "")
        end_to_end = _text(tx, "Refs/EndToEndId")
        if end_to_end.upper() not in _NOT_PROVIDED:
            free.append(end_to_end)
        if entry.transactions == 1:
            free.append(_text(entry.element, "AddtlNtryInf"))
        self.creditor_refs = tuple(clean_text(r, 64) for r in refs if r)
        self.reference = clean_text(" ".join(p for p in (*self.creditor_refs, *free) if p), 300)
