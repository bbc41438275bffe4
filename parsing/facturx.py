"""Embedded e-invoice XML (Factur-X / ZUGFeRD 2.x CII, ZUGFeRD 1.0, XRechnung UBL) → invoice."""

from __future__ import annotations

import io
import logging
import re
import zlib
from dataclasses import replace
from datetime import date
from decimal import Decimal

from lxml import etree

from parsing.contact import country_code, normalise_email, normalise_phone
from parsing.record import ParsedDebtor, ParsedInvoice, clean, read_decimal

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
)
_CREDIT_NOTE_CODES = {"381", "261", "262", "396", "532"}
_MAX_XML_BYTES = 10 * 1024 * 1024

logging.getLogger("factur-x").setLevel(logging.CRITICAL)


_STREAM = re.compile(rb"\bstream\r?\n")
_INVOICE_MARKERS = (
    b"CrossIndustryInvoice",
    b"CrossIndustryDocument",
    b"oasis:names:specification:ubl",
)
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")


def embedded_xml(data: bytes) -> bytes | None:
    """The invoice XML attached to the PDF, or None when there is none.

    The factur-x package reads the attachment; when it cannot (a damaged cross-reference table,
    an XML declaration lxml refuses), the embedded-file streams are read straight from the bytes.
    """
    from facturx import get_xml_from_pdf

    try:
        _name, xml = get_xml_from_pdf(io.BytesIO(data), check_xsd=False)
    except Exception:
        xml = None
    if not xml:
        xml = _scan_embedded_streams(data)
    if not xml or len(xml) > _MAX_XML_BYTES:
        return None
    return xml


def _scan_embedded_streams(data: bytes) -> bytes | None:
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 800) : match.start()]
        head = head[head.rfind(b"obj") + 3 :]
        if b"/EmbeddedFile" not in head:
            continue
        end = data.find(b"endstream", match.end())
        body = data[match.end() : end if end > 0 else len(data)]
        if b"/FlateDecode" in head:
            try:
                body = zlib.decompressobj().decompress(body, _MAX_XML_BYTES)
            except zlib.error:
                continue
        if any(marker in body[:4000] for marker in _INVOICE_MARKERS):
            return body
    return None


def parse_xml(xml: bytes, file: str, pages: tuple[int, ...]) -> ParsedInvoice | None:
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        try:
            root = etree.fromstring(_DECLARATION.sub(b"", xml.lstrip(b"\xef\xbb\xbf")), _PARSER)
        except etree.XMLSyntaxError:
            return None
    kind = etree.QName(root).localname
    if kind in {"Invoice", "CreditNote"}:
        return _signed(_ubl(root, file, pages))
    if kind in {"CrossIndustryInvoice", "CrossIndustryDocument"}:
        return _signed(_cii(root, file, pages))
    return None


def _signed(invoice: ParsedInvoice) -> ParsedInvoice:
    """A record's credit note carries negative amounts; the XML prints them positive and lets
    the type code say which way they go."""
    if not invoice.is_credit_note:
        return invoice
    return replace(
        invoice,
        total=None if invoice.total is None else -abs(invoice.total),
        total_due=None if invoice.total_due is None else -abs(invoice.total_due),
    )


def _children(node: etree._Element | None, name: str) -> list[etree._Element]:
    if node is None:
        return []
    return [
        child
        for child in node
        if isinstance(child.tag, str) and etree.QName(child).localname == name
    ]


def _find(node: etree._Element | None, path: str) -> etree._Element | None:
    """Walk `A/B|C/D` by local names (namespaces differ between CII versions); `|` = either."""
    for step in path.split("/"):
        found = None
        for name in step.split("|"):
            matches = _children(node, name)
            if matches:
                found = matches[0]
                break
        node = found
        if node is None:
            return None
    return node


def _text(node: etree._Element | None, path: str, limit: int = 200) -> str | None:
    found = _find(node, path)
    return clean(found.text, limit) if found is not None else None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    digits = value.strip()
    try:
        if len(digits) == 8 and digits.isdigit():
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return date.fromisoformat(digits[:10])
    except ValueError:
        return None


def _amount(value: str | None) -> Decimal | None:
    if not value:
        return None
    return read_decimal(value)


