"""How the reminder reads: the HTML drawn by Debian's Chromium as a mail client would show it,
the plain-text part, French dates and agreement, the SMS and its sender."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from scheduler.passes import run_pass
from scheduler.rendering import long_date
from scheduler.rules import parse_rules
from scheduler.sms_text import sms_sender
from tests.admin.conftest import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
from tests.conftest import missing_server
from tests.factories import make_invoice
from tests.scheduler.conftest import PAYING_RULES_TEXT, reachable_debtor
from tests.scheduler.days import climb
from tests.scheduler.fake_sms import FakeSmsProvider

DUE = dt.date(2026, 12, 4)
R1 = dt.date(2026, 12, 7)


@pytest.fixture
def browser_page() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        missing_server("Chromium", FileNotFoundError(CHROMIUM))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 900, "height": 1200})
        yield page
        browser.close()


def as_a_mail_client_shows_it(message: EmailMessage) -> str:
    """The HTML part with its cid: images inlined, as a mail client resolves them."""
    html = message.get_body(("html",)).get_content()
    for part in message.walk():
        if part.get("Content-ID"):
            cid = part["Content-ID"].strip("<>")
            data = base64.b64encode(part.get_content()).decode()
            html = html.replace(f"cid:{cid}", f"data:image/png;base64,{data}")
    return html


def flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ").replace("\r\n", "\n")


def test_the_invoice_table_has_room_between_its_cells_and_the_qr_codes_show_in_chromium(
    acme, config, smtp_sink, browser_page
) -> None:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme)
    make_invoice(debtor, number="RE-2026-0070", due_date=DUE, total="68.00")
    make_invoice(debtor, number="RE-2026-0071", due_date=DUE, total="12.00")
    run_pass(parse_rules(PAYING_RULES_TEXT), config, R1)
    [message] = smtp_sink.wait_for(1)
    page = browser_page
    page.set_content(as_a_mail_client_shows_it(message))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "reminder-mail.png"), full_page=True)

    first_row = page.locator("table.invoices tr").nth(1).locator("td")
    number, issued = first_row.nth(0).bounding_box(), first_row.nth(1).bounding_box()
    number_text = page.locator("table.invoices tr >> nth=1 >> td >> nth=0")
    assert number_text.inner_text() == "RE-2026-0070"
    # The cells are padded: the date starts well after the number's text ends.
    text_right = page.evaluate(
        """() => { const td = document.querySelectorAll('table.invoices tr')[1].cells[0];
                   const r = document.createRange(); r.selectNodeContents(td);
                   return r.getBoundingClientRect().right; }"""
    )
    date_left = page.evaluate(
        """() => { const td = document.querySelectorAll('table.invoices tr')[1].cells[1];
                   const r = document.createRange(); r.selectNodeContents(td);
                   return r.getBoundingClientRect().left; }"""
    )
    assert date_left - text_right >= 20
    assert issued["x"] >= number["x"] + number["width"] - 1
    assert flat(page.locator("table.invoices").inner_text()).count("1er novembre 2026") == 2

    images = page.locator("table.payment img")
    assert images.count() == 2
    sizes = images.evaluate_all("imgs => imgs.map(i => [i.complete, i.naturalWidth])")
    assert all(done and width > 100 for done, width in sizes)
    assert "RF" in page.locator("table.payment").inner_text()


def test_the_plain_text_part_reads_on_its_own(acme, config, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    make_invoice(reachable_debtor(acme), number="F-1", due_date=DUE, total="80.00")
    run_pass(parse_rules(PAYING_RULES_TEXT), config, R1)
    [message] = smtp_sink.wait_for(1)
    text = flat(message.get_body(("plain",)).get_content())
    assert "<" not in text.replace("<relance", "")
    assert (
        "Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de la facture "
        in (text)
    )
    assert "- Facture F-1 du 1er novembre 2026, échue le 4 décembre 2026 : 80,00 €" in text
    assert "Référence à indiquer :\n- facture F-1 (80,00 €) : RF" in text
    assert message["Subject"] == "Rappel : facture impayée – ACME Plomberie SARL"


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (dt.date(2026, 11, 1), "fr", "1er novembre 2026"),
        (dt.date(2026, 11, 2), "fr", "2 novembre 2026"),
        (dt.date(2026, 11, 11), "fr", "11 novembre 2026"),
        (dt.date(2026, 11, 21), "fr", "21 novembre 2026"),
        (dt.date(2026, 11, 1), "en", "1 November 2026"),
    ],
)
def test_french_dates_say_1er_for_the_first_of_the_month(
    day: dt.date, language: str, expected: str
) -> None:
    assert long_date(day, language) == expected


@pytest.mark.parametrize(
    ("declared", "name", "expected"),
    [
        ("ACME", "ACME Plomberie SARL", "ACME"),
        (None, "Démo Services à domicile SARL", "Demo"),
        (None, "ACME Plomberie SARL", "ACME"),
        (None, "Eau Gaz Elec SARL", "Eau Gaz"),
        (None, "Électricité", "Electricite"),
    ],
)
def test_the_sms_sender_is_never_cut_mid_word(declared, name, expected) -> None:  # type: ignore[no-untyped-def]
    assert sms_sender(declared, name) == expected
    assert len(expected) <= 11


def test_the_sms_names_one_invoice_in_the_singular_and_carries_the_payment_link(
    acme, config, smtp_sink
) -> None:  # type: ignore[no-untyped-def]
    provider = FakeSmsProvider()
    provider.start()
    try:
        sending = dataclasses.replace(config, sms_url=provider.url, sms_token="secret-token")
        make_invoice(reachable_debtor(acme), number="F-7", due_date=DUE, total="410.00")
        climb(parse_rules(PAYING_RULES_TEXT), sending, [R1, dt.date(2026, 12, 14)])  # r1, r2
    finally:
        provider.stop()
    [sms] = provider.received
    assert sms["sender"] == "ACME"
    assert flat(sms["text"]) == (
        "ACME Plomberie SARL : 410,00 € restent dus (facture F-7). Merci de régler. "
        "https://pay.example/acme/F-7?amount=410.00 +33388000000"
    )
