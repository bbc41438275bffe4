"""Every admin page, in French and in English, in Chromium at 1366×768: no error, screenshots."""

from __future__ import annotations

import re

import pytest

from ledger.models import AdminUser
from tests.admin.conftest import ADMIN_PASSWORD, ARTIFACTS
from tests.admin.tour_ledger import Tour, seed

SHOTS = ARTIFACTS / "tour"
RAW_CODES = (
    "partially_paid",
    "handed_over",
    "in_plan",
    "blocked_missing_contact",
    "quarantined",
    "ingested",
    "registered_letter",
    "phone_task",
    "promise to pay",
)
ISO_OR_UTC = re.compile(r"\b20\d\d-\d\d-\d\d\b|\+00:00|\bNone\b")
# What each page must show staff, in each language, instead of the ledger's codes.
EXPECTED = {
    "fr": {
        "dashboard": ["Courrier", "jours"],
        "worklist": ["2 débiteurs injoignables", "téléphone mobile"],
        "worklist-form": ["pas d'adresse e-mail", "pas de numéro de téléphone mobile"],
        "debtors": ["(selon les règles)", "06 12 34 00 01"],
        "debtors-assign": ["Affecter un scénario à 2 débiteurs."],
        "debtor-file": [
            "Promesse de paiement avant le",
            "Paiement promis",
            "Litige : FA-2026-0011",
            "automatique, par numéro de facture",
            "Ignorée",
        ],
        "debtor-edit": ["Code postal", "Langue des relances"],
        "invoices": ["Ouverte", "Partiellement payée", "Transmise au recouvrement", "Annulée"],
        "payments": ["1 250,00 €", "Fichier importé"],
        "payment-match": ["Paiement de 1 250,00 € reçu le"],
        "reminders": ["Bloquée : contact manquant", "Mise en demeure", "Échec", "Appel"],
        "reminder-details": ["Courrier", "Envoyée", "Tentatives"],
        "documents": ["En quarantaine", "Intégré", "Doublon", "Rechercher : Fichier"],
        "mails": ["En quarantaine", "SMTP", "IMAP"],
        "letters": ["1 courrier"],
        "phone": ["06 12 34 00 01"],
        "users": ["administrateur"],
    },
    "en": {
        "dashboard": ["Letter", "days"],
        "worklist": ["2 debtors cannot be reached", "mobile phone"],
        "worklist-form": ["no email address"],
        "debtors": ["(rules decide)", "06 12 34 00 01"],
        "debtors-assign": ["Assign a ladder to 2 debtors."],
        "debtor-file": ["Promise to pay by", "Promised", "Dispute: FA-2026-0011", "Skipped"],
        "debtor-edit": ["Postcode", "Language of reminders"],
        "invoices": ["Open", "Partly paid", "Handed over", "Cancelled"],
        "payments": ["€1,250.00", "Import file"],
        "reminders": ["Blocked: contact missing", "Formal notice", "Failed"],
        "documents": ["Quarantined", "Ingested", "Duplicate", "Search: File"],
        "mails": ["Quarantined", "SMTP"],
        "letters": ["1 letter"],
        "users": ["administrator"],
    },
}


def tour_pages(tour: Tour) -> list[tuple[str, str]]:
    d, f, p = tour.debtor.id, tour.flagged.id, tour.unmatched.id
    return [
        ("dashboard", "/admin/"),
        ("worklist", "/admin/worklist/"),
        ("worklist-form", f"/admin/worklist/{f}/"),
        ("debtors", "/admin/debtor/"),
        ("debtors-to-complete", "/admin/debtor/?flt0_1=1"),
        ("debtors-search", "/admin/debtor/?search=Lef%C3%A8vre"),
        ("debtors-assign", f"/admin/debtor/assign-ladder?ids={d},{f}"),
        ("debtor-file", f"/admin/debtor/file/{d}"),
        ("debtor-edit", f"/admin/debtor/edit/?id={d}"),
        ("invoices", "/admin/invoice/"),
        ("invoices-overdue", "/admin/invoice/?flt0_0=1"),
        ("payments", "/admin/payment/"),
        ("payments-unmatched", "/admin/payment/?flt0_0=1"),
        ("payment-match", f"/admin/payment/match/{p}"),
        ("reminders", "/admin/reminder/"),
        ("reminder-details", "/admin/reminder/details/?id=3"),
        ("documents", "/admin/document/"),
        ("documents-quarantine", "/admin/document/?flt0_0=quarantined"),
        ("mails", "/admin/mail/"),
        ("letters", "/admin/letters/"),
        ("phone", "/admin/phone/"),
        ("rules", "/admin/rules/"),
        ("users", "/admin/adminuser/"),
        ("user-new", "/admin/adminuser/new/"),
    ]


@pytest.fixture
def tour(settings, admin_user: AdminUser) -> Tour:  # type: ignore[no-untyped-def]
    return seed()


def _with_lang(url: str, lang: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}lang={lang}"


def visit(page, url: str, shot: str) -> str:  # type: ignore[no-untyped-def]
    response = page.goto(url)
    assert response is not None and response.status == 200, (url, response and response.status)
    text = page.locator("body").inner_text()
    assert "Internal Server Error" not in text, url
    page.screenshot(path=str(SHOTS / f"{shot}.png"), full_page=True)
    placeholders = page.locator("input[placeholder]").evaluate_all(
        "inputs => inputs.map(i => i.placeholder).join(' ')"
    )
    # Babel groups thousands with a narrow no-break space: compare with plain spaces.
    return f"{text}\n{placeholders}".replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_opens_without_an_error_in_both_languages(page, tour: Tour, lang: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda m: m.type == "error" and problems.append(f"{m.text} {m.location}"))
    page.set_viewport_size({"width": 1366, "height": 768})

    visit(page, _with_lang("/login", lang), f"{lang}-login")
    page.fill("#username", "root")
    page.fill("#password", ADMIN_PASSWORD)
    page.click("#login-submit")
    page.wait_for_url("**/admin/")
    for name, url in tour_pages(tour):
        text = visit(page, _with_lang(url, lang), f"{lang}-{name}")
        shown = [code for code in RAW_CODES if code in text]
        assert shown == [], (name, shown)
        if name not in ("letters", "rules"):  # batch files are named by their ISO day
            found = [
                m.group(0) + text[m.start() - 60 : m.end() + 20] for m in ISO_OR_UTC.finditer(text)
            ]
            assert found == [], name
        missing = [label for label in EXPECTED[lang].get(name, []) if label not in text]
        assert missing == [], (name, missing)
        navbar = page.locator("nav.navbar").bounding_box()
        assert navbar is not None and navbar["height"] < 60, (name, "the menu wraps at 1366 px")
    assert problems == []
