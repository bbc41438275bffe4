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
    result = ReadResult("camt053")
    seen: Counter[tuple[str, ...]] = Counter()
    for statement in _kids(statement_root, "Stmt"):
        account = _text(statement, "Acct/Id/IBAN") or _text(statement, "Acct/Id/Othr/Id")
        for entry in _kids(statement, "Ntry"):
            _read_entry(entry, account, filename, result, seen)
    return result


def _read_entry(
    entry: etree._Element,
    account: str,
    filename: str,
    result: ReadResult,
    seen: Counter[tuple[str, ...]],
) -> None:
    line = entry.sourceline
    status = _text(entry, "Sts/Cd") or _text(entry, "Sts")
    direction = _text(entry, "CdtDbtInd")
    if direction != "CRDT":
        result.skipped.append(SkippedRow(line, f"{direction or 'unsigned'} entry, not a credit"))
        return
    if _text(entry, "RvslInd").lower() == "true":
        result.skipped.append(SkippedRow(line, "reversal of an earlier entry"))
        return
    if status and status != "BOOK":
        result.skipped.append(SkippedRow(line, f"entry status {status}, not booked yet"))
        return
    booked = _text(entry, "BookgDt/Dt") or _text(entry, "BookgDt/DtTm")[:10]
    booked = booked or _text(entry, "ValDt/Dt") or _text(entry, "ValDt/DtTm")[:10]
    try:
        received_on = dt.date.fromisoformat(booked[:10])
    except ValueError:
        result.errors.append(RowError(filename, line, "BookgDt", f"{booked!r} is not a date"))
        return
    transactions = [t for d in _kids(entry, "NtryDtls") for t in _kids(d, "TxDtls")] or [entry]
    family = _text(entry, "BkTxCd/Domn/Fmly/Cd")
    for position, tx in enumerate(transactions):
        _read_transaction(entry, tx, position, len(transactions), account, received_on,
                          _METHODS.get(family, ""), filename, result, seen)  # fmt: skip


def _read_transaction(
    entry: etree._Element,
    tx: etree._Element,
    position: int,
    count: int,
    account: str,
    received_on: dt.date,
    method: str,
    filename: str,
    result: ReadResult,
    seen: Counter[tuple[str, ...]],
) -> None:
    line = tx.sourceline
    # lxml elements without children are falsy: compare with None, never use `or`.
    amount_element = _find(tx, "AmtDtls/TxAmt/Amt")
    if amount_element is None:
        amount_element = _find(tx, "Amt")
    if amount_element is None and count == 1:
        amount_element = _find(entry, "Amt")
    if amount_element is None:
        result.errors.append(RowError(filename, line, "Amt", "no amount"))
        return
    currency = amount_element.get("Ccy", "EUR")
    if currency != "EUR":
        result.errors.append(RowError(filename, line, "Amt", f"currency {currency}, not EUR"))
        return
    try:
        amount = parse_amount(amount_element.text or "", ".")
    except CellError as error:
        result.errors.append(RowError(filename, line, "Amt", str(error)))
        return
    if amount <= ZERO:
        result.errors.append(RowError(filename, line, "Amt", f"{amount} is not a payment"))
        return
    debtor = _find(tx, "RltdPties/Dbtr")
    payer = _text(debtor, "Nm") or _text(debtor, "Pty/Nm")
    payer = payer or _text(tx, "RltdPties/UltmtDbtr/Nm") or _text(tx, "RltdPties/UltmtDbtr/Pty/Nm")
    pieces: list[str] = []
    for remittance in _kids(tx, "RmtInf"):
        pieces += [(u.text or "").strip() for u in _kids(remittance, "Ustrd")]
        pieces += [_text(s, "CdtrRefInf/Ref") for s in _kids(remittance, "Strd")]
    end_to_end = _text(tx, "Refs/EndToEndId")
    if end_to_end.upper() not in _NOT_PROVIDED:
        pieces.append(end_to_end)
    pieces.append(_text(entry, "AddtlNtryInf"))
    reference = clean_text(" ".join(p for p in pieces if p), 300)
    payer = clean_text(payer, 200)
    key_parts = _key_parts(entry, tx, position, account, end_to_end, amount, received_on, payer)
    if key_parts is None:
        identity = (account, received_on.isoformat(), str(amount), reference, payer)
        key_parts = (*identity, str(seen[identity]))
        seen[identity] += 1
    key = "camt:" + hashlib.sha256("\x1f".join(key_parts).encode()).hexdigest()[:40]
    facts = PaymentFacts(
        key=key,
        amount=amount,
        received_on=received_on,
        reference=reference,
        payer_name=payer,
        method=method,
    )
    result.lines.append(ReadLine(line, facts))


def _key_parts(
    entry: etree._Element,
    tx: etree._Element,
    position: int,
    account: str,
    end_to_end: str,
    amount: object,
    received_on: dt.date,
    payer: str,
) -> tuple[str, ...] | None:
    if tx is not entry and _text(tx, "Refs/AcctSvcrRef"):
        return ("tx-acctsvcr", account, _text(tx, "Refs/AcctSvcrRef"))
    if end_to_end.upper() not in _NOT_PROVIDED:
        return ("e2e", account, end_to_end, str(amount), received_on.isoformat(), payer)
    if _text(entry, "AcctSvcrRef"):
        return ("entry-acctsvcr", account, _text(entry, "AcctSvcrRef"), str(position))
    if _text(entry, "NtryRef"):
        return ("ntryref", account, _text(entry, "NtryRef"), str(position))
    return None
