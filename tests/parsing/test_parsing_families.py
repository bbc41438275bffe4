"""Families of layouts real invoices use, one small synthetic page per case (tests/parsing/pages):
direct debits, deductions, customer references in grids, UK and US addresses, return-address
lines, early-payment discounts, contacts beside the address, postal boxes, credit notes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.parsing.pages import DEBTOR, META, Sheet, parse

ISSUED = ("Date", "03/11/2026")
NUMBER = ("Facture N°", "F-2026-118")


ITEM = ("Intervention plomberie", "833,33 €")  # the net of the totals below


def _totals(*rows: tuple[str, str], total: str = "1 000,00 €") -> tuple[tuple[str, str], ...]:
    return (("Total HT", "833,33 €"), ("TVA 20 %", "166,67 €"), ("Total TTC", total), *rows)


@pytest.mark.parametrize(
    ("meta", "notes"),
    [
        ((NUMBER, ISSUED, ("Date de prélèvement", "15/12/2026")), ()),
        ((NUMBER, ISSUED, ("Prélevé le", "15/12/2026")), ()),
        ((NUMBER, ISSUED), ("Cette facture sera prélevée le 15/12/2026 sur votre compte.",)),
        ((NUMBER, ISSUED), ("Montant prélevé le 15/12/2026 par prélèvement SEPA.",)),
        ((NUMBER, ISSUED), ("Prélèvement SEPA à partir du 15/12/2026",)),
        ((("Invoice No.", "F-2026-118"), ("Invoice date", "03/11/2026"),
          ("Direct debit date", "15/12/2026")), ()),
        ((("Invoice No.", "F-2026-118"), ("Invoice date", "03/11/2026")),
         ("The amount will be debited from your account on 15/12/2026.",)),
    ],
)  # fmt: skip
def test_a_direct_debit_date_is_the_due_date(meta, notes):
    invoice = parse(Sheet(meta=meta, notes=notes))
    assert invoice.due_date == date(2026, 12, 15)


@pytest.mark.parametrize(
    ("rows", "due"),
    [
        (_totals(("Prise en charge APA", "-600,00 €"), ("Reste à votre charge", "400,00 €")),
         "400.00"),
        (_totals(("Prise en charge APA", "600,00 €"), ("Reste à charge", "400,00 €")), "400.00"),
        (_totals(("Provision versée", "300,00 €"), ("Solde à régler", "700,00 €")), "700.00"),
        (_totals(("Déjà réglé", "1 000,00 €"), ("Reste à payer", "0,00 €")), "0.00"),
        (_totals(("Amount paid", "(200,00 €)"), ("Balance due", "800,00 €")), "800.00"),
        (_totals(("Participation mutuelle", "-400,00 €"), ("Montant à votre charge", "600,00 €")),
         "600.00"),
        (_totals(("Part Sécurité sociale", "250,00 €"), ("Part mutuelle", "350,00 €"),
                 ("Reste à votre charge", "400,00 €")), "400.00"),
        (_totals(("Mensualités déjà prélevées", "-900,00 €"), ("Solde à payer", "100,00 €")),
         "100.00"),
        (_totals(("Less amount paid", "200,00 €"), ("Amount due", "800,00 €")), "800.00"),
        (_totals(("Payments/Credits", "-200,00 €"), ("Balance due", "800,00 €")), "800.00"),
    ],
)  # fmt: skip
def test_the_amount_due_is_what_is_left_after_deductions(rows, due):
    invoice = parse(Sheet(totals=rows, item=ITEM))
    assert (invoice.total, invoice.total_due) == (Decimal("1000.00"), Decimal(due))
    assert invoice.problems == ()


@pytest.mark.parametrize(
    ("rows", "due"),
    [
        (_totals(("Aide APL", "-250,00 €")), "750.00"),
        (_totals(("Provisions sur charges", "-300,00 €")), "700.00"),
        (_totals(("Acompte versé le 03/10/2026", "200,00 €")), "800.00"),
        (_totals(("Subvention CAF", "-150,00 €"), ("Acompte", "-50,00 €")), "800.00"),
    ],
)  # fmt: skip
def test_deductions_without_an_amount_due_printed_are_taken_off_the_total_and_said(rows, due):
    invoice = parse(Sheet(totals=rows, item=ITEM))
    assert (invoice.total, invoice.total_due) == (Decimal("1000.00"), Decimal(due))
    assert any("amount due not printed" in problem for problem in invoice.problems)


def test_a_remaining_amount_that_does_not_match_the_deductions_is_named_as_a_problem():
    rows = _totals(("Prise en charge APA", "-600,00 €"), ("Reste à votre charge", "450,00 €"))
    invoice = parse(Sheet(totals=rows, item=ITEM))
    assert any("deductions" in problem for problem in invoice.problems), invoice.problems


@pytest.mark.parametrize(
    ("label", "value"),
    [("N° client", "C00123"), ("Code client", "C00123"), ("Réf. client", "C00123"),
     ("Compte client", "411C00123"), ("N° de compte", "411C00123"), ("Customer No.", "C00123"),
     ("Account No.", "C00123"), ("Votre code client", "C00123"), ("Client n°", "C00123")],
)  # fmt: skip
def test_a_customer_reference_in_a_header_grid_is_read(label, value):
    def grid(pen):
        for column, (head, cell) in enumerate(
            [("Date", "03/11/2026"), (label, value), ("Page", "1/1")]
        ):
            pen.text(40 + column * 120, 330, head, 8, bold=True)
            pen.text(40 + column * 120, 342, cell, 9)

    invoice = parse(Sheet(meta=(NUMBER, ISSUED), extra=(grid,)))
    assert invoice.debtor.customer_ref == value


@pytest.mark.parametrize(
    ("block", "street", "postcode", "city", "country"),
    [
        (["Acme Ltd", "10 Downing Street", "London", "SW1A 2AA", "United Kingdom"],
         "10 Downing Street", "SW1A 2AA", "London", "GB"),
        (["Acme Ltd", "Unit 4, Mill Lane", "Manchester M1 1AE", "UK"], "Unit 4, Mill Lane",
         "M1 1AE", "Manchester", "GB"),
        (["Acme Ltd", "2 High Street", "Oxford", "Oxfordshire", "OX1 2JD"], "2 High Street",
         "OX1 2JD", "Oxford", "GB"),
        (["Acme Inc.", "500 Main St, Suite 200", "Springfield, IL 62701-1234", "USA"],
         "500 Main St, Suite 200", "62701-1234", "Springfield", "US"),
        (["Acme Inc.", "12 W 34th St", "New York, NY 10001"], "12 W 34th St", "10001", "New York",
         "US"),
    ],
)  # fmt: skip
def test_uk_and_us_addresses_give_their_postcode_city_and_country(
    block, street, postcode, city, country
):
    meta = (("Invoice No.", "INV-118"), ("Invoice date", "03/11/2026"), ("Due date", "03/12/2026"))
    debtor = parse(Sheet(debtor=block, meta=meta)).debtor
    assert (debtor.name, debtor.street, debtor.postcode, debtor.city, debtor.country) == (
        block[0], street, postcode, city, country,
    )  # fmt: skip


@pytest.mark.parametrize(
    "return_line",
    ["Plomberie Rivière SARL · 3 rue Haute · 67000 Strasbourg",
     "Plomberie Rivière SARL, 3 rue Haute, 67000 Strasbourg",
     "Plomberie Rivière SARL - 3 rue Haute - 67000 Strasbourg"],
)  # fmt: skip
def test_a_return_address_line_over_the_window_is_not_the_debtor(return_line):
    def small_line(pen):
        pen.text(330, 136, return_line, 6)

    invoice = parse(Sheet(extra=(small_line,)))
    assert (invoice.debtor.name, invoice.debtor.postcode) == ("Garage des Lilas", "69003")


@pytest.mark.parametrize(
    ("meta", "notes", "due"),
    [
        ((NUMBER, ISSUED, ("Échéance", "03/12/2026")),
         ("Escompte de 2 % pour paiement avant le 13/11/2026.",), date(2026, 12, 3)),
        ((NUMBER, ISSUED),
         ("Payable à 30 jours. Escompte 2 % si règlement avant le 13/11/2026.",),
         date(2026, 12, 3)),
        ((NUMBER, ISSUED),
         ("Zahlbar bis 13.11.2026 mit 2 % Skonto, bis 03.12.2026 netto.",), date(2026, 12, 3)),
        ((("Invoice No.", "F-2026-118"), ("Invoice date", "03/11/2026")),
         ("2% discount if paid by 13/11/2026; net amount due by 03/12/2026.",), date(2026, 12, 3)),
        ((NUMBER, ISSUED, ("Échéance", "03/12/2026")),
         ("Date limite escompte : 13/11/2026",), date(2026, 12, 3)),
    ],
)  # fmt: skip
def test_an_early_payment_discount_date_is_not_the_due_date(meta, notes, due):
    assert parse(Sheet(meta=meta, notes=notes)).due_date == due


@pytest.mark.parametrize(
    "place",
    ["beside", "below"],
)
def test_the_debtors_phone_and_email_beside_or_below_the_address_are_read(place):
    def contacts(pen):
        x, y = (470, 151) if place == "beside" else (330, 205)
        pen.lines(x, y, ["Tél : 06 12 34 56 78", "Email : compta@garage.fr"], 8, 11)

    debtor = parse(Sheet(extra=(contacts,))).debtor
    assert (debtor.phone, debtor.email) == ("+33612345678", "compta@garage.fr")


def test_the_sellers_own_contact_person_is_not_the_debtors_contact():
    def contact(pen):
        pen.lines(40, 130, ["Votre contact : Paul Roux", "Tél : 06 99 88 77 66",
                            "paul.roux@plomberie.fr"], 8, 11)  # fmt: skip

    debtor = parse(Sheet(extra=(contact,))).debtor
    assert (debtor.phone, debtor.email) == (None, None)


@pytest.mark.parametrize(
    "block",
    [("SARL Dupont", "CS 40021", "12 rue des Lilas", "69003 Lyon Cedex"),
     ("SARL Dupont", "12 rue des Lilas", "BP 42", "69003 Lyon"),
     ("SARL Dupont", "12 rue des Lilas", "CS 40021", "69003 Lyon Cedex 03")],
)  # fmt: skip
def test_a_postal_box_line_is_not_the_street(block):
    assert parse(Sheet(debtor=block)).debtor.street == "12 rue des Lilas"


@pytest.mark.parametrize(
    "title",
    [
        "AVOIR",
        "Avoir n° A-2026-7",
        "CREDIT NOTE",
        "Facture d'avoir",
        "Objet : Avoir n° A-2026-7",
        "Subject: Credit note A-2026-7",
    ],
)
def test_a_credit_note_printed_with_positive_amounts_gives_a_negative_amount_due(title):
    meta = (("N°", "A-2026-7"), ISSUED, ("Facture d'origine", "F-2026-90"))
    invoice = parse(Sheet(title=title, meta=meta))
    assert (invoice.is_credit_note, invoice.total_due) == (True, Decimal("-120.00"))
    # Never reminded, a credit note needs no due date: it is not held for lack of one.
    assert invoice.problems == ()


def test_an_invoice_with_a_credit_note_deducted_is_not_a_credit_note():
    rows = _totals(("Avoir n° A-2026-7 déduit", "-200,00 €"), ("Net à payer", "800,00 €"))
    invoice = parse(Sheet(totals=rows, item=ITEM))
    assert (invoice.is_credit_note, invoice.total_due) == (False, Decimal("800.00"))
    assert invoice.problems == ()


def test_a_negative_total_on_a_page_not_titled_as_a_credit_note_is_named_as_a_problem():
    rows = (("Total HT", "-100,00 €"), ("TVA 20 %", "-20,00 €"), ("Total TTC", "-120,00 €"))
    invoice = parse(Sheet(totals=rows, item=ITEM))
    assert any("credit note" in problem for problem in invoice.problems), invoice.problems


def test_tiny_five_point_text_is_read_like_any_other():
    invoice = parse(Sheet(size=5.0))
    assert (invoice.invoice_number, invoice.issue_date, invoice.due_date, invoice.total_due) == (
        "F-2026-118", date(2026, 11, 3), date(2026, 12, 3), Decimal("120.00"),
    )  # fmt: skip
    assert (invoice.debtor.name, invoice.debtor.postcode) == (DEBTOR[0], "69003")


def test_the_default_sheet_reads_exactly_and_without_problems():
    invoice = parse(Sheet())
    assert (invoice.invoice_number, invoice.due_date, invoice.problems) == (
        META[0][1], date(2026, 12, 3), (),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("turned", "shown_turned"),
    [(90, 0), (90, 90), (270, 0), (270, 270), (180, 0), (180, 180)],
)
def test_a_page_whose_content_is_turned_in_the_stream_reads_like_an_upright_one(
    turned, shown_turned
):
    invoice = parse(Sheet(), turned=turned, shown_turned=shown_turned)
    assert (invoice.invoice_number, invoice.total_due, invoice.debtor.name) == (
        "F-2026-118", Decimal("120.00"), "Garage des Lilas",
    )  # fmt: skip
    assert invoice.problems == ()


US_META = (("Invoice #", "10482"), ("Date", "11/03/2026"), ("Terms", "Net 30"),
           ("Due Date", "12/03/2026"))  # fmt: skip
US_TOTALS = (("Subtotal", "$1,000.00"), ("Sales Tax", "$80.00"), ("Total", "$1,080.00"),
             ("Payments/Credits", "$200.00"), ("Balance Due", "$880.00"))  # fmt: skip


def test_a_us_invoice_reads_month_first_dates_net_terms_and_the_balance_due():
    def service(pen):
        pen.lines(40, 150, ["Service Address", "77 Oak Lane", "Dayton, OH 45402"], 9, 11)

    sheet = Sheet(
        seller=("Green Acres Landscaping LLC", "12 Elm St", "Springfield, IL 62701",
                "Phone (217) 555-0134", "office@greenacres.com"),
        debtor=("Bill To", "Mr John Carter", "3111 Pine Street, Suite 200",
                "Springfield, IL 62704-1234"),
        meta=US_META, totals=US_TOTALS, item=("Lawn care", "$1,000.00"),
        footer="Thank you for your business!", extra=(service,),
    )  # fmt: skip
    invoice = parse(sheet)
    debtor = invoice.debtor
    assert (invoice.issue_date, invoice.due_date, invoice.total_due, invoice.currency) == (
        date(2026, 11, 3), date(2026, 12, 3), Decimal("880.00"), "USD",
    )  # fmt: skip
    assert (debtor.name, debtor.street, debtor.postcode, debtor.city, debtor.country) == (
        "Mr John Carter", "3111 Pine Street, Suite 200", "62704-1234", "Springfield", "US",
    )  # fmt: skip
    assert invoice.problems == ()


def test_net_terms_that_disagree_with_the_due_date_printed_are_named():
    meta = (("Invoice #", "10482"), ("Date", "11/03/2026"), ("Terms", "Net 30"),
            ("Due Date", "12/13/2026"))  # fmt: skip
    invoice = parse(Sheet(meta=meta, totals=US_TOTALS[:3], item=("Lawn care", "$1,000.00")))
    assert any("payment terms" in problem for problem in invoice.problems), invoice.problems


def test_a_uk_invoice_with_ordinal_dates_a_county_and_an_amount_paid():
    sheet = Sheet(
        seller=("Oakwood Joinery", "4 Station Road", "Henley-on-Thames", "RG9 1AA",
                "Tel 01491 570000", "VAT Reg No GB 123 4567 89"),
        debtor=("Mrs Alice Brown", "Flat 2", "14 Mill Lane", "READING", "Berkshire", "RG1 8DN"),
        meta=(("Invoice No", "OJ-2211"), ("Date", "3rd November 2026"),
              ("Payment due", "3rd December 2026")),
        totals=(("Subtotal", "£500.00"), ("VAT 20%", "£100.00"), ("Total", "£600.00"),
                ("Less amount paid", "£150.00"), ("Amount due", "£450.00")),
        footer="Oakwood Joinery - VAT Reg No GB 123 4567 89",
    )  # fmt: skip
    invoice = parse(sheet)
    debtor = invoice.debtor
    assert (invoice.issue_date, invoice.due_date, invoice.total_due, invoice.currency) == (
        date(2026, 11, 3), date(2026, 12, 3), Decimal("450.00"), "GBP",
    )  # fmt: skip
    assert (debtor.name, debtor.street, debtor.postcode, debtor.city, debtor.country) == (
        "Mrs Alice Brown", "Flat 2, 14 Mill Lane", "RG1 8DN", "READING", "GB",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("seller_lines", "block", "country"),
    [
        (("Imprimerie Lambert SPRL", "Rue de la Loi 16", "1000 Bruxelles", "TVA BE0123.456.789"),
         ("Librairie Dumont", "Chaussée de Wavre 212", "1050 Ixelles"), "BE"),
        (("Menuiserie Favre SA", "Route de Genève 5", "1003 Lausanne", "IDE CHE-123.456.789 TVA"),
         ("Café du Lac", "Quai du Mont-Blanc 3", "1201 Genève"), "CH"),
        (("Müller Maschinenbau GmbH", "Hauptstraße 5", "10115 Berlin", "USt-IdNr. DE123456789"),
         ("Schmidt KG", "Bahnhofstraße 12", "80335 München"), "DE"),
        (("Imprimerie Lambert SPRL", "Rue de la Loi 16", "1000 Bruxelles", "TVA BE0123.456.789"),
         ("Librairie Dumont", "12 rue des Lilas", "59000 Lille", "FRANCE"), "FR"),
    ],
)  # fmt: skip
def test_a_domestic_address_that_prints_no_country_is_in_the_issuers(seller_lines, block, country):
    sheet = Sheet(seller=seller_lines, debtor=block, footer=" - ".join(seller_lines))
    assert parse(sheet).debtor.country == country


def test_a_swiss_qr_bill_payment_part_does_not_change_who_the_debtor_is():
    def qr_part(pen):
        pen.text(40, 640, "Récépissé", 11, bold=True)
        seller = ["Menuiserie Favre SA", "Route de Genève 5", "1003 Lausanne"]
        pen.lines(40, 660, ["Compte / Payable à", "CH44 3199 9123 0008 8901 2", *seller], 7, 9)
        pen.lines(40, 720, ["Payable par", "Café du Lac", "Quai du Mont-Blanc 3", "1201 Genève"],
                  7, 9)  # fmt: skip
        pen.lines(40, 765, ["Monnaie  Montant", "CHF  1'080.00"], 7, 9)

    sheet = Sheet(
        seller=("Menuiserie Favre SA", "Route de Genève 5", "1003 Lausanne",
                "IDE CHE-123.456.789 TVA"),
        debtor=("Café du Lac", "Quai du Mont-Blanc 3", "1201 Genève"),
        totals=(("Total HT", "CHF 1'000.00"), ("TVA 8,1 %", "CHF 81.00"),
                ("Total TTC", "CHF 1'081.00"), ("Acompte reçu", "CHF 1.00"),
                ("Solde dû", "CHF 1'080.00")),
        extra=(qr_part,),
    )  # fmt: skip
    invoice = parse(sheet)
    debtor = invoice.debtor
    assert (invoice.total_due, invoice.currency) == (Decimal("1080.00"), "CHF")
    assert (debtor.name, debtor.postcode, debtor.city, debtor.country) == (
        "Café du Lac", "1201", "Genève", "CH",
    )  # fmt: skip


def test_an_instalment_schedule_gives_the_earliest_date_the_full_amount_and_says_so():
    def schedule(pen):
        pen.text(40, 560, "Échéancier", 9, bold=True)
        for row, (day, amount) in enumerate(
            [("15/12/2026", "400,00 €"), ("15/01/2027", "400,00 €"), ("15/02/2027", "400,00 €")]
        ):
            pen.text(40, 575 + row * 12, f"Échéance : {day}", 9)
            pen.right(300, 575 + row * 12, amount, 9)

    rows = (("Total HT", "1 000,00 €"), ("TVA 20 %", "200,00 €"), ("Total TTC", "1 200,00 €"),
            ("Net à payer", "1 200,00 €"))  # fmt: skip
    invoice = parse(Sheet(meta=(NUMBER, ISSUED), totals=rows, extra=(schedule,)))
    assert (invoice.due_date, invoice.total_due) == (date(2026, 12, 15), Decimal("1200.00"))
    assert any("several due dates" in problem for problem in invoice.problems)


def test_a_tax_credit_mention_is_not_a_deduction():
    rows = (("Total TTC", "1 000,00 €"), ("Prise en charge APA", "-600,00 €"),
            ("Reste à votre charge", "400,00 €"))  # fmt: skip
    notes = ("Crédit d'impôt : 50 % des sommes versées, soit 200,00 €",)
    invoice = parse(
        Sheet(
            totals=rows,
            notes=notes,
            debtor=(
                "Mme Jeanne Martin",
                "Résidence du Parc",
                "appt 12",
                "5 rue Pasteur",
                "69003 Lyon",
            ),
        )
    )
    assert invoice.total_due == Decimal("400.00")
    assert (invoice.debtor.name, invoice.debtor.street) == (
        "Mme Jeanne Martin", "Résidence du Parc, appt 12, 5 rue Pasteur",
    )  # fmt: skip


def test_an_account_code_beside_the_title_is_the_customer_reference():
    def title_line(pen):
        pen.text(300, 260, "COMPTE 411DUPONT", 9)

    assert parse(Sheet(extra=(title_line,))).debtor.customer_ref == "411DUPONT"


def test_the_sellers_contact_person_in_an_info_block_beside_the_address_is_left_out():
    def info(pen):
        pen.lines(470, 150, ["Votre contact :", "Paul Roux", "Tél. 03 88 99 00 11",
                             "p.roux@plomberie.fr"], 8, 10)  # fmt: skip

    debtor = parse(Sheet(extra=(info,))).debtor
    assert (debtor.phone, debtor.email) == (None, None)
