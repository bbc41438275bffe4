"""Invoice-like documents titled otherwise than "Facture"/"Invoice" (issue 12; the shapes measured
in tests/parsing/titles.py): fee notes, états de frais, mémoires, relevés, décomptes, avis
d'échéance, appels de fonds and de cotisation, quittances de prime, situations de travaux, bills
and statements give their number, issue date and amount due; quotes, pro-formas, order forms,
delivery notes and reminder letters never become a record that could be reminded unchecked."""

from __future__ import annotations

import pytest
from facturx import generate_from_binary

from parsing import ParseOptions, parse_pdf
from tests.parsing import titles
from tests.parsing.generator.render import Pen
from tests.parsing.pages import Sheet, parse, pdf
from tests.parsing.test_parsing_templates import CII

OPTIONS = ParseOptions(use_xml=False, ocr=False)
INVOICES = sorted(set(titles.STYLES) - titles.NOT_INVOICES)


def _records(style: str, seed: int):
    document = titles.generate(style, seed)
    return document, parse_pdf(titles.render(document), f"{style}-{seed}.pdf", OPTIONS)


@pytest.mark.parametrize("style", INVOICES)
@pytest.mark.parametrize("seed", [0, 1])
def test_each_title_gives_the_number_the_date_and_the_amount_due_as_printed(style, seed):
    document, [record] = _records(style, seed)
    assert record.invoice_number == document.number
    assert str(record.issue_date) == document.issue_date
    assert str(record.total_due) == document.total_due


@pytest.mark.parametrize("style", sorted(titles.NOT_INVOICES))
@pytest.mark.parametrize("seed", [0, 1])
def test_a_document_that_is_not_an_invoice_is_never_a_record_to_remind_unchecked(style, seed):
    _, records = _records(style, seed)
    for record in records:
        assert record.problems
        assert record.confidence < OPTIONS.review_threshold


DATES = (("Date", "03/11/2026"), ("Échéance", "03/12/2026"))


def _printed(*lines: str):
    def draw(pen: Pen) -> None:
        for index, line in enumerate(lines):
            pen.text(330, 285 + index * 12.35, line, 9.5)

    return draw


@pytest.mark.parametrize(
    ("title", "meta", "number"),
    [
        ("NOTE D'HONORAIRES", (("Note n°", "2026-047"), *DATES), "2026-047"),
        ("Note de frais et d'honoraires n° 26/0412", DATES, "26/0412"),
        ("ÉTAT DES FRAIS N° E-26-118", DATES, "E-26-118"),
        ("AVIS D'ÉCHÉANCE", (("N° d'avis", "2026110457"), *DATES), "2026110457"),
        ("Appel de charges", (("Appel n°", "AC-2026-4"), *DATES), "AC-2026-4"),
        ("QUITTANCE", (("Quittance n°", "QT-26-0041"), *DATES), "QT-26-0041"),
        ("Décompte", (("Numéro du décompte", "DC-7781"), *DATES), "DC-7781"),
        ("Statement", (("Statement number", "S-00412"), *DATES), "S-00412"),
        ("DEBIT NOTE", (("Debit note no.", "DN-5521"), *DATES), "DN-5521"),
        ("MÉMOIRE DE TRAVAUX", (("N°", "M-2026-12"), *DATES), "M-2026-12"),
        ("Fee note", (("Our ref", "JS/4471"), *DATES), "JS/4471"),
        ("FEE NOTE", (("Our ref", "SLM/WHI/5544-1"), ("Client no.", "449564"),
                      ("Fee note", "FN92453"), *DATES), "FN92453"),
        ("Statement", (("Account", "AC-3391"), ("Statement", "ST-2026-0412"), *DATES),
         "ST-2026-0412"),
        ("Note d'honoraires", (("N/Réf.", "CL 26-118"), *DATES), "CL 26-118"),
        ("Relevé de frais", (("Dossier n°", "2026/0183"), ("N° relevé", "RF-221"), *DATES),
         "RF-221"),
        ("HONORAIRES", (("Honoraires n°", "H-2026-31"), *DATES), "H-2026-31"),
        ("Note d'honoraires", (("N° de la note d'honoraires", "2026-118"), *DATES), "2026-118"),
        ("Avis de cotisation", (("N° d'avis de cotisation", "C-26-4471"), *DATES), "C-26-4471"),
        ("Appel de provisions", (("Appel n°", "AP-7"), *DATES), "AP-7"),
        ("Bill of costs", (("Bill No.", "BC/2026/12"), *DATES), "BC/2026/12"),
    ],
)  # fmt: skip
def test_a_bill_titled_otherwise_is_numbered_by_its_own_word(title, meta, number):
    invoice = parse(Sheet(title=title, meta=meta))
    assert invoice.invoice_number == number
    assert not [problem for problem in invoice.problems if "invoice" in problem]


