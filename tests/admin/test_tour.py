"""Every admin page, in French and in English, in Chromium at 1366×768 and 390×844: no error,
no serious or critical axe-core violation, no horizontal scrolling, no English left in the
French pages, no ledger code shown to staff; a screenshot of each.

One browser and one seeded ledger serve the whole tour (module scope): each (language, size)
is one test walking every page."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from admin import create_app
from admin.server import AdminService
from ledger.database import bind
from ledger.migrations import migrate
from ledger.storage import bind_store
from ledger.users import create_user
from relance.settings import Settings
from tests.admin.conftest import ADMIN_PASSWORD, ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
from tests.admin.tour_ledger import Tour, seed
from tests.conftest import missing_server

SHOTS = ARTIFACTS / "tour"
# Every step the tour ledger's reminders name, so each is shown by its label.
RULES = """
ladders:
  standard:
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r2, at: +10d, channel: [email, sms], template: reminder_2}
    - {id: r3, at: +20d, channel: letter, template: reminder_3}
    - {id: notice, at: +30d, channel: registered_letter, template: formal_notice}
    - {id: call, at: +35d, channel: phone_task}
    - {id: handover, at: +45d, channel: handover, label: "Dossier au recouvrement"}
calendar: {country: FR, send_on: every_day, hours: "00:00-23:59", timezone: Europe/Paris}
"""
SIZES = {"wide": (1366, 768), "phone": (390, 844)}
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
    "heuristics",
    "ChannelError",
)
# A step shown by its id ("r2 · SMS") rather than its label, at the start of a cell.
RAW_STEP = re.compile(r"(?:^|[\t\n])(?:r\d|notice|call|handover) ·", re.M)
ISO_OR_UTC = re.compile(r"\b20\d\d-\d\d-\d\d\b|\+00:00|\bNone\b")
# Words of the interface that, on a French page, mean a string escaped the catalogues.
ENGLISH = re.compile(
    r"\b(Search|Save|Delete|Edit|Cancel|List|Create|Details|Filters?|Reset|With selected|"
    r"Dashboard|Invoices?|Debtors?|Payments?|Reminders?|Users|Rules|Log out|"
    r"Amount|Status|Due|Overdue|Sent|Failed|Pending|Skipped|Blocked|Username|Role|"
    r"Active|until|amount|Record|Outcome|Error|Step|Channel|Letters?|Dispute|Promise|"
    r"Yes|No|the|and|of|to|for|with|is|not|no|by|yes)\b"
)
EXPECTED = {
    "fr": {
        "dashboard": ["À traiter", "Envois en échec", "Courrier", "jours"],
        "worklist": ["2 débiteurs injoignables", "téléphone mobile"],
        "worklist-form": ["pas d'adresse e-mail", "pas de numéro de téléphone mobile"],
        "debtors": ["(selon les règles)", "06 12 34 00 01", "Solde", "Jours de retard"],
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
        "not-found": ["Page introuvable"],
    },
    "en": {
        "dashboard": ["To do", "Failed sends", "Letter", "days"],
        "worklist": ["2 debtors cannot be reached", "mobile phone"],
        "worklist-form": ["no email address"],
        "debtors": ["(rules decide)", "06 12 34 00 01", "Balance", "Days overdue"],
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
        "not-found": ["Page not found"],
    },
}
# Text staff did not write and we do not translate: names, addresses, what a provider said.
NOT_OURS = re.compile(r"printer offline|[\w.+-]+@[\w.-]+|Relance|SMTP|IMAP|SMS|PDF|CSV|Factur-X")


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
        ("debtors-bulk", f"/admin/debtor/bulk/do_not_contact?ids={d},{f}"),
        ("debtor-file", f"/admin/debtor/file/{d}"),
        ("debtor-edit", f"/admin/debtor/edit/?id={d}"),
        ("invoices", "/admin/invoice/"),
        ("invoices-overdue", "/admin/invoice/?flt0_0=1"),
        ("invoice-page", f"/admin/invoice/{tour.debtor_invoice}/"),
        ("payments", "/admin/payment/"),
        ("payments-unmatched", "/admin/payment/?flt0_0=1"),
        ("payment-match", f"/admin/payment/match/{p}"),
        ("reminders", "/admin/reminder/"),
        ("reminder-details", "/admin/reminder/details/?id=3"),
        ("replies", "/admin/replies/"),
        ("approvals", "/admin/approvals/"),
        ("upcoming", "/admin/upcoming/"),
        ("handover", "/admin/handover/"),
        ("documents", "/admin/document/"),
        ("documents-quarantine", "/admin/document/?flt0_0=quarantined"),
        ("invoice-entry", f"/admin/invoice/enter/{tour.quarantined}/"),
        ("learned", "/admin/learned/"),
        ("learned-template", f"/admin/learned/yaml/{tour.learned}/"),
        ("mails", "/admin/mail/"),
        ("letters", "/admin/letters/"),
        ("phone", "/admin/phone/"),
        ("rules", "/admin/rules/"),
        ("users", "/admin/adminuser/"),
        ("user-new", "/admin/adminuser/new/"),
        ("not-found", "/admin/no-such-page"),
    ]


@pytest.fixture(scope="module")
def tour_site() -> Iterator[tuple[str, Tour]]:
    """One ledger seeded once, served by waitress for the whole tour."""
    with tempfile.TemporaryDirectory(prefix="relance-tour-") as folder:
        root = Path(folder)
        (root / "rules.yaml").write_text(RULES)
        settings = Settings.load(
            environ={
                "RELANCE_DATABASE_URL": f"sqlite:///{root / 'relance.db'}",
                "RELANCE_DATA_DIR": str(root / "data"),
                "RELANCE_RULES": str(root / "rules.yaml"),
                "RELANCE_SECRET_KEY": "tour-secret-key-not-for-production",
            },
            env_file=root / "absent.env",
        )
        bind_store(settings.blob_store())
        database = bind(settings.database_url)
        with database.connection_context():
            migrate()
            tour = seed()
            create_user("root", ADMIN_PASSWORD, role="admin")
        app = create_app(settings, database=database, secure_cookies=False, testing=True)
        service = AdminService(app, "127.0.0.1", 0)
        service.start()
        try:
            yield service.url, tour
        finally:
            service.stop()
            database.close()


@pytest.fixture(scope="module")
def browser_page(tour_site: tuple[str, Tour]) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        missing_server("Chromium", FileNotFoundError(CHROMIUM))
    url, _tour = tour_site
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(base_url=url)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto("/login")
        page.fill("#username", "root")
        page.fill("#password", ADMIN_PASSWORD)
        page.click("#login-submit")
        page.wait_for_url("**/admin/")
        yield page
        context.close()
        browser.close()


def _with_lang(url: str, lang: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}lang={lang}"


def _visible_text(page) -> str:  # type: ignore[no-untyped-def]
    text = page.locator("body").inner_text()
    # Rules and learned templates are shown as written: their codes are the file's.
    for written in ("#rules-text", "#template-yaml"):
        if page.locator(written).count():
            text = text.replace(page.locator(written).inner_text(), " ")
    placeholders = page.locator("input[placeholder]").evaluate_all(
        "inputs => inputs.map(i => i.placeholder).join(' ')"
    )
    # Babel groups thousands with a narrow no-break space: compare with plain spaces.
    return f"{text}\n{placeholders}".replace("\u202f", " ").replace("\xa0", " ")


def _serious(results: dict) -> list[str]:  # type: ignore[type-arg]
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _english_words(text: str, names: list[str]) -> list[str]:
    for name in names:
        text = text.replace(name, " ")
    text = NOT_OURS.sub(" ", text)
    return sorted({m.group(0) for m in ENGLISH.finditer(text)})


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_is_accessible_fits_the_screen_and_speaks_the_language(
    browser_page, tour_site, lang: str, size: str
) -> None:  # type: ignore[no-untyped-def]
    page, (_url, tour) = browser_page, tour_site
    SHOTS.mkdir(parents=True, exist_ok=True)
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    axe = Axe()
    names = tour.names
    failures: dict[str, list[str]] = {}
    pages = tour_pages(tour)
    for name, url in pages:
        response = page.goto(_with_lang(url, lang))
        if name == "upcoming" and page.locator(".preview-link").count():
            pages.append(
                ("upcoming-preview", page.locator(".preview-link").first.get_attribute("href"))
            )
        expected_status = 404 if name == "not-found" else 200
        found: list[str] = []
        if response is None or response.status != expected_status:
            found.append(f"status {response and response.status}")
        text = _visible_text(page)
        if "Internal Server Error" in text:
            found.append("server error")
        page.screenshot(path=str(SHOTS / f"{lang}-{size}-{name}.png"), full_page=size == "wide")
        found += [f"raw code {code}" for code in RAW_CODES if code in text]
        found += [f"step id {m.group(0).strip()}" for m in RAW_STEP.finditer(text)]
        if name not in ("letters", "rules"):  # batch files are named by their ISO day
            found += [f"ISO or UTC: {m.group(0)}" for m in ISO_OR_UTC.finditer(text)]
        found += [
            f"missing {label!r}" for label in EXPECTED[lang].get(name, []) if label not in text
        ]
        if lang == "fr":
            found += [f"English {word!r}" for word in _english_words(text, names)]
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            found.append(f"scrolls sideways: {scroll} > {inner}")
        found += _serious(axe.run(page).response)
        if found:
            failures[name] = found
    assert failures == {}
    assert problems == []
