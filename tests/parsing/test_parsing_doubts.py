"""No wrong record without a problem, and no problem on a right one (issue 12): pages drawn to
make the layout path read a third party's contact, a department, a delivery block, an amount
already paid, a VAT number as values; each is read right (a doubtful contact left empty) or
named in `problems`. And the checks stay quiet on what is right."""

from __future__ import annotations

import pytest

from parsing import ParsedDebtor, ParseOptions
from parsing.layout.parties import names_domain
from parsing.layout.unread_contacts import UNREAD_EMAIL, UNREAD_PHONE
from parsing.sanity import contact_problems
from tests.parsing.adversarial import CASES, Case, wrong_fields
from tests.parsing.pages import DEBTOR, FOOTER, Sheet, parse

THRESHOLD = ParseOptions().review_threshold


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_an_adversarial_page_is_read_right_or_names_a_problem(case: Case):
    invoice = parse(case.sheet)
    wrong = wrong_fields(case, invoice)
    assert not wrong or invoice.problems, (wrong, invoice)
    if wrong:
        assert invoice.confidence < THRESHOLD


@pytest.mark.parametrize(
    "debtor",
    [
        (*DEBTOR, "Copie : expert@fiducial-conseil.fr"),
        (*DEBTOR, "Cabinet comptable : 04 78 00 11 22"),
        (*DEBTOR, "Comptabilité : compta@cabinet-durand.fr"),
    ],
)
def test_a_third_partys_contact_in_the_block_is_left_empty(debtor):
    invoice = parse(Sheet(debtor=debtor))
    assert (invoice.debtor.email, invoice.debtor.phone) == (None, None)
    assert invoice.debtor.name == "Garage des Lilas"


@pytest.mark.parametrize(
    ("debtor", "email"),
    [
        ((*DEBTOR, "compta@garage-des-lilas.fr"), "compta@garage-des-lilas.fr"),
        ((*DEBTOR, "Comptabilité : compta@garagedeslilas.fr"), "compta@garagedeslilas.fr"),
        ((*DEBTOR, "E-mail : paul@roux-holding.com"), "paul@roux-holding.com"),
    ],
)
def test_the_debtors_own_email_in_the_block_is_kept(debtor, email):
    assert parse(Sheet(debtor=debtor)).debtor.email == email


@pytest.mark.parametrize(
    ("lines", "problems"),
    [
        (("paul.roux@garage-lilas.fr", "anne.morel@lilas-auto.com"), (UNREAD_EMAIL,)),
        (("facturation@riviere-plomberie.com",), ()),
        (("Comptabilité : compta@cabinet-durand-expertise.fr",), (UNREAD_EMAIL,)),
        (("Tél : 04 78 12 34 56", "Portable : 06 12 34 56 78"), (UNREAD_PHONE,)),
    ],
)
def test_contacts_beside_the_block_that_may_be_someone_elses_are_left_empty_and_said(
    lines, problems
):
    """Left empty rather than read silently, and said (issue 12: a missing contact that is
    printed is a wrong record that looks right), unless the issuer's own (its name's domain)."""

    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(470, 150, list(lines), 9.5, 12.35)

    invoice = parse(Sheet(extra=(draw,)))
    assert (invoice.debtor.email, invoice.debtor.phone) == (None, None)
    assert invoice.problems == problems


@pytest.mark.parametrize(
    ("debtor", "name"),
    [
        (("Service Comptabilité Fournisseurs", *DEBTOR), "Garage des Lilas"),
        (("Direction financière", *DEBTOR), "Garage des Lilas"),
        (("Direction Départementale des Territoires", "12 rue des Lilas", "69003 Lyon"),
         "Direction Départementale des Territoires"),
        (("Cabinet Morel & Associés", "12 rue des Lilas", "69003 Lyon"),
         "Cabinet Morel & Associés"),
    ],
)  # fmt: skip
def test_a_department_over_the_name_is_not_the_name(debtor, name):
    assert parse(Sheet(debtor=debtor)).debtor.name == name


def test_an_unlabelled_choice_between_two_address_blocks_is_named():
    def delivery(pen) -> None:  # type: ignore[no-untyped-def]
        pen.lines(330, 150, ["Entrepôt Lilas", "ZI Nord", "69200 Vénissieux"], 10, 12.85)

    invoice = parse(Sheet(debtor_at=(40, 150), extra=(delivery,)))
    assert "debtor block chosen among 2 unlabelled address blocks" in invoice.problems


@pytest.mark.parametrize(
    ("line", "named"),
    [
        (("Chèque n° 4471 encaissé", "-50,00 €"), "Chèque n° 4471 encaissé"),
        (("Remise exceptionnelle", "-20,00 €"), "Remise exceptionnelle"),
    ],
)
def test_an_amount_under_the_total_that_nothing_accounts_for_is_named(line, named):
    totals = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"), line)
    invoice = parse(Sheet(totals=totals))
    said = f"total_due: an amount under the total is not accounted for ({named})"
    assert said in invoice.problems
    assert invoice.confidence < THRESHOLD


