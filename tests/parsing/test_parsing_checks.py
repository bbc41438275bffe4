"""The checks that decide confidence (issue 12, item 2), one small synthetic page per check: each
failed check is named in `problems` and puts the confidence under the review threshold, and
the plain page that passes them all carries no problem."""

from __future__ import annotations

from datetime import date

import pytest
from facturx import generate_from_binary

from parsing import ParseOptions, parse_pdf
from tests.parsing.generator import invoice_pdf, make_facts
from tests.parsing.generator.render import Pen
from tests.parsing.pages import DEBTOR, FOOTER, SELLER, Sheet, parse, pdf
from tests.parsing.test_parsing_templates import CII

THRESHOLD = ParseOptions().review_threshold
NUMBER = ("Facture N°", "F-2026-118")
ISSUED = ("Date", "03/11/2026")


def _doubted(sheet: Sheet, named: str) -> None:
    invoice = parse(sheet)
    assert any(named in problem for problem in invoice.problems), invoice.problems
    assert invoice.confidence < THRESHOLD


def test_the_plain_page_passes_every_check_with_a_confidence_over_the_threshold():
    invoice = parse(Sheet())
    assert invoice.problems == ()
    assert invoice.confidence >= THRESHOLD


@pytest.mark.parametrize(
    ("totals", "named"),
    [
        ((("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "130,00 €")),
         "totals do not add up"),
        ((("Total HT", "100,00 €"), ("TVA 20 %", "10,00 €"), ("Total TTC", "110,00 €")),
         "VAT printed is not its rate"),
        ((("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
          ("Acompte versé", "50,00 €"), ("Net à payer", "60,00 €")),
         "is not the total 120.00 less the deductions 50.00"),
        ((("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
          ("Acompte versé", "50,00 €"), ("Net à payer", "120,00 €")),
         "is the total although deductions"),
        ((("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
          ("Acompte versé", "50,00 €")),
         "amount due not printed"),
        ((("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
          ("Net à payer", "150,00 €")),
         "amount due larger than the total"),
    ],
)  # fmt: skip
def test_totals_that_do_not_add_up_are_named(totals, named):
    _doubted(Sheet(totals=totals), named)


def _more_items(*items: tuple[str, str]):  # type: ignore[no-untyped-def]
    """Item lines drawn under the sheet's own one (its three header fields, 9.5-pt lines)."""
    step = 9.5 * 1.3
    first = 285 + 3 * step + 30 + step

    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        for index, (label, amount) in enumerate(items, 1):
            pen.text(40, first + index * step, label, 9.5)
            pen.right(555, first + index * step, amount, 9.5)

    return draw


@pytest.mark.parametrize("amount", ["90,00 €", "1 000,00 €", "100,50 €"])
def test_item_lines_that_add_up_to_neither_the_net_nor_the_total_are_named(amount):
    _doubted(Sheet(item=("Intervention plomberie", amount)), "item lines do not add up")


@pytest.mark.parametrize(
    ("item", "more"),
    [
        (("Intervention plomberie", "60,00 €"), (("Déplacement", "40,00 €"),)),
        (("Intervention plomberie", "120,00 €"), ()),
        (("Intervention plomberie", "130,00 €"), (("Remise fidélité", "-30,00 €"),)),
    ],
)  # fmt: skip
def test_item_lines_that_add_up_to_the_net_or_the_total_pass(item, more):
    invoice = parse(Sheet(item=item, extra=(_more_items(*more),)))
    assert invoice.problems == ()


@pytest.mark.parametrize(
    ("meta", "named"),
    [
        ((NUMBER, ISSUED, ("Échéance", "03/10/2026")), "due date before issue date"),
        ((NUMBER, ISSUED, ("Échéance", "03/01/2028")), "more than a year after the issue date"),
        ((NUMBER, ISSUED, ("Échéance", "10/12/2026"), ("Conditions", "Paiement à 30 jours")),
         "payment terms (30 jours) give 2026-12-03, not the due date printed 2026-12-10"),
    ],
)  # fmt: skip
def test_dates_that_disagree_are_named(meta, named):
    _doubted(Sheet(meta=meta), named)


def test_terms_that_agree_with_the_due_date_printed_pass():
    meta = (NUMBER, ISSUED, ("Échéance", "03/12/2026"), ("Conditions", "Paiement à 30 jours"))
    assert parse(Sheet(meta=meta)).problems == ()


SELLER_STREET, SELLER_TOWN = SELLER[1], SELLER[2]


@pytest.mark.parametrize(
    ("debtor", "named"),
    [
        ((SELLER[0], "12 rue des Lilas", "69003 Lyon"), "debtor name is the issuer's"),
        ((*DEBTOR, "contact@plomberie.fr"), "debtor e-mail is the issuer's"),
        ((*DEBTOR, "compta@plomberie.fr"), "debtor e-mail is the issuer's"),
        ((*DEBTOR, "Tél : 03 88 11 22 33"), "debtor phone is the issuer's"),
        (("Garage des Lilas", SELLER_STREET, SELLER_TOWN), "debtor address is the issuer's"),
        ((*DEBTOR, "SIRET 123 456 789 00012"), "debtor legal number is the issuer's"),
        ((*DEBTOR, "TVA FR32123456789"), "debtor legal number is the issuer's"),
        (("Garage des Lilas 123 456 789", "12 rue des Lilas", "69003 Lyon"),
         "debtor name carries the issuer's legal number"),
    ],
)  # fmt: skip
def test_a_debtor_that_is_the_issuer_is_named(debtor, named):
    _doubted(Sheet(debtor=debtor), named)


@pytest.mark.parametrize(
    "debtor",
    [
        (*DEBTOR, "SIRET 987 654 321 00034"),
        (*DEBTOR, "contact@garage-des-lilas.fr"),
        ("Garage des Lilas", "3 rue Haute", "69003 Lyon"),
    ],
)
def test_a_debtor_with_details_of_its_own_passes(debtor):
    assert parse(Sheet(debtor=debtor)).problems == ()


def test_a_debtor_sharing_a_public_mailbox_domain_with_the_issuer_passes():
    seller = (*SELLER[:4], "plomberie.riviere@gmail.com")
    sheet = Sheet(seller=seller, debtor=(*DEBTOR, "garage.lilas@gmail.com"))
    assert parse(sheet).problems == ()


def test_an_email_beside_the_block_on_the_issuers_public_mailbox_domain_is_the_debtors():
    def beside(pen: Pen) -> None:
        pen.text(180, 163, "Email: garage.lilas@gmail.com", 9)

    seller = (*SELLER[:4], "plomberie.riviere@gmail.com")
    invoice = parse(Sheet(seller=seller, debtor_at=(40, 150), extra=(beside,)))
    assert invoice.debtor.email == "garage.lilas@gmail.com"
    assert invoice.problems == ()


@pytest.mark.parametrize(
    ("title", "totals", "named"),
    [
        ("FACTURE", (("Total HT", "-100,00 €"), ("TVA 20 %", "-20,00 €"),
                     ("Total TTC", "-120,00 €")), "negative total on a document not titled"),
        ("FACTURE", (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"),
                     ("Net à payer", "-120,00 €")), "negative amount due on a document not titled"),
    ],
)  # fmt: skip
def test_a_credit_note_not_titled_so_is_named(title, totals, named):
    _doubted(Sheet(title=title, totals=totals), named)


def test_a_credit_note_carries_no_due_date_even_where_one_is_printed():
    credit_note = parse(Sheet(title="AVOIR"))
    assert credit_note.is_credit_note
    assert credit_note.due_date is None
    assert credit_note.problems == ()


def test_a_credit_note_is_one_only_by_its_title():
    assert parse(Sheet(title="AVOIR")).is_credit_note
    assert not parse(Sheet(footer=f"{FOOTER} - Avoir à déduire sur demande")).is_credit_note


def _facturx(**changes: str) -> bytes:
    """A generated page with Factur-X XML attached, the XML's values changed as given."""
    data, _ = invoice_pdf("classic_window", 0)
    xml = CII.format(number=make_facts("classic_window", 0).number)
    for old, new in changes.values():
        xml = xml.replace(old, new)
    return generate_from_binary(data, xml.encode(), check_xsd=False, flavor="factur-x")


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"due": ("20261203", "20261003")}, "due date before issue date"),
        ({"due": ("20261203", "20280103")}, "more than a year after the issue date"),
        ({"due": ("<ram:DuePayableAmount>900.00", "<ram:DuePayableAmount>1900.00")},
         "amount due larger than the total"),
        ({"total": ("<ram:GrandTotalAmount>1200.00", "<ram:GrandTotalAmount>-1200.00"),
          "due": ("<ram:DuePayableAmount>900.00", "<ram:DuePayableAmount>-900.00")},
         "negative total on a document not titled as a credit note"),
    ],
)  # fmt: skip
def test_the_embedded_xml_is_checked_like_the_page(changes, named):
    [invoice] = parse_pdf(_facturx(**changes), "fx.pdf")
    assert invoice.source == "facturx"
    assert any(named in problem for problem in invoice.problems), invoice.problems
    assert invoice.confidence < THRESHOLD


def test_an_xml_record_with_any_problem_has_a_confidence_under_the_threshold():
    [invoice] = parse_pdf(_facturx(number=("<ram:ID>F", "<ram:ID>XML-F")), "fx.pdf")
    assert invoice.problems and invoice.confidence < THRESHOLD


@pytest.mark.parametrize(("title", "type_code"), [("AVOIR", "380"), ("FACTURE", "381")])
def test_an_xml_whose_credit_note_flag_the_page_title_contradicts_is_named(title, type_code):
    xml = CII.format(number="F-2026-118").replace("<ram:TypeCode>380", f"<ram:TypeCode>{type_code}")
    data = generate_from_binary(pdf(Sheet(title=title)), xml.encode(), check_xsd=False)
    [invoice] = parse_pdf(data, "fx.pdf")
    assert invoice.is_credit_note == (type_code == "381")
    said = f"is_credit_note: XML says {type_code == '381'}, page says {title == 'AVOIR'}"
    assert said in invoice.problems
    assert invoice.confidence < THRESHOLD


def test_a_record_read_by_a_creditor_template_is_checked_like_the_page(tmp_path):
    (tmp_path / "mine.yml").write_text(
        """issuer: Plomberie Rivière
keywords: ["Plomberie Rivière SARL"]
fields:
  invoice_number: Facture N°\\s*:\\s*(\\S+)
  date: Date\\s*:\\s*(\\d\\d/\\d\\d/\\d{4})
  date_due: Terme convenu\\s+(\\d\\d/\\d\\d/\\d{4})
  amount: Net à payer\\s+(\\d[\\d ,]*)
options:
  currency: EUR
  date_formats: ["%d/%m/%Y"]
  decimal_separator: ","
required_fields: [invoice_number, date, amount]
""",
        "utf-8",
    )
    sheet = Sheet(meta=(NUMBER, ISSUED), notes=("Terme convenu 03/10/2026",))
    invoice = parse(sheet, ParseOptions(use_xml=False, ocr=False, template_dirs=(tmp_path,)))
    assert (invoice.source, invoice.due_date) == ("template:mine", date(2026, 10, 3))
    assert "due date before issue date" in invoice.problems
    assert invoice.confidence < THRESHOLD


@pytest.mark.parametrize("written", ["NaN", "Infinity", "-Infinity"])
def test_an_amount_that_is_not_a_number_is_left_for_the_ledger_to_refuse(written):
    xml = CII.format(number="F-2026-118").replace(
        "<ram:GrandTotalAmount>1200.00", f"<ram:GrandTotalAmount>{written}"
    )
    data = generate_from_binary(pdf(Sheet()), xml.encode(), check_xsd=False)
    [invoice] = parse_pdf(data, "fx.pdf")
    assert not invoice.total.is_finite()
