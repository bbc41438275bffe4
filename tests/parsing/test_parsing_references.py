"""How issuers print the customer reference, one family per test (issue 12; the layouts measured
in tests/parsing/references.py): the label vocabulary of the creditor's code for the debtor,
values in groups or in capitals, header grids, a bare "Client" word, the debtor's own
references and bank account numbers that are not it, two different references named as a
problem, and the invoice number in a letter's subject line."""

from __future__ import annotations

import pytest

from parsing import ParseOptions, parse_pdf
from parsing.layout.references import read_reference
from tests.parsing import references
from tests.parsing.generator.render import Pen
from tests.parsing.pages import Sheet, parse

NUMBER = ("Facture n°", "FA-2026-0042")
DATES = (("Date", "03/11/2026"), ("Échéance", "03/12/2026"))


def _ref_problems(invoice) -> list[str]:
    return [problem for problem in invoice.problems if problem.startswith("debtor.customer_ref")]


@pytest.mark.parametrize("style", sorted(references.STYLES))
@pytest.mark.parametrize("seed", [0, 1])
def test_each_measured_style_gives_the_number_and_the_reference_as_printed(style, seed):
    invoice = references.generate(style, seed)
    options = ParseOptions(use_xml=False, ocr=False)
    [record] = parse_pdf(references.render(invoice), f"{style}-{seed}.pdf", options)
    assert record.invoice_number == invoice.number
    assert (record.debtor.customer_ref or "") == invoice.customer_ref


@pytest.mark.parametrize(
    "label",
    ["N° client", "Code client", "Réf. client", "Votre référence client", "Compte client",
     "Client n°", "N° de compte client", "Compte tiers", "Code compte", "N° débiteur",
     "Débiteur n°", "Adhérent n°", "N° d'adhérent", "Matricule", "Identifiant client",
     "Customer ID", "Customer No.", "Account no.", "Account number", "Acct #", "Member no.",
     "Kundennummer", "Kunden-Nr.", "Kundenkonto", "Debitorennummer", "Kd.-Nr.", "Klantnummer",
     "Debiteurnummer", "Codice cliente", "N° client / Customer No.", "Copropriétaire n°",
     "N° de copropriétaire", "Code locataire", "Réf. locataire", "N° d'abonné", "Abonné n°",
     "Code famille", "Code adhérent", "N° sociétaire"],
)  # fmt: skip
def test_the_reference_is_read_after_each_label_issuers_use(label):
    invoice = parse(Sheet(meta=(NUMBER, (label, "C00412"), *DATES)))
    assert invoice.debtor.customer_ref == "C00412"
    assert not _ref_problems(invoice)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("67 179", "67 179"),
        ("411 35762", "411 35762"),
        ("411DUPONT", "411DUPONT"),
        ("cus_NffrFeUfNV2Hib", "cus_NffrFeUfNV2Hib"),
        ("K99392-3", "K99392-3"),
        ("24/1907  N° commande  CMD-1", "24/1907"),
        ("(à rappeler) 45120", "45120"),
        ("123 4567 89", None),
        ("03/11/2026", None),
        ("FR12812345678", None),
        ("PO-4471", None),
        ("BC 204411", None),
        ("BE 0712.345.678", None),
        ("BE 0712 345 678", None),
        ("Boulangerie Rolland", None),
        ("12", None),
    ],
)
def test_reading_a_reference_takes_it_whole_and_nothing_that_is_not_one(text, reference):
    assert read_reference(text) == reference


def test_a_code_in_capitals_is_a_reference_only_under_a_plain_label():
    assert read_reference("CDUPONT", lettered=True) == "CDUPONT"
    assert read_reference("CDUPONT") is None
    invoice = parse(Sheet(meta=(NUMBER, ("Code client", "CDUPONT"), *DATES)))
    assert invoice.debtor.customer_ref == "CDUPONT"


def _grid(labels: tuple[str, ...], values: tuple[str, ...], y: float = 230):
    def draw(pen: Pen) -> None:
        for index, (label, value) in enumerate(zip(labels, values, strict=True)):
            pen.text(44 + 100 * index, y, label, 8, bold=True)
            pen.text(44 + 100 * index, y + 14, value, 8)

    return draw


@pytest.mark.parametrize(
    ("labels", "values", "reference"),
    [
        (("N° CLIENT", "N° COMMANDE", "BON DE LIVRAISON"), ("LEFEVRE-54", "CMD-80823", "BL3875"),
         "LEFEVRE-54"),
        (("Client", "Facture n°", "Date"), ("411LILAS", "FA-2026-0042", "03/11/2026"), "411LILAS"),
        (("Client", "Facture n°", "Date"), ("Garage des Lilas", "FA-2026-0042", "03/11/2026"),
         None),
        (("Customer ID", "P.O. Number", "Terms"), ("12 345", "55120", "Net 30"), "12 345"),
        (("Your PO", "Order No.", "Delivery Note"), ("PO4471", "SO-12345", "DN123456"), None),
    ],
)  # fmt: skip
def test_a_grid_gives_the_value_under_the_reference_label_and_nothing_else(
    labels, values, reference
):
    invoice = parse(Sheet(meta=DATES, extra=(_grid(labels, values),)))
    assert invoice.debtor.customer_ref == reference
    assert not _ref_problems(invoice)


