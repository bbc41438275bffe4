"""Small CAMT.053 statements for the cases the public samples do not hold."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tx:
    amount: str
    end_to_end: str = "NOTPROVIDED"
    ustrd: str = ""
    creditor_ref: str = ""
    additional: str = ""
    debtor: str = ""
    iban: str = ""


def statement(
    *entries: tuple[str, str, list[Tx]],
    account: str = "FR7630004000031234567890143",
    booked: str = "2026-11-20",
    direction: str = "CRDT",
    status: str = "BOOK",
) -> bytes:
    """A camt.053.001.02 statement; each entry is (AcctSvcrRef, family code, transactions)."""
    body = []
    for reference, family, transactions in entries:
        total = sum(float(t.amount) for t in transactions)
        details = "".join(_tx(t) for t in transactions)
        body.append(
            f'<Ntry><Amt Ccy="EUR">{total:.2f}</Amt><CdtDbtInd>{direction}</CdtDbtInd>'
            f"<Sts>{status}</Sts><BookgDt><Dt>{booked}</Dt></BookgDt>"
            f"<AcctSvcrRef>{reference}</AcctSvcrRef>"
            f"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
            f"</Fmly></Domn></BkTxCd><NtryDtls>{details}</NtryDtls></Ntry>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'
        "<GrpHdr><MsgId>TEST</MsgId><CreDtTm>2026-11-21T06:00:00</CreDtTm></GrpHdr>"
        f"<Stmt><Id>S1</Id><Acct><Id><IBAN>{account}</IBAN></Id></Acct>{''.join(body)}</Stmt>"
        "</BkToCstmrStmt></Document>"
    ).encode()


def _tx(t: Tx) -> str:
    parties = ""
    if t.debtor or t.iban:
        parties = f"<RltdPties><Dbtr><Nm>{t.debtor}</Nm></Dbtr>"
        if t.iban:
            parties += f"<DbtrAcct><Id><IBAN>{t.iban}</IBAN></Id></DbtrAcct>"
        parties += "</RltdPties>"
    remittance = ""
    if t.ustrd:
        remittance += f"<Ustrd>{t.ustrd}</Ustrd>"
    if t.creditor_ref:
        remittance += f"<Strd><CdtrRefInf><Ref>{t.creditor_ref}</Ref></CdtrRefInf></Strd>"
    return (
        f"<TxDtls><Refs><EndToEndId>{t.end_to_end}</EndToEndId></Refs>"
        f'<AmtDtls><TxAmt><Amt Ccy="EUR">{t.amount}</Amt></TxAmt></AmtDtls>{parties}'
        + (f"<RmtInf>{remittance}</RmtInf>" if remittance else "")
        + (f"<AddtlTxInf>{t.additional}</AddtlTxInf>" if t.additional else "")
        + "</TxDtls>"
    )
