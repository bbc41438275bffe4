"""Small real PDFs for ingestion tests: one-page French invoices drawn with reportlab."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def invoice_pdf(
    number: str = "F-101",
    total: str = "120.00",
    debtor: str = "Mme Jeanne Martin",
    customer_ref: str = "C00123",
    credit_note: bool = False,
    due_date: bool = True,
    terms: str = "",
) -> bytes:
    """A one-page invoice the layout heuristics read: number, dates, debtor and amount due;
    without its due date, `terms` printed instead ("Conditions de paiement : …")."""
    lines = _invoice_lines(number, total, debtor, customer_ref, credit_note, due_date, terms)
    return _pdf([lines], title=number)


def batch_pdf(numbers: list[str | None], total: str = "120.00") -> bytes:
    """A month's run: one page per invoice; None prints an invoice without its number line."""
    return _pdf([_invoice_lines(number, total) for number in numbers], title="batch")


def _invoice_lines(
    number: str | None,
    total: str,
    debtor: str = "Mme Jeanne Martin",
    customer_ref: str = "C00123",
    credit_note: bool = False,
    due_date: bool = True,
    terms: str = "",
) -> list[str]:
    return [
        "Démo Services à domicile SARL",
        "12 rue de la Paix, 67000 Strasbourg",
        "",
        "AVOIR" if credit_note else "FACTURE",
        f"{'Avoir' if credit_note else 'Facture'} n° : {number}" if number else "",
        "Date de facture : 03/11/2026",
        "Date d'échéance : 03/12/2026"
        if due_date
        else terms and f"Conditions de paiement : {terms}",
        f"Référence client : {customer_ref}",
        "",
        "Client :",
        debtor,
        "12 rue des Lilas",
        "67000 Strasbourg",
        "",
        f"Total TTC : {Decimal(total):.2f} €".replace(".", ","),
        f"Net à payer : {Decimal(total):.2f} €".replace(".", ","),
    ]


def _pdf(pages: list[list[str]], title: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setTitle(title)
    for lines in pages:
        y = 800
        for line in lines:
            page.drawString(60, y, line)
            y -= 18
        page.showPage()
    page.save()
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A PDF with no text at all: the parser refuses it with a precise reason."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.rect(50, 50, 200, 200, fill=1)
    page.showPage()
    page.save()
    return buffer.getvalue()


_CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:factur-x.eu:1p0:basicwl</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>{number}</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">{issued}</udt:DateTimeString>
  </ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Démo Services</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:ID>{customer_ref}</ram:ID><ram:Name>{debtor}</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>67000</ram:PostcodeCode>
     <ram:LineOne>12 rue des Lilas</ram:LineOne><ram:CityName>Strasbourg</ram:CityName>
     <ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
   </ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{currency}</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>
    <udt:DateTimeString format="102">{due}</udt:DateTimeString></ram:DueDateDateTime>
   </ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:GrandTotalAmount>{total}</ram:GrandTotalAmount>
    <ram:DuePayableAmount>{total}</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>"""


def facturx_pdf(
    number: str = "FX-1",
    total: str = "120.00",
    issued: str = "20261103",
    due: str = "20261203",
    currency: str = "EUR",
    debtor: str = "Mme Jeanne Martin",
    customer_ref: str = "C00123",
) -> bytes:
    """An invoice page with its Factur-X XML: the values are written exactly as given, so a
    test can send what a careless or hostile issuer writes (NaN, 1E+30, year 9999…)."""
    from facturx import generate_from_binary

    try:
        shown = f"{Decimal(total):.2f}" if Decimal(total).is_finite() else "1.00"
    except ArithmeticError:
        shown = "1.00"
    page = invoice_pdf(number, shown if len(shown) < 20 else "1.00", debtor, customer_ref)
    xml = _CII.format(
        number=number,
        total=total,
        issued=issued,
        due=due,
        currency=currency,
        debtor=debtor,
        customer_ref=customer_ref,
    )
    return generate_from_binary(
        page, xml.encode(), check_xsd=False, flavor="factur-x", level="basicwl"
    )
