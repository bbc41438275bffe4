from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from flask import Flask
from flask.testing import FlaskClient

from ledger.login_throttle import record_failure, retry_after
from ledger.models import AdminUser
from tests.admin.conftest import STAFF_PASSWORD, log_in, page_token
from tests.factories import make_creditor, make_debtor, make_invoice

PUBLIC = {"auth.login", "static", "admin.static"}


def every_url(app: Flask) -> list[tuple[str, str]]:
    """(endpoint, a concrete URL) for every rule of the app, arguments filled with 1."""
    found = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC:
            continue
        url = re.sub(r"<(?:[^:>]+:)?([^>]+)>", "1", rule.rule)
        found.append((rule.endpoint, url))
    return found


def test_every_page_and_file_redirects_to_login_without_a_session(app: Flask) -> None:
    client = app.test_client()
    urls = every_url(app)
    assert len(urls) > 10
    for endpoint, url in urls:
        response = client.get(url)
        assert response.status_code == 302, (endpoint, url, response.status_code)
        assert response.headers["Location"].startswith("/login"), (endpoint, url)


def test_posting_without_a_session_redirects_to_login(app: Flask) -> None:
    client = app.test_client()
    token = page_token(client, "/login")
    response = client.post("/admin/worklist/1/", data={"email": "a@b.fr", "csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_a_form_posted_without_a_csrf_token_is_refused(staff_client: FlaskClient) -> None:
    debtor = make_debtor(make_creditor())
    response = staff_client.post(f"/admin/worklist/{debtor.id}/", data={"email": "a@b.fr"})
    assert response.status_code == 400
    assert type(debtor).get_by_id(debtor.id).email is None


def test_the_login_form_without_a_csrf_token_is_refused(app: Flask, staff_user: AdminUser) -> None:
    response = app.test_client().post(
        "/login", data={"username": "claire", "password": STAFF_PASSWORD}
    )
    assert response.status_code == 400


def test_a_debtor_named_like_a_script_renders_as_text(staff_client: FlaskClient) -> None:
    debtor = make_debtor(make_creditor(), name="<script>alert(1)</script>")
    make_invoice(debtor)
    for url in ("/admin/debtor/", f"/admin/debtor/file/{debtor.id}", "/admin/invoice/"):
        html = staff_client.get(url).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url


def test_wrong_passwords_lock_the_account_for_that_address_a_while(
    app: Flask, staff_user: AdminUser
) -> None:
    client = app.test_client()
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC), tick=False) as clock:
        for _ in range(5):
            assert log_in(client, "claire", "wrong password").status_code == 401
        assert log_in(client, "claire", STAFF_PASSWORD).status_code == 429
        assert AdminUser.get_by_id(staff_user.id).failed_logins == 5
        clock.shift(dt.timedelta(seconds=31))
        assert log_in(client, "claire", STAFF_PASSWORD).status_code == 302
    assert AdminUser.get_by_id(staff_user.id).failed_logins == 0


def test_each_further_wrong_password_doubles_the_wait(app: Flask, staff_user: AdminUser) -> None:
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC), tick=False):
        waits = [record_failure("claire", "10.0.0.1") for _ in range(8)]
        assert waits == [0, 0, 0, 0, 30, 60, 120, 240]
        # The account is locked from everywhere: guesses spread over addresses are still guesses.
        assert retry_after("claire", "10.0.0.2") == 240
        assert retry_after("louis", "10.0.0.2") == 0


def test_an_unknown_username_gets_the_same_answer_as_a_wrong_password(app: Flask) -> None:
    response = log_in(app.test_client(), "nobody", "whatever password")
    assert response.status_code == 401
    assert "Identifiant ou mot de passe incorrect" in response.get_data(as_text=True)


def test_the_session_cookie_is_httponly_and_samesite_lax(app: Flask, staff_user: AdminUser) -> None:
    response = log_in(app.test_client(), "claire", STAFF_PASSWORD)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_cookies_are_secure_by_default_when_served_beyond_this_machine(settings, sqlite_db) -> None:
    from dataclasses import replace

    from admin import create_app

    served = replace(settings, admin_base_url="https://relance.example.fr")
    app = create_app(served, database=sqlite_db)
    assert app.config["SESSION_COOKIE_SECURE"] is True


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil"])
def test_login_never_redirects_off_site(app: Flask, staff_user: AdminUser, target: str) -> None:
    client = app.test_client()
    token = page_token(client, "/login")
    response = client.post(
        f"/login?next={target}",
        data={"username": "claire", "password": STAFF_PASSWORD, "csrf_token": token},
    )
    assert response.headers["Location"] == "/admin/"


def test_staff_cannot_open_the_users_page_but_an_admin_can(
    staff_client: FlaskClient, admin_client: FlaskClient
) -> None:
    assert staff_client.get("/admin/adminuser/").status_code == 403
    assert admin_client.get("/admin/adminuser/").status_code == 200
