"""The admin under a strict Content-Security-Policy (no inline script runs, yet every page
works in Chromium), pages never cached, and hand-made URLs answered 404 rather than 500."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from ledger.models import AdminUser
from tests.admin.conftest import ADMIN_PASSWORD, log_in_browser
from tests.factories import make_creditor, make_debtor, make_invoice

HUGE = "99999999999999999999"


def _urls(app: Flask) -> list[str]:
    """Every page of the admin reached from its menu (no argument), and a debtor's file."""
    found = ["/admin/debtor/file/1", "/admin/debtor/edit/?id=1"]
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or "static" in rule.endpoint or "<" in rule.rule:
            continue
        if rule.rule.endswith("/") and not any(w in rule.rule for w in ("ajax", "export")):
            found.append(rule.rule)
    return sorted(set(found))


def test_no_page_runs_an_inline_script_and_the_bulk_action_still_works(
    page, app: Flask, admin_user: AdminUser
) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor(), name="SCI Les Tilleuls")
    make_invoice(debtor)
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    log_in_browser(page, "root", ADMIN_PASSWORD)
    for url in _urls(app):
        response = page.goto(url)
        assert response is not None and response.status < 500, url
        csp = response.headers["content-security-policy"]
        assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        if "text/html" in response.headers.get("content-type", ""):
            assert response.headers["cache-control"] == "no-store", url
    assert violations == []
    # A script slipped into a page (as stored text would be, if it ever escaped) does not run.
    page.goto("/admin/debtor/")
    assert (
        page.evaluate(
            "() => { const s = document.createElement('script');"
            " s.textContent = 'window.ran = 1'; document.body.append(s);"
            " return window.ran === 1; }"
        )
        is False
    )
    assert len(violations) == 1  # that one, refused
    violations.clear()
    # Filters and the bulk action, whose links were inline onclick handlers in Flask-Admin.
    page.click("text=Ajouter un filtre")
    page.locator(".field-filters a.filter").first.click()
    assert (
        page.locator("#filter_form .filter-op").count() >= 1
        or page.locator("table.filters tr").count() >= 1
    )
    page.goto("/admin/debtor/")
    page.check(f"input.action-checkbox[value='{debtor.id}']")
    page.click("text=Avec la sélection")
    page.click("a.js-model-action")
    page.wait_for_url("**/assign-ladder**")
    assert violations == []


@pytest.mark.parametrize(
    "url",
    [
        f"/admin/document/pdf/{HUGE}",
        f"/admin/debtor/file/{HUGE}",
        f"/admin/payment/match/{HUGE}",
        f"/admin/reminder/letter/{HUGE}",
        f"/admin/worklist/{HUGE}/",
    ],
)
def test_an_id_no_row_can_have_is_a_404(admin_client: FlaskClient, url: str) -> None:
    assert admin_client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        f"/admin/invoice/?page={HUGE}",
        f"/admin/debtor/?page={HUGE}",
        f"/admin/worklist/?page={HUGE}",
        f"/admin/reminder/details/?id={HUGE}",
        f"/admin/debtor/edit/?id={HUGE}",
        "/admin/debtor/edit/?id=abc",
        f"/admin/adminuser/edit/?id={HUGE}",
    ],
)
def test_a_hand_made_query_is_answered_without_a_500(admin_client: FlaskClient, url: str) -> None:
    assert admin_client.get(url).status_code in (200, 302)
