"""The problems the parsing checks name, in English for the record, read in French on the
invoice page with the inputs they concern highlighted."""

from __future__ import annotations

import pytest
from flask import Flask

from admin.review_problems import problems
from parsing.layout.claimed_contacts import CLAIMED_EMAIL, CLAIMED_PHONE
from parsing.layout.unread_contacts import UNREAD_EMAIL, UNREAD_PHONE


@pytest.mark.parametrize(
    ("reason", "french", "inputs"),
    [
        (
            "debtor block chosen among 2 unlabelled address blocks",
            "débiteur choisi parmi 2 blocs d'adresse sans intitulé",
            3,
        ),
        (
            "total_due: an amount under the total is not accounted for (Remise)",
            "montant dû : un montant imprimé sous le total n'est pas pris en compte (Remise)",
            1,
        ),
        (
            "invoice_number: FA-42 or FA-43 (two labels name the invoice number)",
            "numéro de facture : FA-42 ou FA-43, deux libellés désignent le numéro de facture",
            1,
        ),
        (
            "debtor.customer_ref: C00123 or 411DUPONT (two labels name the customer reference)",
            "référence client : C00123 ou 411DUPONT, deux libellés désignent la référence client",
            1,
        ),
        (
            "debtor.customer_ref: 12345 is also the invoice number",
            "référence client : 12345 est aussi le numéro de facture",
            1,
        ),
        (
            "invoice_number: 4471 is printed as 'Bestellnummer' too",
            "numéro de facture : 4471 est aussi imprimé sous « Bestellnummer »",
            1,
        ),
        (
            "invoice_number: 4711 follows 'Rechnung zu Auftrag Nr.' (another document's label)",
            "numéro de facture : 4711 suit « Rechnung zu Auftrag Nr. », le libellé d'un autre "
            "document",
            1,
        ),
        (
            "debtor.customer_ref: 'Guest no.' printed but not read",
            "référence client : « Guest no. » imprimé mais non lu",
            1,
        ),
        (
            "invoice_number: 2026 is followed by '/ 0012' (where the number ends is unclear)",
            "numéro de facture : 2026 est suivi de « / 0012 », on ne sait pas où le numéro finit",
            1,
        ),
        (
            "invoice_number: 2026-0457 or 88812 (no label names the invoice number)",
            "numéro de facture : 2026-0457 ou 88812, aucun libellé ne désigne le numéro de facture",
            1,
        ),
        (
            "debtor.postcode: 6903 is not a postcode of FR",
            "le code postal 6903 n'est pas un code postal du pays FR",
            1,
        ),
        (
            "debtor.phone: +447400123456 is a number of GB, the address is in FR",
            "le téléphone +447400123456 est un numéro du pays GB, l'adresse est dans le pays FR",
            1,
        ),
        (
            "currency: '$' without a code or a country saying which dollar (USD taken)",
            "devise : « $ » seul, ni un code ni un pays ne dit quel dollar (USD retenu)",
            1,
        ),
        (
            "currency: '$' with evidence of both CAD and USD (USD taken)",
            "devise : « $ » seul, la page indique à la fois CAD et USD (USD retenu)",
            1,
        ),
        (
            "amount due 90.00 is less than the total 120.00 and no deduction printed explains it",
            "montant dû 90.00 inférieur au total 120.00, sans déduction imprimée qui l'explique",
            2,
        ),
        (
            "debtor.name: 'M.' is a civility without a name",
            "nom du débiteur : 'M.' est une civilité sans nom",
            1,
        ),
        (
            "debtor.name: 'Patient : Emily Smith' is labelled 'Patient', a person the invoice is "
            "about who may not be who pays",
            "nom du débiteur : 'Patient : Emily Smith' suit l'intitulé 'Patient', une personne "
            "concernée par la facture qui n'est peut-être pas celle qui paie",
            1,
        ),
        (
            "debtor.name: 'dupont marie' follows the label 'Client' in lower case, a heading's "
            "words or a name",
            "nom du débiteur : 'dupont marie' suit l'intitulé 'Client' en minuscules : des mots "
            "d'un titre ou un nom",
            1,
        ),
        (
            "debtor.name: \"Emily O'Neil\" is under the heading 'Gast', a person the invoice is "
            "about who may not be who pays",
            "nom du débiteur : \"Emily O'Neil\" figure sous l'intitulé 'Gast', une personne "
            "concernée par la facture qui n'est peut-être pas celle qui paie",
            1,
        ),
        (
            "debtor.name: 'Bâtiment C' is an address line, not a name",
            "nom du débiteur : 'Bâtiment C' est une ligne d'adresse, pas un nom",
            1,
        ),
        (
            "debtor.city: 'FRANCE' is a country, not a town",
            "Ville : 'FRANCE' est un pays, pas une ville",
            1,
        ),
        (
            "debtor address: 69003 Lyon without a street",
            "adresse du débiteur : 69003 Lyon sans rue",
            3,
        ),
        (
            "debtor.street: 'Müller & Schmidt GmbH' is a name, not a street",
            "Rue : 'Müller & Schmidt GmbH' est un nom, pas une rue",
            1,
        ),
        (
            "debtor address not read: 00-950 Warszawa printed with the debtor",
            "adresse postale du débiteur non lue, alors que 00-950 Warszawa est imprimé avec le "
            "débiteur",
            4,
        ),
        (
            "debtor address: postcode 7100 may be cut from 7100 LA (a postcode of NL)",
            "adresse du débiteur : le code postal 7100 est peut-être tronqué de 7100 LA (un code "
            "postal de NL)",
            3,
        ),
        (
            "due_date: the issue date (2026-11-03), with no terms saying so",
            "échéance le jour même de l'émission (2026-11-03), sans conditions de paiement qui "
            "le disent",
            1,
        ),
        (
            "debtor.email: the creditor's own e-mail",
            "E-mail : celui du créancier lui-même, lu sur son en-tête",
            1,
        ),
        (
            "issue_date: 2026-03-12 or 2026-03-20 (two labels name the invoice's date)",
            "date d'émission : 2026-03-12 ou 2026-03-20, deux libellés désignent la date de la "
            "facture",
            1,
        ),
        (
            "issue_date: 2026-03-12 or 2026-02-01, 2026-02-05 (no label names the invoice's date)",
            "date d'émission : 2026-03-12 ou 2026-02-01, 2026-02-05, aucun libellé ne désigne la "
            "date de la facture",
            1,
        ),
        (
            "issue_date: 2026-02-01 opens a period (to 2026-02-28), no label names the invoice's "
            "date",
            "date d'émission : 2026-02-01 ouvre une période (jusqu'au 2026-02-28), aucun libellé "
            "ne désigne la date de la facture",
            1,
        ),
        (
            "issue_date: 2026-12-03 is after the day the document was received (2026-11-27)",
            "date d'émission 2026-12-03 postérieure au jour de réception du document (2026-11-27)",
            1,
        ),
        (
            "issue_date: 2019-03-12 is more than two years before the document was received "
            "(2026-11-27)",
            "date d'émission 2019-03-12 antérieure de plus de deux ans à la réception du document "
            "(2026-11-27)",
            1,
        ),
        (
            "due_date: 03/05/2026 read as 2026-03-05, or 2026-05-03 (the page does not tell the "
            "day from the month)",
            "date d’échéance : 03/05/2026 lu 2026-03-05, ou 2026-05-03 : la page ne dit pas "
            "lequel est le jour, lequel le mois",
            1,
        ),
        (
            "due_date: 2026-03-12 or 2026-03-20 (two dates named as due)",
            "échéance : 2026-03-12 ou 2026-03-20, deux dates sont données comme échéance",
            1,
        ),
        (
            "due_date: the first of instalments taken (30/60 jours fin de mois)",
            "échéance : date de la première échéance retenue (30/60 jours fin de mois)",
            1,
        ),
        (
            "due_date: the terms count from the receipt (14 jours après réception), whose date "
            "is not printed",
            "échéance : le délai court à partir de la réception (14 jours après réception), dont "
            "la date n'est pas imprimée",
            1,
        ),
        (
            "several due dates printed (2026-03-05, 2026-04-05): the earliest taken",
            "plusieurs échéances imprimées (2026-03-05, 2026-04-05) : la plus proche retenue",
            1,
        ),
        (
            "debtor country DE not printed: told by the address's street and postcode",
            "pays du débiteur DE non imprimé : déduit de la rue et du code postal",
            1,
        ),
        (
            "not an invoice: titled 'DEVIS N° D-2026-0117'",
            "intitulé 'DEVIS N° D-2026-0117' : un devis, une pro forma, une commande, un bon de"
            " livraison, un reçu ou une relance, pas une facture",
            1,
        ),
        (
            "debtor country CH not printed: told by the canton BE after the town",
            "pays du débiteur CH non imprimé : déduit du canton BE après la localité (c'est aussi "
            "le code d'un pays)",
            1,
        ),
        (
            "negative amount due on a document not titled as a credit note",
            "montant dû négatif sur un document qui n'est pas intitulé avoir : c'est le "
            "créancier qui doit au débiteur, rien à relancer",
            2,
        ),
        (
            "amount due 228.40 is not what the lines above it add up to (229.75), with the "
            "balance brought forward 66.05",
            "montant dû 228.40 : les lignes au-dessus, avec le solde antérieur 66.05, font 229.75",
            2,
        ),
        (
            "amount due 302.14 with a balance brought forward of 89.20: no total of the period "
            "nor lines above it to check it by",
            "montant dû 302.14 avec un solde antérieur de 89.20 : ni total de la période ni "
            "lignes pour le vérifier",
            2,
        ),
        (
            "amount due not printed: a balance brought forward of -20.00",
            "montant dû non imprimé, avec un solde antérieur de -20.00",
            1,
        ),
        (
            UNREAD_PHONE,
            "téléphone : un numéro imprimé sur la page n'est attribué à personne et n'a pas été "
            "lu (celui du débiteur ?)",
            1,
        ),
        (
            UNREAD_EMAIL,
            "e-mail : une adresse imprimée sur la page n'est attribuée à personne et n'a pas été "
            "lue (celle du débiteur ?)",
            1,
        ),
        (
            CLAIMED_PHONE,
            "téléphone : le numéro lu est imprimé sur la page comme celui de quelqu'un d'autre "
            "(un tiers ?)",
            1,
        ),
        (
            CLAIMED_EMAIL,
            "e-mail : l'adresse lue est imprimée sur la page comme celle de quelqu'un d'autre "
            "(un tiers ?)",
            1,
        ),
    ],
)
def test_a_check_of_the_parsing_reads_in_french_and_marks_its_fields(
    app: Flask, reason: str, french: str, inputs: int
) -> None:
    with app.test_request_context():
        [problem] = problems(reason)
    assert problem.text == french
    assert len(problem.inputs) == inputs
