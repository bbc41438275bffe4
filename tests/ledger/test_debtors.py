from __future__ import annotations

import threading

import peewee
import pytest

from ledger.debtors import DebtorFacts, match_or_create_debtor
from ledger.models import Debtor
from tests.factories import make_creditor
from tests.servers.ports import wait_until


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mme Hélène Lefèvre", "HELENE LEFEVRE"),
        ("Jean-Luc  Dupont", "jean luc dupont"),
        ("Müller Zoé", "Zoe MULLER"),
        ("Madame Éléonore d'Aubigné", "Eleonore d Aubigne"),
        ("  M. Paul\u00a0Martin ", "Paul Martin"),
    ],
)
def test_accents_case_and_spacing_do_not_make_a_new_debtor(
    ledger_db: peewee.Database, first: str, second: str
) -> None:
    creditor = make_creditor()
    a, created_a = match_or_create_debtor(creditor, DebtorFacts(name=first, postcode="67000"))
    b, created_b = match_or_create_debtor(creditor, DebtorFacts(name=second, postcode="67 000"))
    assert created_a and not created_b
    assert a.id == b.id


def test_the_customer_ref_wins_over_a_different_name(ledger_db: peewee.Database) -> None:
    creditor = make_creditor()
    a, _ = match_or_create_debtor(creditor, DebtorFacts(name="SARL Durand", customer_ref="C042"))
    b, created = match_or_create_debtor(
        creditor, DebtorFacts(name="Durand Bâtiment", customer_ref="C042", postcode="75011")
    )
    assert not created
    assert a.id == b.id


def test_a_different_customer_ref_is_a_different_debtor_even_with_the_same_name(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    a, _ = match_or_create_debtor(
        creditor, DebtorFacts(name="Jean Martin", customer_ref="C1", postcode="67000")
    )
    b, created = match_or_create_debtor(
        creditor, DebtorFacts(name="Jean Martin", customer_ref="C2", postcode="67000")
    )
    assert created
    assert a.id != b.id


def test_two_people_with_the_same_name_in_different_postcodes_stay_two_debtors(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    a, _ = match_or_create_debtor(creditor, DebtorFacts(name="Marie Petit", postcode="67000"))
    b, created = match_or_create_debtor(creditor, DebtorFacts(name="Marie Petit", postcode="69003"))
    assert created
    assert a.id != b.id
    assert Debtor.select().count() == 2


def test_the_email_matches_whatever_the_case(ledger_db: peewee.Database) -> None:
    creditor = make_creditor()
    a, _ = match_or_create_debtor(
        creditor, DebtorFacts(name="Anne Roux", email="Anne.Roux@Example.fr", postcode="67000")
    )
    b, created = match_or_create_debtor(
        creditor, DebtorFacts(name="A. Roux", email="anne.roux@example.fr ", postcode="13001")
    )
    assert not created
    assert a.id == b.id


def test_a_debtor_with_a_ref_is_found_again_by_email_when_a_later_invoice_has_no_ref(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    a, _ = match_or_create_debtor(
        creditor, DebtorFacts(name="Luc Blanc", customer_ref="C9", email="luc@example.fr")
    )
    b, created = match_or_create_debtor(
        creditor, DebtorFacts(name="Luc Blanc", email="luc@example.fr")
    )
    assert not created
    assert a.id == b.id


def test_debtors_of_two_creditors_are_never_merged(ledger_db: peewee.Database) -> None:
    facts = DebtorFacts(name="Paul Henry", customer_ref="C1", postcode="67000")
    a, _ = match_or_create_debtor(make_creditor(), facts)
    b, created = match_or_create_debtor(make_creditor(), facts)
    assert created
    assert a.id != b.id


def test_a_matched_debtor_gains_missing_contacts_but_keeps_what_staff_typed(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    debtor, _ = match_or_create_debtor(
        creditor, DebtorFacts(name="Jeanne Martin", customer_ref="C7", email="jeanne@staff.fr")
    )
    again, _ = match_or_create_debtor(
        creditor,
        DebtorFacts(
            name="Jeanne Martin",
            customer_ref="C7",
            email="other@pdf.fr",
            phone="06 12 34 56 78",
            street="12 rue des Lilas",
            postcode="67000",
            city="Strasbourg",
        ),
    )
    again = Debtor.get_by_id(debtor.id)
    assert again.email == "jeanne@staff.fr"
    assert again.phone == "+33612345678"
    assert (again.street, again.postcode, again.city) == ("12 rue des Lilas", "67000", "Strasbourg")


def test_a_debtor_edited_by_staff_is_found_by_its_new_name_and_email(
    ledger_db: peewee.Database,
) -> None:
    creditor = make_creditor()
    debtor, _ = match_or_create_debtor(creditor, DebtorFacts(name="SCI Tilleuls", postcode="67000"))
    debtor.name, debtor.email = "SCI Les Tilleuls", "Compta@Tilleuls.fr"
    debtor.save()
    by_email, created = match_or_create_debtor(
        creditor, DebtorFacts(name="Autre nom", email="compta@tilleuls.fr")
    )
    by_name, created_again = match_or_create_debtor(
        creditor, DebtorFacts(name="sci les tilleuls", postcode="67000")
    )
    assert not created and not created_again
    assert by_email.id == by_name.id == debtor.id


def test_two_nodes_creating_the_same_new_debtor_at_once_both_get_the_one_debtor(
    ledger_db: peewee.Database,
) -> None:
    if not isinstance(ledger_db, peewee.PostgresqlDatabase):
        pytest.skip("on SQLite one transaction writes at a time")
    creditor = make_creditor()
    facts = DebtorFacts(name="SARL Durand", customer_ref="C900", email="compta@durand.test")
    first_made, second_blocked = threading.Event(), threading.Event()
    found: dict[str, tuple[int, bool]] = {}

    def first_node() -> None:
        with ledger_db.connection_context(), ledger_db.atomic():
            debtor, created = match_or_create_debtor(creditor, facts)
            found["first"] = (debtor.id, created)
            first_made.set()
            second_blocked.wait(30)

    def second_node() -> None:
        first_made.wait(30)
        with ledger_db.connection_context(), ledger_db.atomic():
            debtor, created = match_or_create_debtor(creditor, facts)
            found["second"] = (debtor.id, created)

    threads = [threading.Thread(target=first_node), threading.Thread(target=second_node)]
    for thread in threads:
        thread.start()
    # The second node's insert waits on the first one's uncommitted row.
    waiting_on_a_lock = (
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    wait_until(
        lambda: ledger_db.execute_sql(waiting_on_a_lock).fetchone()[0] == 1,
        what="the second node to wait on the first one's debtor",
    )
    second_blocked.set()
    for thread in threads:
        thread.join(30)
    [(debtor_id, created)] = {found["first"]}
    assert created and found["second"] == (debtor_id, False)
    assert Debtor.select().where(Debtor.customer_ref == "C900").count() == 1