def test_a_bare_number_sign_beside_the_date_numbers_the_document():
    sheet = Sheet(title="APPEL DE COTISATION 2027", meta=DATES[1:],
                  extra=(_printed("N° 2027-0457", "du 03/11/2026"),))  # fmt: skip
    assert parse(sheet).invoice_number == "2027-0457"


@pytest.mark.parametrize(
    "meta",
    [
        (("Dossier n°", "2026/0183"), ("Acte n°", "445566")),
        (("Votre réf.", "KD-118"), ("Réf. client", "C1234")),
        (("Affaire n°", "A-4471"), ("N° TVA", "FR12812345678")),
        (("Lot n°", "12"), ("Matter no.", "M004471")),
        (("Notre réf.", "AB-1"), ("Notre réf.", "AB-2")),
    ],
)
def test_numbers_of_something_else_never_number_a_bill(meta):
    invoice = parse(Sheet(title="NOTE D'HONORAIRES", meta=(*meta, *DATES)))
    assert invoice.invoice_number is None
    assert "invoice_number not found" in invoice.problems


def test_a_situations_ordinal_is_not_its_number():
    invoice = parse(Sheet(title="SITUATION DE TRAVAUX N° 3", meta=DATES))
    assert invoice.invoice_number is None


@pytest.mark.parametrize(
    "title",
    ["DEVIS", "Devis n° D-2026-0117", "Offre de prix n° 2026-12", "PRO FORMA INVOICE",
     "Facture pro-forma", "BON DE COMMANDE", "Bordereau de livraison", "Lieferschein",
     "Angebot Nr. 2026-17", "Mise en demeure", "Payment reminder", "2ème relance",
     "Purchase Order", "Delivery note", "Confirmation de commande", "Quotation",
     "Quittance de loyer", "REÇU", "Receipt"],
)  # fmt: skip
def test_a_look_alike_of_an_invoice_is_named_by_its_title(title):
    invoice = parse(Sheet(title=title, meta=(("Facture n°", "F-2026-118"), *DATES)))
    assert any(problem.startswith("not an invoice: titled") for problem in invoice.problems)
    assert invoice.confidence < OPTIONS.review_threshold


@pytest.mark.parametrize(
    ("title", "meta"),
    [
        ("FACTURE", (("Devis n°", "D-2026-031"), ("Bon de livraison n°", "BL2044"))),
        ("FACTURE", (("Bon de commande", "BC-118"), ("Relance", "aucune"))),
        ("", (("Lieferschein-Nr", "LS-20417"), ("Auftragsbestätigung", "AB-118"))),
    ],
)
def test_an_invoice_that_names_its_quote_or_delivery_note_stays_an_invoice(title, meta):
    invoice = parse(Sheet(title=title, meta=(("Facture n°", "F-2026-118"), *meta, *DATES)))
    assert not any(problem.startswith("not an invoice") for problem in invoice.problems)


def test_a_relevé_de_compteur_is_no_bill_title_nor_its_number():
    invoice = parse(Sheet(title="Relevé de compteur n° 556677", meta=DATES))
    assert invoice.invoice_number is None


