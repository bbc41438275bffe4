"""The debtor's block: labelled or in the window position, told apart from the seller's."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from parsing import ParsedDebtor, parse_pdf
from parsing.layout.debtor_lines import read_block
from tests.parsing.generator.render import Pen
from tests.parsing.pages import Sheet, parse

WANT = ("Garage des Lilas", "12 rue des Lilas", "69003", "Lyon", "+33612345678", "compta@garage.fr")


def _debtor(label: str | None, place: str, side: str, contacts: tuple[str, str]) -> ParsedDebtor:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    pen = Pen(canvas)
    seller_x, debtor_x = (40, 330) if side == "right" else (330, 40)
    pen.lines(seller_x, 40, ["Plomberie Rivière", "3 rue Haute", "67000 Strasbourg",
                             "Tél : 03 88 11 22 33", "contact@plomberie.fr",
                             "SIRET 12345678900012"], 9, 11)  # fmt: skip
    lines = ["Garage des Lilas", "12 rue des Lilas", "69003 Lyon",
             f"{contacts[0]}06 12 34 56 78", f"{contacts[1]}compta@garage.fr"]  # fmt: skip
    if label is None:
        pen.lines(debtor_x, 150, lines, 10, 12)
    elif place == "above":
        pen.text(debtor_x, 140, label, 9, bold=True)
        pen.lines(debtor_x, 154, lines, 10, 12)
    else:
        pen.text(debtor_x, 154, f"{label} : {lines[0]}")
        pen.lines(debtor_x, 166, lines[1:], 10, 12)
    pen.text(40, 260, "Facture N° F-1")
    pen.text(40, 275, "Date : 03/11/2026")
    pen.text(40, 290, "Total TTC : 120,00 €")
    canvas.showPage()
    canvas.save()
    return parse_pdf(buffer.getvalue(), "debtor.pdf")[0].debtor


def _fields(debtor: ParsedDebtor) -> tuple:
    return (debtor.name, debtor.street, debtor.postcode, debtor.city, debtor.phone, debtor.email)


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("place", ["above", "inline"])
@pytest.mark.parametrize(
    "label",
    ["Client", "CLIENT", "Client :", "Facturé à", "Facturer à", "Destinataire", "Bill to",
     "Billed to", "Invoice to", "Customer", "Adresse de facturation", "À l'attention de",
     "Acheteur", "Coordonnées client", "Sold to", "Adressé à"],
)  # fmt: skip
def test_it_reads_a_labelled_debtor_block_on_either_side(label, place, side):
    assert _fields(_debtor(label, place, side, ("Tél : ", "Email : "))) == WANT


@pytest.mark.parametrize("side", ["right", "left"])
def test_it_reads_an_unlabelled_debtor_block_in_the_window_position(side):
    assert _fields(_debtor(None, "above", side, ("", ""))) == WANT


@pytest.mark.parametrize(
    "contacts",
    [("Tél : ", "Email : "), ("Tel. ", "E-mail: "), ("Téléphone : ", "Courriel : "),
     ("Mobile : ", "Mail : "), ("", ""), ("Phone: ", "")],
)  # fmt: skip
def test_it_reads_the_debtors_phone_and_email_however_labelled(contacts):
    assert _fields(_debtor("Client", "above", "right", contacts)) == WANT


@pytest.mark.parametrize(
    ("block", "street", "postcode", "city", "country"),
    [
        (["SARL Dupont", "12 rue X", "67000 Strasbourg"], "12 rue X", "67000", "Strasbourg", "FR"),
        (["SARL Dupont", "BP 42", "12 rue X", "67000 STRASBOURG CEDEX 2"], "12 rue X", "67000",
         "STRASBOURG CEDEX 2", "FR"),
        (["SARL Dupont", "12 rue X", "F-67000 Strasbourg", "France"], "12 rue X", "67000",
         "Strasbourg", "FR"),
        (["Dupont SA", "Rue Haute 3", "1000 Bruxelles", "Belgique"], "Rue Haute 3", "1000",
         "Bruxelles", "BE"),
        (["Kunden AG", "Kundenstraße 15", "DE 69876 Frankfurt"], "Kundenstraße 15", "69876",
         "Frankfurt", "DE"),
        (["M. Jean Dupont", "Bâtiment B", "4 allée des Pins", "74400 Chamonix-Mont-Blanc"],
         "Bâtiment B, 4 allée des Pins", "74400", "Chamonix-Mont-Blanc", "FR"),
        (["Mme Léa Roux", "Résidence du Parc", "appt 12", "5 rue Pasteur", "69003 Lyon"],
         "Résidence du Parc, appt 12, 5 rue Pasteur", "69003", "Lyon", "FR"),
    ],
)  # fmt: skip
def test_it_splits_street_postcode_city_and_country(block, street, postcode, city, country):
    debtor = read_block(block, None)
    assert (debtor.street, debtor.postcode, debtor.city, debtor.country) == (
        street, postcode, city, country,
    )  # fmt: skip


def test_a_phone_in_brackets_is_still_a_phone():
    assert read_block(["X", "1 rue Y", "67000 Z", "(+33) 6 12 34 56 78"], None).phone == (
        "+33612345678"
    )


@pytest.mark.parametrize(
    ("block", "name", "postcode", "city", "email"),
    [
        (["SAS Leca", "À l'attention de M. Paul Roux", "2 bd Paoli", "20200 BASTIA"], "SAS Leca",
         "20200", "BASTIA", None),
        (["A l'att. de Mme Léa Petit", "SAS Leca", "2 bd Paoli", "20200 Bastia"], "SAS Leca",
         "20200", "Bastia", None),
        (["Domaine Casanova", "Attn: Ange Leca", "Route de Calvi", "CS 40021", "20260 CALVI CEDEX"],
         "Domaine Casanova", "20260", "CALVI CEDEX", None),
        (["EURL Santini", "BP 12", "20000 AJACCIO", "E-mail : COMPTA@SANTINI.FR"], "EURL Santini",
         "20000", "AJACCIO", "COMPTA@santini.fr"),
    ],
)  # fmt: skip
def test_attention_lines_postal_boxes_and_names_starting_with_e_are_not_mistaken(
    block, name, postcode, city, email
):
    debtor = read_block(block, None)
    got = (debtor.name, debtor.postcode, debtor.city, debtor.email)
    assert got == (name, postcode, city, email)


def test_a_payment_slip_repeating_the_window_leaves_the_debtor_its_window_and_contacts():
    def slip(pen: Pen) -> None:
        lines = ["Payable par", "Madame Karine Tessier", "Chemin des Vignes 41", "2000 Neuchâtel"]
        pen.lines(330, 650, lines, 9, 11)

    window = ("P.P. CH-1003 Lausanne", "Madame Karine Tessier", "Chemin des Vignes 41",
              "2000 Neuchâtel", "SUISSE", "076 607 37 77", "karine.tessier@proton.me")  # fmt: skip
    debtor = parse(Sheet(debtor=window, extra=(slip,))).debtor
    assert (debtor.name, debtor.street) == ("Madame Karine Tessier", "Chemin des Vignes 41")
    assert (debtor.phone, debtor.email) == ("+41766073777", "karine.tessier@proton.me")