@pytest.mark.parametrize(
    "distractor",
    [("Votre référence", "PO-4471"), ("Your ref", "4471/JS"), ("N° commande", "CMD-00412"),
     ("Your PO", "PO123456"), ("N° devis", "D-2026-031"), ("Bon de livraison", "BL204410"),
     ("Contrat n°", "CT-0042001"), ("N° de dossier", "4410/26"), ("N° TVA client", "FR12812345678"),
     ("SIRET client", "812 345 678 00021"), ("Réf. mandat (RUM)", "RUM00001234"),
     ("Référence de paiement", "RF18539007547034"), ("Ihr Zeichen", "123/mk"),
     ("Customer Ref", "PO-4471")],
)  # fmt: skip
def test_the_debtors_own_references_and_legal_numbers_are_not_the_customer_reference(
    distractor,
):
    invoice = parse(Sheet(meta=(NUMBER, distractor, *DATES)))
    assert invoice.debtor.customer_ref is None


@pytest.mark.parametrize(
    "notes",
    [
        ("Bank: Barclays", "Account name: Plomberie", "Account number: 41234567",
         "Sort code: 20-32-06"),
        ("Domiciliation : Crédit Agricole", "N° de compte : 00012345678"),
        ("Coordonnées bancaires", "N° de compte : 00012345678", "Clé : 42"),
        ("Bankverbindung: Sparkasse", "Kontonummer: 1234567", "BLZ 600 501 01"),
        ("Bank: Barclays - Account number: 41234567 - Sort code: 20-32-06",),
        ("Mutuelle : MGEN", "N° adhérent : 12345678"),
        ("Sécurité sociale : 1 85 05 78 006 084 36", "Caisse : CPAM du Rhône",
         "Matricule : 0042817"),
    ],
)  # fmt: skip
def test_a_bank_account_or_an_insurers_number_is_not_the_customer_reference(notes):
    invoice = parse(Sheet(meta=(NUMBER, *DATES), notes=notes))
    assert invoice.debtor.customer_ref is None
    beside = parse(Sheet(meta=(NUMBER, ("Account No.", "AC10023"), *DATES), notes=notes))
    assert beside.debtor.customer_ref == "AC10023"
    assert not _ref_problems(beside)


@pytest.mark.parametrize(
    "debtor",
    [("Client :", "Garage 2000", "12 rue des Lilas", "69003 Lyon"),
     ("Débiteur", "Garage des Lilas", "12 rue des Lilas", "69003 Lyon")],
)  # fmt: skip
def test_a_heading_over_the_address_gives_no_reference_and_is_not_the_name(debtor):
    invoice = parse(Sheet(debtor=debtor, meta=(NUMBER, *DATES)))
    assert invoice.debtor.customer_ref is None
    assert invoice.debtor.name == debtor[1]


def test_a_bare_client_word_takes_only_a_code_alone_in_its_cell():
    assert parse(Sheet(meta=(NUMBER, ("Client", "3M"), *DATES))).debtor.customer_ref is None
    coded = parse(Sheet(meta=(NUMBER, ("Client", "411GARNIER"), *DATES)))
    assert coded.debtor.customer_ref == "411GARNIER"


@pytest.mark.parametrize(
    "line",
    ["Facture n° 8347/B   Code client : C77830", "Merci de rappeler votre n° client C77830",
     "Factuur 2026-0042 - klantnummer C77830",
     "Objet : Facture FA-2026-0042 - votre compte client C77830"],
)  # fmt: skip
def test_a_reference_after_other_words_of_its_line_is_read(line):
    invoice = parse(Sheet(meta=DATES, notes=(line,)))
    assert invoice.debtor.customer_ref == "C77830"


def test_two_labels_naming_different_references_are_a_problem():
    meta = (NUMBER, ("N° client", "C00123"), ("Code client", "411DUPONT"), *DATES)
    invoice = parse(Sheet(meta=meta))
    assert any("C00123 or 411DUPONT" in problem for problem in _ref_problems(invoice))


def test_the_same_reference_printed_twice_is_no_problem():
    meta = (NUMBER, ("N° client", "12 345"), *DATES)
    invoice = parse(Sheet(meta=meta, notes=("Merci de rappeler votre n° client 12345",)))
    assert invoice.debtor.customer_ref == "12 345"
    assert not _ref_problems(invoice)


def test_a_reference_equal_to_the_invoice_number_is_a_problem():
    invoice = parse(Sheet(meta=(("Facture n°", "12345"), ("N° client", "12345"), *DATES)))
    assert _ref_problems(invoice) == ["debtor.customer_ref: 12345 is also the invoice number"]


@pytest.mark.parametrize(
    ("subject", "number"),
    [
        ("Objet : Facture 2026-118 - votre dossier 4471", "2026-118"),
        ("Objet : Facture 2026-118 - votre dossier n° 4471", "2026-118"),
        ("Objet : notre facture n° FA-2026-0042", "FA-2026-0042"),
        ("Subject: Invoice 10023, your order 4471", "10023"),
        ("Betreff: Rechnung 2026-0042", "2026-0042"),
    ],
)
def test_the_number_in_a_letters_subject_line_is_read_not_the_dossier(subject, number):
    invoice = parse(Sheet(title=subject, meta=DATES))
    assert invoice.invoice_number == number
    assert invoice.debtor.customer_ref is None


@pytest.mark.parametrize(
    "label", ["Fact. n°", "N° Fact.", "Fac. n°", "Nr. factuur", "Bill No.", "Bill #"]
)
def test_the_number_is_read_after_abbreviated_and_other_trades_labels(label):
    invoice = parse(Sheet(meta=((label, "FA-2026-0042"), ("N° client", "C00123"), *DATES)))
    assert invoice.invoice_number == "FA-2026-0042"
    assert invoice.debtor.customer_ref == "C00123"
