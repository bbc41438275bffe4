"""A CAMT.053 bank statement (ISO 20022, any 001.xx version) → one payment per booked credit.

Each transaction (TxDtls) of a booked, non-reversed credit entry is a payment; debits, reversals
and pending entries are listed as skipped. The stable key comes from the bank's own references:
the transaction's AcctSvcrRef, else its EndToEndId (with amount, date and payer), else the
entry's AcctSvcrRef or NtryRef with the transaction's position.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from ingest.payments.report import ReadLine, ReadResult, RowError, SkippedRow, UnreadablePaymentFile
from ingest.payments.values import CellError, clean_text, parse_amount
from ledger.payments import ZERO, PaymentFacts

_METHODS = {"RCDT": "virement", "IDDT": "prélèvement", "RCHQ": "chèque", "ICHQ": "chèque",
            "CCRD": "carte", "RCCN": "carte", "MCRD": "carte"}  # fmt: skip
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
_NOT_PROVIDED = {"", "NOTPROVIDED", "NOT PROVIDED", "NONREF"}


def is_camt053(data: bytes) -> bool:
    head = data[:4096]
    return b"BkToCstmrStmt" in head or b"camt.053" in head


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


def _parse(data: bytes, filename: str) -> etree._Element:
    if b"<!DOCTYPE" in data[:4096].upper():
        raise UnreadablePaymentFile(filename, "a CAMT.053 statement carries no DOCTYPE")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise UnreadablePaymentFile(filename, f"XML: {error.msg}", error.lineno) from None


def read_camt053(data: bytes, filename: str) -> ReadResult:
    root = _parse(data, filename)
    statement_root = _find(root, "BkToCstmrStmt")
    if statement_root is None:
        raise UnreadablePaymentFile(filename, "no BkToCstmrStmt: not a CAMT.053 statement")
    reader = _StatementReader(filename)
    for statement in _kids(statement_root, "Stmt"):
        account = _text(statement, "Acct/Id/IBAN") or _text(statement, "Acct/Id/Othr/Id")
        for entry in _kids(statement, "Ntry"):
            reader.read_entry(entry, account)
    return reader.result


@dataclass(frozen=True)
class _Entry:
    element: etree._Element
    account: str
    received_on: dt.date
    method: str
    transactions: int


class _StatementReader:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.result = ReadResult("camt053")
        self.seen: Counter[tuple[str, ...]] = Counter()

    def skip(self, line: int | None, reason: str) -> None:
        self.result.skipped.append(SkippedRow(line, reason))

    def error(self, line: int | None, element: str, reason: str) -> None:
        self.result.errors.append(RowError(self.filename, line, element, reason))

    def read_entry(self, entry: etree._Element, account: str) -> None:
        line = entry.sourceline
        status = _text(entry, "Sts/Cd") or _text(entry, "Sts")
        direction = _text(entry, "CdtDbtInd")
        if direction != "CRDT":
            return self.skip(line, f"{direction or 'unsigned'} entry, not a credit")
        if _text(entry, "RvslInd").lower() == "true":
            return self.skip(line, "reversal of an earlier entry")
        if status and status != "BOOK":
            return self.skip(line, f"entry status {status}, not booked yet")
        booked = _text(entry, "BookgDt/Dt") or _text(entry, "BookgDt/DtTm")[:10]
        booked = booked or _text(entry, "ValDt/Dt") or _text(entry, "ValDt/DtTm")[:10]
        try:
            received_on = dt.date.fromisoformat(booked[:10])
        except ValueError:
            return self.error(line, "BookgDt", f"{booked!r} is not a date")
        transactions = [t for d in _kids(entry, "NtryDtls") for t in _kids(d, "TxDtls")]
        transactions = transactions or [entry]
        method = _METHODS.get(_text(entry, "BkTxCd/Domn/Fmly/Cd"), "")
        context = _Entry(entry, account, received_on, method, len(transactions))
        for position, tx in enumerate(transactions):
            self.read_transaction(context, tx, position)
        return None

    def read_transaction(self, entry: _Entry, tx: etree._Element, position: int) -> None:
        line = tx.sourceline
        # lxml elements without children are falsy: compare with None, never use `or`.
        amount_element = _find(tx, "AmtDtls/TxAmt/Amt")
        if amount_element is None:
            amount_element = _find(tx, "Amt")
        if amount_element is None and entry.transactions == 1:
            amount_element = _find(entry.element, "Amt")
        if amount_element is None:
            return self.error(line, "Amt", "no amount")
        currency = amount_element.get("Ccy", "EUR")
        if currency != "EUR":
            return self.error(line, "Amt", f"currency {currency}, not EUR")
        try:
            amount = parse_amount(amount_element.text or "", ".")
        except CellError as error:
            return self.error(line, "Amt", str(error))
        if amount <= ZERO:
            return self.error(line, "Amt", f"{amount} is not a payment")
        debtor = _find(tx, "RltdPties/Dbtr")
        payer = _text(debtor, "Nm") or _text(debtor, "Pty/Nm")
        payer = payer or _text(tx, "RltdPties/UltmtDbtr/Nm")
        payer = clean_text(payer or _text(tx, "RltdPties/UltmtDbtr/Pty/Nm"), 200)
        pieces: list[str] = []
        for remittance in _kids(tx, "RmtInf"):
            pieces += [(u.text or "").strip() for u in _kids(remittance, "Ustrd")]
            pieces += [_text(s, "CdtrRefInf/Ref") for s in _kids(remittance, "Strd")]
        end_to_end = _text(tx, "Refs/EndToEndId")
        if end_to_end.upper() not in _NOT_PROVIDED:
            pieces.append(end_to_end)
        pieces.append(_text(entry.element, "AddtlNtryInf"))
        reference = clean_text(" ".join(p for p in pieces if p), 300)
        on = entry.received_on.isoformat()
        key_parts = _bank_reference(entry, tx, position, end_to_end, f"{amount}", on, payer)
        if key_parts is None:
            identity = (entry.account, on, str(amount), reference, payer)
            key_parts = (*identity, str(self.seen[identity]))
            self.seen[identity] += 1
        key = "camt:" + hashlib.sha256("\x1f".join(key_parts).encode()).hexdigest()[:40]
        facts = PaymentFacts(
            key=key,
            amount=amount,
            received_on=entry.received_on,
            reference=reference,
            payer_name=payer,
            method=entry.method,
        )
        self.result.lines.append(ReadLine(line, facts))
        return None


def _bank_reference(
    entry: _Entry, tx: etree._Element, position: int, end_to_end: str, *details: str
) -> tuple[str, ...] | None:
    """The bank's own identity of a credit, when the statement gives one."""
    account = entry.account
    if tx is not entry.element and _text(tx, "Refs/AcctSvcrRef"):
        return ("tx-acctsvcr", account, _text(tx, "Refs/AcctSvcrRef"))
    if end_to_end.upper() not in _NOT_PROVIDED:
        return ("e2e", account, end_to_end, *details)
    if _text(entry.element, "AcctSvcrRef"):
        return ("entry-acctsvcr", account, _text(entry.element, "AcctSvcrRef"), str(position))
    if _text(entry.element, "NtryRef"):
        return ("ntryref", account, _text(entry.element, "NtryRef"), str(position))
    return None
