"""Pages drawn to make the layout path read a wrong value without noticing: a third party's
contacts near the debtor's block, a delivery block beside the billing one, a department or
attention line over the name, a discount or instalment date, an amount already paid under an
unusual label, a postcode that is not one. Each case says the values a careful reader takes
(None where the page does not say it); a record that differs from them must name a problem.

    PYTHONPATH=.:bench .venv/bin/python bench/accuracy.py --adversarial
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from parsing import ParsedInvoice
from tests.parsing.generator.render import Pen
from tests.parsing.pages import DEBTOR, META, Draw, Sheet

NUMBER, ISSUED = META[0], META[1]
LILAS = {"name": "Garage des Lilas", "postcode": "69003", "city": "Lyon", "email": None,
         "phone": None}  # fmt: skip


@dataclass(frozen=True)
class Case:
    name: str
    sheet: Sheet
    want: dict[str, object] = field(default_factory=dict)  # debtor fields and core fields


def _at(x: float, y: float, *lines: str, size: float = 9.5) -> Draw:
    def draw(pen: Pen) -> None:
        pen.lines(x, y, list(lines), size, size * 1.3)

    return draw


def _want(**changes: object) -> dict[str, object]:
    return {
        **LILAS,
        "due_date": date(2026, 12, 3),
        "total_due": Decimal("120.00"),
        **changes,
    }


CASES = [
    Case("seller contact person beside the block", Sheet(extra=(
        _at(470, 150, "Votre contact :", "Jean Martin", "j.martin@riviere-groupe.fr",
            "06 11 22 33 44"),)), _want()),
    Case("seller hotline under the block", Sheet(extra=(
        _at(330, 195, "Service client : 03 88 99 00 11"),)), _want()),
    Case("accountant's e-mail under the block", Sheet(extra=(
        _at(330, 195, "Comptabilité : compta@cabinet-durand-expertise.fr"),)), _want()),
    Case("copy to a third party inside the block", Sheet(debtor=(
        *DEBTOR, "Copie : expert@fiducial-conseil.fr")), _want()),
    Case("accountant's phone inside the block", Sheet(debtor=(
        *DEBTOR, "Cabinet comptable : 04 78 00 11 22")), _want()),
    Case("contacts of two people beside the block", Sheet(extra=(
        _at(470, 150, "paul.roux@garage-lilas.fr", "anne.morel@lilas-auto.com"),)), _want()),
    Case("delivery block beside an unlabelled billing block", Sheet(
        debtor_at=(40, 150), extra=(
            _at(330, 150, "Entrepôt Lilas Auto", "ZI Nord, 8 allée des Chênes",
                "69200 Vénissieux", size=10),)), _want()),
    Case("department line over the name", Sheet(debtor=(
        "Service Comptabilité Fournisseurs", *DEBTOR)), _want()),
    Case("attention line without its label", Sheet(debtor=(
        "Direction administrative et financière", *DEBTOR)), _want()),
    Case("cedex and CS lines", Sheet(debtor=(
        "Garage des Lilas", "12 rue des Lilas", "CS 70214", "69003 LYON CEDEX 03")),
        _want(city="LYON CEDEX 03")),
    Case("postcode that is not a French one", Sheet(debtor=(
        "Garage des Lilas", "12 rue des Lilas", "6903 Lyon")), _want(postcode=None, city=None)),
    Case("early-payment discount date and terms", Sheet(
        meta=(NUMBER, ISSUED), notes=("Escompte de 2 % pour paiement avant le 13/11/2026",
                                      "Conditions de règlement : 30 jours date de facture"))
        , _want()),
    Case("instalment schedule without a due label", Sheet(
        meta=(NUMBER, ISSUED), notes=("Paiement en trois fois :", "03/12/2026 : 40,00 €",
                                      "03/01/2027 : 40,00 €", "03/02/2027 : 40,00 €")),
        _want(due_date=None)),
    Case("payment received under an unusual label", Sheet(totals=(
        ("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
        ("Règlement reçu par chèque", "-50,00 €"))), _want(total_due=Decimal("70.00"))),
    Case("a total without what was paid", Sheet(totals=(
        ("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
        ("Versement du 10/11/2026", "50,00 €"))), _want(total_due=Decimal("70.00"))),
    Case("discount deadline beside the due date", Sheet(meta=(
        NUMBER, ISSUED, ("Date limite escompte", "13/11/2026"), ("Échéance", "03/12/2026"))),
        _want()),
    Case("discount deadline and terms only", Sheet(meta=(
        NUMBER, ISSUED, ("Date limite d'escompte", "13/11/2026")),
        notes=("Paiement à 30 jours",)), _want()),
    Case("next instalment printed in the notes", Sheet(
        notes=("Prochaine échéance de votre contrat : 03/01/2027",)), _want()),
    Case("issuer's other mailbox beside the block", Sheet(extra=(
        _at(470, 160, "facturation@riviere-plomberie.com"),)), _want()),
    Case("discount under the total", Sheet(totals=(
        ("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
        ("Remise exceptionnelle", "-20,00 €"))), _want(total_due=Decimal("100.00"))),
    Case("contract end printed as an échéance", Sheet(meta=(
        NUMBER, ISSUED, ("Échéance du contrat", "30/06/2027"))), _want(due_date=None)),
    Case("a far date at a due label with no terms", Sheet(meta=(
        NUMBER, ISSUED, ("Échéance", "30/06/2027"))), _want(due_date=date(2027, 6, 30))),
    Case("the total in another currency under it", Sheet(totals=(
        ("Total HT", "100,00 €"), ("TVA 20 %", "20,00 €"), ("Total TTC", "120,00 €"),
        ("Soit en CHF", "112,00 CHF"))), _want()),
    Case("a Belgian address with no country line", Sheet(debtor=(
        "Garage des Lilas", "Rue de la Loi 12", "1000 Bruxelles")),
        _want(postcode="1000", city="Bruxelles")),
    Case("plain page", Sheet(), _want()),
    Case("plain page with the debtor's contacts", Sheet(debtor=(
        *DEBTOR, "Tél : 04 78 12 34 56", "compta@garage-des-lilas.fr")),
        _want(phone="+33478123456", email="compta@garage-des-lilas.fr")),
    Case("debtor's contacts in a side block", Sheet(extra=(
        _at(470, 150, "Tél : 04 78 12 34 56", "Email : compta@garage-des-lilas.fr"),)),
        _want(phone="+33478123456", email="compta@garage-des-lilas.fr")),
    Case("UK customer", Sheet(debtor=(
        "Lilac Motors Ltd", "12 High Street", "Reading", "RG1 2AB", "United Kingdom")),
        _want(name="Lilac Motors Ltd", postcode="RG1 2AB", city="Reading")),
]  # fmt: skip


def got(invoice: ParsedInvoice) -> dict[str, object]:
    d = invoice.debtor
    return {
        "name": d.name,
        "postcode": d.postcode,
        "city": d.city,
        "email": d.email,
        "phone": d.phone,
        "due_date": invoice.due_date,
        "total_due": invoice.total_due,
    }


def wrong_fields(case: Case, invoice: ParsedInvoice) -> list[str]:
    """The fields read otherwise than a careful reader would; a contact left empty is never
    wrong (staff complete it)."""
    values = got(invoice)
    return [
        key
        for key, want in case.want.items()
        if values[key] != want and not (key in ("email", "phone") and values[key] is None)
    ]
