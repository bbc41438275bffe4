"""The chain's first two steps: embedded Factur-X XML, then invoice2data templates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from facturx import generate_from_binary

from parsing import ParseOptions, parse_pdf
from tests.parsing.generator import invoice_pdf, make_facts
from tests.parsing.generator.issuer import DUE, ISSUED, NUMBER, TOTAL, template_issuer_pdf

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:factur-x.eu:1p0:basicwl</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>{number}</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime>
   <udt:DateTimeString format="102">20261103</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Plomberie Rivière</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:ID>C00123</ram:ID><ram:Name>Mme Jeanne Martin</ram:Name>
    <ram:DefinedTradeContact><ram:TelephoneUniversalCommunication>
     <ram:CompleteNumber>06 12 34 56 78</ram:CompleteNumber></ram:TelephoneUniversalCommunication>
    </ram:DefinedTradeContact>
    <ram:PostalTradeAddress><ram:PostcodeCode>67000</ram:PostcodeCode>
     <ram:LineOne>12 rue des Lilas</ram:LineOne><ram:CityName>Strasbourg</ram:CityName>
     <ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
   </ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>
    <udt:DateTimeString format="102">20261203</udt:DateTimeString></ram:DueDateDateTime>
   </ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">200.00</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>
    <ram:DuePayableAmount>900.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>"""


def facturx_pdf(number: str | None = None) -> bytes:
    """A generated invoice page with Factur-X XML attached (its number by default)."""
    data, _ = invoice_pdf("classic_window", 0)
    xml = CII.format(number=number or make_facts("classic_window", 0).number).encode()
    return generate_from_binary(data, xml, check_xsd=False, flavor="factur-x", level="basicwl")


def test_it_reads_the_embedded_xml_first():
    invoice = parse_pdf(facturx_pdf(), "fx.pdf")[0]
    assert invoice.source == "facturx"
    assert invoice.issue_date == date(2026, 11, 3)
    assert invoice.due_date == date(2026, 12, 3)
    assert invoice.total == Decimal("1200.00")
    assert invoice.total_due == Decimal("900.00")
    assert invoice.debtor.phone == "+33612345678"
    assert invoice.debtor.customer_ref == "C00123"


def test_when_xml_and_page_disagree_the_xml_wins_and_the_disagreement_is_named():
    invoice = parse_pdf(facturx_pdf("XML-0001"), "fx.pdf")[0]
    assert invoice.invoice_number == "XML-0001"
    page_number = make_facts("classic_window", 0).number
    assert f"invoice_number: XML says XML-0001, page says {page_number}" in invoice.problems


def test_a_shipped_template_reads_an_issuer_the_heuristics_cannot():
    invoice = parse_pdf(template_issuer_pdf(), "anr.pdf")[0]
    assert invoice.source == "template:fr.ateliers-numeriques-du-rhin"
    assert (invoice.invoice_number, invoice.issue_date, invoice.due_date, invoice.total_due) == (
        NUMBER, ISSUED, DUE, TOTAL,
    )  # fmt: skip
    assert invoice.debtor.name == "Garage des Lilas"


def test_a_creditor_adds_its_own_templates_in_its_own_folder(tmp_path):
    truth = make_facts("labelled_client", 0)
    (tmp_path / "mine.yml").write_text(
        f"""issuer: {truth.seller.name}
keywords: ["{truth.seller.name}"]
fields:
  invoice_number: n°\\s+(\\S+)\\s+du
  amount: Montant dû\\s+(\\d[\\d ,]*)
options:
  currency: EUR
  decimal_separator: ","
required_fields: [invoice_number, amount]
""",
        "utf-8",
    )
    data, _ = invoice_pdf("labelled_client", 0)
    invoice = parse_pdf(data, "c.pdf", ParseOptions(template_dirs=(tmp_path,)))[0]
    assert invoice.source == "template:mine"
    assert invoice.invoice_number == truth.number
    assert invoice.total_due == truth.total_due


def test_a_removed_creditor_template_is_no_longer_used(tmp_path):
    truth = make_facts("labelled_client", 0)
    template = tmp_path / "mine.yml"
    template.write_text(
        f'issuer: x\nkeywords: ["{truth.seller.name}"]\nfields:\n'
        "  invoice_number: n°\\s+(\\S+)\\s+du\nrequired_fields: [invoice_number]\n",
        "utf-8",
    )
    data, _ = invoice_pdf("labelled_client", 0)
    options = ParseOptions(template_dirs=(tmp_path,))
    assert parse_pdf(data, "c.pdf", options)[0].source == "template:mine"
    template.unlink()
    assert parse_pdf(data, "c.pdf", options)[0].source == "layout"
