"""Sessions end on the server: a cookie copied before a logout or a new password is worthless."""

from __future__ import annotations

import datetime as dt
import logging
import time
import urllib.error
import urllib.parse
import urllib.request

import peewee
import pytest
import time_machine
from flask import Flask

from admin import create_app
from admin.server import AdminService
from ledger.login_throttle import record_failure
from ledger.models import AdminUser, LoginThrottle
from relance.settings import Settings
from tests.admin.conftest import (
    ADMIN_PASSWORD,
    STAFF_PASSWORD,
    csrf_token,
    log_in,
    log_in_browser,
    page_token,
)


def _replayed(page, cookies: list) -> str:  # type: ignore[no-untyped-def]
    """Open the dashboard in a fresh browser context holding only the copied cookies."""
    context = page.context.browser.new_context(base_url=page.url.split("/admin")[0])
    try:
        context.add_cookies(cookies)
        other = context.new_page()
        other.goto("/admin/")
        return other.url
    finally:
        context.close()


def test_a_cookie_copied_before_logout_no_longer_opens_the_admin(page, staff_user) -> None:  # type: ignore[no-untyped-def]
    log_in_browser(page, "claire", STAFF_PASSWORD)
    copied = page.context.cookies()
    assert "/admin/" in _replayed(page, copied)
    page.click("#logout")
    page.wait_for_url("**/login")
    assert "/login" in _replayed(page, copied)


def test_a_new_password_ends_the_sessions_already_open(
    page, staff_user, admin_user, app: Flask
) -> None:  # type: ignore[no-untyped-def]
    log_in_browser(page, "claire", STAFF_PASSWORD)
    copied = page.context.cookies()
    admin = app.test_client()
    log_in(admin, "root", ADMIN_PASSWORD)
    url = f"/admin/adminuser/edit/?id={staff_user.id}"
    response = admin.post(
        url,
        data={
            "username": "claire",
            "role": "staff",
            "active": "y",
            "new_password": "a brand new passphrase",
            "csrf_token": page_token(admin, url),
        },
    )
    assert response.status_code == 302
    page.goto("/admin/")
    assert "/login" in page.url
    assert "/login" in _replayed(page, copied)


def test_a_password_reset_by_an_admin_refuses_a_weak_password_logged_at_info_without_traceback(
    admin_client, staff_user: AdminUser, caplog
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO)
    url = f"/admin/adminuser/edit/?id={staff_user.id}"
    response = admin_client.post(
        url,
        data={
            "username": "claire",
            "role": "staff",
            "active": "y",
            "new_password": "password1234",
            "csrf_token": page_token(admin_client, url),
        },
        follow_redirects=True,
    )
    assert "facile à deviner" in response.get_data(as_text=True)
    assert AdminUser.get_by_id(staff_user.id).session_version == 0
    refused = [r for r in caplog.records if "input refused" in r.getMessage()]
    assert [(r.levelno, r.exc_info) for r in refused] == [(logging.INFO, None)]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def _post_login(base: str, username: str, password: str) -> tuple[int, dict[str, str]]:
    """A login through real HTTP, as an attacker's script would send it."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with opener.open(f"{base}/login", timeout=10) as form:
        token = csrf_token(form.read().decode())
    body = urllib.parse.urlencode(
        {"username": username, "password": password, "csrf_token": token}
    ).encode()
    request = urllib.request.Request(f"{base}/login", data=body)  # noqa: S310 - our http server
    try:
        with opener.open(request, timeout=10) as answer:
            return answer.status, dict(answer.headers)
    except urllib.error.HTTPError as refused:
        return refused.code, dict(refused.headers)


def test_one_password_sprayed_across_logins_is_stopped_by_the_address_count(
    served: AdminService, staff_user: AdminUser
) -> None:
    answers = [_post_login(served.url, f"user{n}", "Summer2026!") for n in range(21)]
    assert [code for code, _ in answers[:20]] == [401] * 20
    # The 21st login is new, but the address has sprayed enough: refused before any hash.
    code, headers = _post_login(served.url, "claire", STAFF_PASSWORD)
    assert code == 429
    assert int(headers["Retry-After"]) > 0


def test_a_locked_door_answers_at_once_without_sleeping_in_a_worker(
    app: Flask, staff_user: AdminUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_sleeping(seconds: float) -> None:
        raise AssertionError(f"a web thread slept {seconds} s")

    monkeypatch.setattr(time, "sleep", no_sleeping)
    client = app.test_client()
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC), tick=False):
        codes = [log_in(client, "claire", "wrong password").status_code for _ in range(7)]
    assert codes == [401] * 5 + [429] * 2


def test_the_lockout_is_kept_in_the_database_for_every_admin_process(
    settings: Settings, sqlite_db: peewee.Database, staff_user: AdminUser
) -> None:
    node_a = create_app(settings, database=sqlite_db, secure_cookies=False, testing=True)
    node_b = create_app(settings, database=sqlite_db, secure_cookies=False, testing=True)
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC), tick=False):
        for _ in range(5):
            assert log_in(node_a.test_client(), "claire", "wrong password").status_code == 401
        assert log_in(node_b.test_client(), "claire", STAFF_PASSWORD).status_code == 429
    assert LoginThrottle.get_by_id("account:claire").failures == 5


def test_counts_are_exact_on_both_databases_and_forgotten_after_an_hour(
    ledger_db: peewee.Database,
) -> None:
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC), tick=False) as clock:
        assert [record_failure("Claire", "10.0.0.9") for _ in range(6)] == [0, 0, 0, 0, 30, 60]
        assert LoginThrottle.get_by_id("account:claire").failures == 6
        clock.shift(dt.timedelta(hours=2))
        assert record_failure("claire", "10.0.0.9") == 0
        assert LoginThrottle.get_by_id("account:claire").failures == 1
        assert LoginThrottle.get_by_id("address:10.0.0.9").locked_until is None