@pytest.mark.parametrize(
    "line",
    [
        ("dont TVA", "20,00 €"),
        ("Acompte versé", "0,00 €"),
        ("Net à payer", "120,00 €"),
        ("Soit en CHF", "112,00 CHF"),
        ("Indemnité forfaitaire de recouvrement", "40,00 €"),
        ("Escompte 2 % si paiement sous 8 jours", "2,40 €"),
    ],
)
def test_lines_under_the_total_that_say_what_it_holds_pass(line):
    totals = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"), line)
    assert parse(Sheet(totals=totals)).problems == ()


@pytest.mark.parametrize(
    "footer",
    [
        f"{FOOTER} - TVA intracom. FR32123456789 - Indemnité de recouvrement 40,00 €",
        "SIRET 123 456 789 00012 - VAT No. FR32123456789 - capital 7 000 €",
    ],
)
def test_a_vat_number_beside_an_amount_is_not_a_vat_amount(footer):
    assert parse(Sheet(footer=footer)).problems == ()


@pytest.mark.parametrize("label", ["Tax (20%)", "Montant TVA", "Tax", "Taxe 20 %"])
def test_vat_labels_of_every_shape_are_added_up(label):
    totals = (("Total HT", "100,00 €"), (label, "20,00 €"), ("Total TTC", "130,00 €"))
    assert any("totals do not add up" in p for p in parse(Sheet(totals=totals)).problems)


def test_a_currency_said_in_words_is_the_currency():
    totals = (("Total HT", "100,00"), ("TVA 20 %", "20,00"), ("Total TTC", "120,00"))
    sheet = Sheet(totals=totals, item=("Intervention", "100,00"),
                  notes=("Montants exprimés en euros",))  # fmt: skip
    invoice = parse(sheet)
    assert (invoice.currency, invoice.problems) == ("EUR", ())


@pytest.mark.parametrize(
    ("debtor", "named"),
    [
        (ParsedDebtor(postcode="6903", country="FR"), "debtor.postcode: 6903 is not a postcode"),
        (ParsedDebtor(postcode="00120", country="FR"), "not a postcode of FR"),
        (ParsedDebtor(postcode="69003", country="GB"), "not a postcode of GB"),
        (ParsedDebtor(phone="+447400123456", country="FR"), "+447400123456 is a number of GB"),
    ],
)  # fmt: skip
def test_an_address_or_phone_that_does_not_fit_its_country_is_named(debtor, named):
    assert any(named in problem for problem in contact_problems(debtor))


@pytest.mark.parametrize(
    "debtor",
    [
        ParsedDebtor(postcode="20137", country="FR", phone="+33495123456"),
        ParsedDebtor(postcode="97200", country="FR", phone="+596696123456"),
        ParsedDebtor(postcode="RG1 2AB", country="GB", phone="+441184960123"),
        ParsedDebtor(postcode="1000", country="BE", phone="+3221234567"),
        ParsedDebtor(postcode="90210-1234", country="US"),
        ParsedDebtor(postcode="1234 AB", country="NL"),
        ParsedDebtor(postcode="12345", country="XX"),
    ],
)
def test_an_address_and_phone_of_one_country_pass(debtor):
    assert contact_problems(debtor) == []


@pytest.mark.parametrize(
    ("name", "email", "names"),
    [
        ("Garage des Lilas", "compta@garage-des-lilas.fr", True),
        ("Kinés Associés SELARL", "FACTURATION@KINES-ASSOCIES.CORSICA", True),
        ("Garage des Lilas", "g.lilas@gmail.com", True),
        ("Garage des Lilas", "contact@cabinet-durand.fr", False),
        ("SARL Martin", "compta@sarl-durand.fr", False),
        (None, "compta@garage.fr", False),
    ],
)
def test_an_email_domain_names_the_debtor_by_a_word_of_its_name(name, email, names):
    assert names_domain(name, email) is names


@pytest.mark.parametrize("label", ["Gesamtbetrag der Zuschläge", "Gesamtbetrag der Abschläge"])
def test_a_sum_of_surcharges_or_discounts_is_not_the_grand_total(label):
    totals = (("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
              (label, "0,00 €"), ("Net à payer", "120,00 €"))  # fmt: skip
    invoice = parse(Sheet(totals=totals))
    assert (invoice.total, invoice.problems) == (120, ())


def test_a_due_date_far_after_the_issue_with_no_terms_printed_is_named():
    meta = (("Facture N°", "F-2026-118"), ("Date", "03/11/2026"), ("Échéance", "15/03/2027"))
    said = "due_date: 132 days after the issue date, with no terms printed"
    assert said in parse(Sheet(meta=meta)).problems


def test_a_far_due_date_the_terms_give_passes():
    meta = (("Facture N°", "F-2026-118"), ("Date", "03/11/2026"), ("Échéance", "03/03/2027"))
    assert parse(Sheet(meta=meta, notes=("Paiement à 120 jours",))).problems == ()


def test_a_contracts_end_is_not_the_due_date():
    meta = (
        ("Facture N°", "F-2026-118"),
        ("Date", "03/11/2026"),
        ("Échéance du contrat", "30/06/2027"),
    )
    assert parse(Sheet(meta=meta)).due_date is None


def test_a_gutschrift_is_a_credit_note_a_person_confirms():
    invoice = parse(Sheet(title="GUTSCHRIFT"))
    assert invoice.is_credit_note and invoice.total_due < 0
    assert "is_credit_note: titled Gutschrift, also the name of a self-billed invoice" in (
        invoice.problems
    )