@pytest.mark.parametrize(
    ("totals", "due"),
    [
        ((("Total HTVA", "100,00 €"), ("TVA 21 %", "21,00 €"), ("Total TVAC", "121,00 €"),
          ("Montant à payer", "121,00 €")), "121.00"),
        ((("Total honoraires HT", "100,00 €"), ("TVA 20 %", "20,00 €"),
          ("Total TTC", "120,00 €")), "120.00"),
        ((("Total hors TVA", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
          ("Montant de l'appel", "120,00 €")), "120.00"),
        ((("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"),
          ("Prime totale TTC à payer", "120,00 €")), "120.00"),
    ],
)  # fmt: skip
def test_the_totals_these_bills_print_add_up(totals, due):
    invoice = parse(Sheet(meta=(("Facture n°", "F-2026-118"), *DATES), totals=totals))
    assert str(invoice.total_due) == due
    assert not [problem for problem in invoice.problems if "total" in problem or "VAT" in problem]


def test_a_date_of_exigibility_is_the_due_date():
    meta = (("Avis n°", "AE-2026-11"), ("Date", "03/11/2026"), ("Date d'exigibilité", "01/12/2026"))
    invoice = parse(Sheet(title="AVIS D'ÉCHÉANCE", meta=meta))
    assert str(invoice.due_date) == "2026-12-01"


def test_a_statements_own_date_is_its_issue_date_and_not_an_invoices():
    meta = (("Statement No.", "ST-0412"), ("Statement date", "03/11/2026"), DATES[1])
    assert str(parse(Sheet(title="STATEMENT OF ACCOUNT", meta=meta)).issue_date) == "2026-11-03"
    meta = (("Invoice No.", "INV-0412"), ("Statement date", "03/11/2026"), DATES[1])
    assert parse(Sheet(title="INVOICE", meta=meta)).issue_date is None


@pytest.mark.parametrize(
    "style", ["etat_de_frais", "avis_echeance", "uk_fee_note", "ch_reference_only"]
)
def test_a_run_of_bills_titled_otherwise_gives_one_record_per_bill(style):
    bills = [titles.generate(style, seed) for seed in range(3)]
    run = titles.Document([page for bill in bills for page in bill.pages], None)
    records = parse_pdf(titles.render(run), "run.pdf", OPTIONS)
    assert [record.invoice_number for record in records] == [bill.number for bill in bills]


def test_a_reference_alone_in_a_grid_cell_numbers_a_bill_with_no_other_number():
    def grid(pen: Pen) -> None:
        for index, (label, value) in enumerate((("Référence", "NH-2026-118"),
                                                ("Date", "03/11/2026"))):  # fmt: skip
            pen.text(330 + 110 * index, 285, label, 8, bold=True)
            pen.text(330 + 110 * index, 297, value, 9.5)

    invoice = parse(Sheet(title="Note d'honoraires", meta=DATES[1:], extra=(grid,)))
    assert invoice.invoice_number == "NH-2026-118"


def test_a_quote_read_by_the_issuers_own_template_is_still_named_as_no_invoice(tmp_path):
    (tmp_path / "plomberie.yml").write_text(
        "issuer: Plomberie Rivière SARL\n"
        "keywords: ['Plomberie Rivière SARL']\n"
        "fields:\n"
        "  invoice_number: N°\\s*:\\s*(\\S+)\n"
        "  date: Date\\s*:\\s*(\\d{2}/\\d{2}/\\d{4})\n"
        "  amount: Net\\s+à\\s+payer\\s+(\\d[\\d ,]*\\d)\n"
        "options:\n  currency: EUR\n  date_formats: ['%d/%m/%Y']\n  decimal_separator: ','\n"
        "required_fields: [invoice_number, date, amount]\n",
        encoding="utf-8",
    )
    options = ParseOptions(use_xml=False, ocr=False, template_dirs=(tmp_path,))
    invoice = parse(Sheet(title="DEVIS", meta=(("N°", "D-2026-0117"), *DATES)), options)
    assert invoice.source.startswith("template:")
    assert any(problem.startswith("not an invoice") for problem in invoice.problems)
    assert invoice.confidence < options.review_threshold


def test_a_pro_forma_carrying_invoice_xml_is_named_as_no_invoice():
    page = pdf(Sheet(title="FACTURE PRO FORMA", meta=(("N°", "F-2026-118"), *DATES)))
    data = generate_from_binary(page, CII.format(number="F-2026-118").encode(), check_xsd=False)
    [invoice] = parse_pdf(data, "fx.pdf")
    assert invoice.source == "facturx"
    assert any(problem.startswith("not an invoice") for problem in invoice.problems)
    assert invoice.confidence < OPTIONS.review_threshold
