"""The debtor's block under a label followed by lower-case words, read or held, never wrong in
silence: a heading over a name ("Client particulier"), a name printed in lower case after its
label ("Client de la Fontaine Marie", "Client ebay France"), a note in brackets after the label,
labels written as a phrase ("le client :", "factuuradres:"), an attention line that is the
block's only name (issue 12: a guard taking every such label for a heading dropped about 20
addresses of the eighth blind set; tests/parsing/names_sixth.py draws these shapes at random)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing import names_sixth
from tests.parsing.pages import Sheet, parse

ADDRESS = ("12 rue des Lilas", "69003 Lyon", "Tél. : 06 12 34 56 78")


def _dates_beside(pen) -> None:  # type: ignore[no-untyped-def]
    pen.text(40, 150, "Date : 05/10/2026", 9)
    pen.text(40, 162, "Échéance : 05/11/2026", 9)


@pytest.mark.parametrize("x", [330, 40])
@pytest.mark.parametrize(
    "heading",
    ["Client particulier", "Facturation mensuelle", "Destinataire final", "Customer since 2019",
     "Client depuis le 12/01/2019", "Client (à rappeler dans toute correspondance)"],
)  # fmt: skip
def test_a_label_with_lower_case_words_over_a_name_is_a_heading_over_the_block(heading, x):
    extra = (_dates_beside,) if x == 330 else ()
    sheet = Sheet(debtor=(heading, "Mme Claire Martin", *ADDRESS), debtor_at=(x, 150), extra=extra)
    invoice = parse(sheet.but(meta=(("Facture N°", "F-2026-118"),)) if extra else sheet)
    debtor = invoice.debtor
    assert (debtor.name, debtor.street) == ("Mme Claire Martin", "12 rue des Lilas")
    assert debtor.phone == "+33612345678"
    assert str(invoice.issue_date) == ("2026-10-05" if extra else "2026-11-03")
    assert not invoice.problems


@pytest.mark.parametrize(
    "name", ["de la Fontaine Marie", "de La Tour SARL", "d'Almeida Rui", "van der Berg BV"]
)
def test_a_name_with_its_particle_after_a_label_is_read_with_its_address(name):
    invoice = parse(Sheet(debtor=(f"Client {name}", *ADDRESS)))
    assert (invoice.debtor.name, invoice.debtor.street) == (name, "12 rue des Lilas")
    assert not invoice.problems


@pytest.mark.parametrize("name", ["dupont marie", "ebay France", "du Pont Marie", "de Mars 2026"])
def test_lower_case_words_after_a_label_over_the_street_are_read_and_held(name):
    invoice = parse(Sheet(debtor=(f"Client {name}", *ADDRESS)))
    assert (invoice.debtor.name, invoice.debtor.street) == (name, "12 rue des Lilas")
    assert invoice.debtor.phone == "+33612345678"
    assert list(invoice.problems) == [
        f"debtor.name: {name!r} follows the label 'Client' in lower case, a heading's words or a "
        "name"
    ]


def test_a_label_printed_elsewhere_wins_over_a_heading_with_lower_case_words():
    def payer(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 200, "Facturé à :", 9)
        pen.lines(40, 212, ["Voyages Lémaniques SA", "Rue du Lac 4", "1003 Lausanne"], 9, 11)

    guest = ("Client de l'hôtel", "Mr. David Brown", "4 High Street", "Bath BA1 1AA")
    invoice = parse(Sheet(debtor=guest, debtor_at=(330, 100), extra=(payer,)))
    assert (invoice.debtor.name, invoice.debtor.postcode) == ("Voyages Lémaniques SA", "1003")


def test_the_window_block_wins_over_a_heading_with_lower_case_words_over_another_block():
    def end_customer(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(40, 200, "Client final", 9)
        pen.lines(40, 212, ["Mme Odile Faure", "3 rue Haute", "38000 Grenoble"], 9, 11)

    invoice = parse(Sheet(debtor=("Boutique Lumen SARL", *ADDRESS), extra=(end_customer,)))
    assert (invoice.debtor.name, invoice.debtor.postcode) == ("Boutique Lumen SARL", "69003")


@pytest.mark.parametrize(
    "rows",
    [("le client : Mme Claire Martin", *ADDRESS), ("le client :", "Mme Claire Martin", *ADDRESS),
     ("factuuradres: Mme Claire Martin", *ADDRESS), ("Factuur aan", "Mme Claire Martin", *ADDRESS),
     ("votre conseiller : Julie Morel", "le client :", "Mme Claire Martin", *ADDRESS)],
)  # fmt: skip
def test_a_label_written_as_a_phrase_or_in_dutch_is_no_part_of_the_name(rows):
    invoice = parse(Sheet(debtor=rows))
    assert (invoice.debtor.name, invoice.debtor.street) == ("Mme Claire Martin",
                                                            "12 rue des Lilas")  # fmt: skip
    assert not invoice.problems


@pytest.mark.parametrize(
    "line", ["à l'attention de Garage Central SAS", "À l'attention de Mme Claire Martin",
             "Attn: Mme Claire Martin"],
)  # fmt: skip
def test_an_attention_line_that_is_the_blocks_only_name_names_the_debtor(line):
    invoice = parse(Sheet(debtor=(line, *ADDRESS)))
    assert invoice.debtor.name == line.split(" de ", 1)[-1].split(": ", 1)[-1]
    assert invoice.debtor.street == "12 rue des Lilas"


def test_an_attention_line_under_the_company_is_still_not_the_name():
    invoice = parse(Sheet(debtor=("Garage Central SAS", "À l'attention de M. Roux", *ADDRESS)))
    assert (invoice.debtor.name, invoice.debtor.street) == ("Garage Central SAS",
                                                            "12 rue des Lilas")  # fmt: skip


def test_the_sixth_names_set_reads_every_name_and_address_or_holds_it(tmp_path: Path):
    result = names_sixth.score(tmp_path, names_sixth.write(tmp_path))
    assert not result["silent"], result["wrong"]
    exact = result["exact"]
    assert min(exact[key] for key in ("name", "street", "postcode", "city", "phone")) == 120