def _cii(root: etree._Element, file: str, pages: tuple[int, ...]) -> ParsedInvoice:
    header = _find(root, "ExchangedDocument|HeaderExchangedDocument")
    trade = _find(root, "SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction")
    agreement = _find(trade, "ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement")
    settlement = _find(
        trade, "ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement"
    )
    summary = _find(
        settlement,
        "SpecifiedTradeSettlementHeaderMonetarySummation|SpecifiedTradeSettlementMonetarySummation",
    )
    buyer = _find(agreement, "BuyerTradeParty")
    address = _find(buyer, "PostalTradeAddress")
    contact = _find(buyer, "DefinedTradeContact")
    email = _text(contact, "EmailURIUniversalCommunication/URIID", 254)
    uri = _find(buyer, "URIUniversalCommunication/URIID")
    if email is None and uri is not None and uri.get("schemeID") == "EM":
        email = uri.text
    country = country_code(_text(address, "CountryID"))
    due_date = None
    for terms in _children(settlement, "SpecifiedTradePaymentTerms"):
        due_date = due_date or _date(_text(terms, "DueDateDateTime/DateTimeString"))
    grand = _amount(_text(summary, "GrandTotalAmount"))
    due = _amount(_text(summary, "DuePayableAmount"))
    street = _text(address, "LineOne", 300)
    return ParsedInvoice(
        file=file,
        pages=pages,
        invoice_number=_text(header, "ID", 60),
        issue_date=_date(_text(header, "IssueDateTime/DateTimeString")),
        due_date=due_date,
        total=grand,
        total_due=due if due is not None else grand,
        currency=_currency(_text(settlement, "InvoiceCurrencyCode", 3), summary),
        is_credit_note=_text(header, "TypeCode") in _CREDIT_NOTE_CODES,
        debtor=ParsedDebtor(
            name=_text(buyer, "Name"),
            email=normalise_email(email),
            phone=normalise_phone(
                _text(contact, "TelephoneUniversalCommunication/CompleteNumber", 60),
                country or "FR",
            ),
            street=street,
            postcode=_text(address, "PostcodeCode", 20),
            city=_text(address, "CityName"),
            country=country,
            customer_ref=_text(buyer, "ID", 60) or _text(agreement, "BuyerReference", 60),
        ),
        source="facturx",
    )


def _currency(code: str | None, summary: etree._Element | None) -> str | None:
    if code:
        return code.upper()
    total = _find(summary, "GrandTotalAmount")
    return (total.get("currencyID") or "").upper() or None if total is not None else None


def _ubl(root: etree._Element, file: str, pages: tuple[int, ...]) -> ParsedInvoice:
    party = _find(root, "AccountingCustomerParty/Party")
    address = _find(party, "PostalAddress")
    contact = _find(party, "Contact")
    endpoint = _find(party, "EndpointID")
    email = _text(contact, "ElectronicMail", 254)
    if email is None and endpoint is not None and endpoint.get("schemeID") == "EM":
        email = endpoint.text
    country = country_code(_text(address, "Country/IdentificationCode"))
    totals = _find(root, "LegalMonetaryTotal")
    grand = _amount(_text(totals, "TaxInclusiveAmount"))
    due = _amount(_text(totals, "PayableAmount"))
    code = _text(root, "InvoiceTypeCode") or _text(root, "CreditNoteTypeCode")
    return ParsedInvoice(
        file=file,
        pages=pages,
        invoice_number=_text(root, "ID", 60),
        issue_date=_date(_text(root, "IssueDate")),
        due_date=_date(_text(root, "DueDate") or _text(root, "PaymentMeans/PaymentDueDate")),
        total=grand,
        total_due=due if due is not None else grand,
        currency=(_text(root, "DocumentCurrencyCode", 3) or "").upper() or None,
        is_credit_note=etree.QName(root).localname == "CreditNote" or code in _CREDIT_NOTE_CODES,
        debtor=ParsedDebtor(
            name=_text(party, "PartyLegalEntity/RegistrationName")
            or _text(party, "PartyName/Name"),
            email=normalise_email(email),
            phone=normalise_phone(_text(contact, "Telephone", 60), country or "FR"),
            street=_text(address, "StreetName", 300),
            postcode=_text(address, "PostalZone", 20),
            city=_text(address, "CityName"),
            country=country,
            customer_ref=_text(root, "BuyerReference", 60),
        ),
        source="facturx",
    )
