"""The debtor's name read whole, or held for review, where a reader takes part of it: a name
wrapped over two lines, a department after it on its line, a form's surname without its first
name, the pupil or the horse printed over the one who answers for them, a heading's word taken
for the name (issue 12: the eighth blind set read the name wrong on 23 records with nothing
flagged; tests/parsing/names_fifth.py draws these shapes at random)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing import names_fifth
from tests.parsing.pages import Sheet, parse

ADDRESS = ("12 rue des Lilas", "69003 Lyon")


@pytest.mark.parametrize(
    ("first", "second"),
    [("Syndicat des Copropriétaires de la", "Résidence Les Jardins"),
     ("Association Sportive et Culturelle", "des Cheminots de Lyon"),
     ("Société Coopérative du Pays", "de Retz et du Vignoble"),
     ("Friends of the", "Lyon Opera House"),
     ("MME GENEVIÈVE DE LA TOUR", "D'AUVERGNE"),
     ("SYNDICAT DES COPROPRIÉTAIRES", "DE LA RÉSIDENCE DU PARC")],
)  # fmt: skip
def test_a_name_wrapped_over_two_lines_is_read_whole(first, second):
    invoice = parse(Sheet(debtor=(first, second, *ADDRESS)))
    assert invoice.debtor.name == f"{first} {second}"
    assert invoice.debtor.street == "12 rue des Lilas"


@pytest.mark.parametrize(
    "lines",
    [("Communauté de Communes de la", "Vallée de Saint-Amarin et du", "Florival"),
     ("Association Départementale des", "Pupilles de l'Enseignement Public", "du Haut-Rhin"),
     ("Établissements Wolfberger Frères", "et Associés Négoce de Vins", "d'Alsace")],
)  # fmt: skip
def test_a_long_name_wrapped_over_three_lines_in_a_narrow_window_is_read_whole(lines):
    invoice = parse(Sheet(debtor=(*lines, *ADDRESS)))
    assert invoice.debtor.name == " ".join(lines)
    assert invoice.debtor.street == "12 rue des Lilas"


@pytest.mark.parametrize(
    ("name", "complement"),
    [("M. Paul Roux", "Résidence Les Pins"), ("SCI Les Tilleuls", "Bâtiment B"),
     ("Mme Claire Martin", "M. Paul Durand")],
)  # fmt: skip
def test_a_line_under_a_closed_name_is_not_joined_to_it(name, complement):
    invoice = parse(Sheet(debtor=(name, complement, *ADDRESS)))
    assert invoice.debtor.name == name


@pytest.mark.parametrize(
    "line",
    ["Hôtel Bellevue SA, Comptabilité fournisseurs", "Hôtel Bellevue SA - Service juridique",
     "Service Public de Wallonie", "Garage du Centre - Servais Frères"],
)  # fmt: skip
def test_a_department_on_the_names_line_stays_in_the_name_as_printed(line):
    invoice = parse(Sheet(debtor=(line, *ADDRESS)))
    assert invoice.debtor.name == line


def _form(first_beside: bool):  # type: ignore[no-untyped-def]
    def draw(pen) -> None:  # type: ignore[no-untyped-def]
        rows = ["Nom : DUPONT", "Prénom : Marie", "Adresse : 12 rue des Lilas",
                "CP / Ville : 69003 Lyon"]  # fmt: skip
        if first_beside:
            pen.text(440, 150, rows.pop(1), 9)
        pen.lines(330, 150, rows, 9, 12)

    return draw


@pytest.mark.parametrize("first_beside", [True, False])
def test_a_forms_surname_and_first_name_are_read_as_a_person_writes_them(first_beside):
    invoice = parse(Sheet(debtor=(), extra=(_form(first_beside),)))
    assert (invoice.debtor.name, invoice.debtor.street) == ("Marie DUPONT", "12 rue des Lilas")


@pytest.mark.parametrize(
    ("dependent", "responsible"),
    [("Élève : Hugo Vidal", "Responsable légal : Mme Claire Vidal"),
     ("Cheval : Tornade du Val", "Responsable : Mme Claire Vidal"),
     ("Patient : Léo Vidal", "Propriétaire responsable : Mme Claire Vidal"),
     ("Patient: Leo Vidal", "Guarantor: Mme Claire Vidal")],
)  # fmt: skip
def test_the_one_answering_for_a_pupil_horse_or_patient_is_the_name(dependent, responsible):
    invoice = parse(Sheet(debtor=(dependent, responsible, *ADDRESS)))
    assert invoice.debtor.name == "Mme Claire Vidal"
    assert invoice.debtor.street == "12 rue des Lilas"


def test_an_animal_alone_where_the_name_goes_is_held_for_review():
    invoice = parse(Sheet(debtor=("Cheval : Tornade du Val", *ADDRESS)))
    assert any("is labelled 'Cheval'" in problem for problem in invoice.problems)


def test_a_headings_word_before_lower_case_words_is_not_a_label_with_a_name():
    def guest(pen) -> None:  # type: ignore[no-untyped-def]
        pen.text(330, 136, "Client de l'hôtel", 8)
        pen.lines(330, 150, ["Mr. David Brown", "Chambre 214"], 11, 13)

    company = ("Rechnung an", "Voyages Lémaniques SA", "Maria-Theresien-Straße 18",
               "6020 Innsbruck")  # fmt: skip
    invoice = parse(Sheet(debtor=company, debtor_at=(40, 136), extra=(guest,)))
    assert invoice.debtor.name == "Voyages Lémaniques SA"


def test_the_fifth_names_set_reads_every_name_or_holds_it(tmp_path: Path):
    result = names_fifth.score(tmp_path, names_fifth.write(tmp_path))
    assert not result["silent"], result["wrong"]


@pytest.mark.parametrize(
    ("line", "name", "street"),
    [("Herrn Max Müller, Lindenweg 12, 79100 Freiburg", "Herrn Max Müller", "Lindenweg 12"),
     ("Bakkerij Jansen B.V. - Herestraat 12, 9711 LM Groningen", "Bakkerij Jansen B.V.",
      "Herestraat 12"),
     ("Madame Odile Faure, Bahnhofstrasse 3a, 8001 Zürich", "Madame Odile Faure",
      "Bahnhofstrasse 3a")],
)  # fmt: skip
def test_a_payer_printed_on_one_line_with_a_number_last_street_is_split(line, name, street):
    invoice = parse(Sheet(debtor=(f"Facturer à : {line}",), debtor_at=(300, 200)))
    assert (invoice.debtor.name, invoice.debtor.street) == (name, street)


@pytest.mark.parametrize("second", ["Lambert Frères", "Moreau & Associés", "Weber & Söhne"])
def test_a_names_second_line_with_no_sign_of_wrapping_but_a_firms_word_is_held(second):
    invoice = parse(Sheet(debtor=("Comité d'Entreprise des Établissements", second, *ADDRESS)))
    assert f"debtor.street: {second!r} is a name, not a street" in invoice.problems
