from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from flask import Flask
from flask.testing import FlaskClient
from playwright.sync_api import sync_playwright

from admin import create_app
from admin.server import AdminService
from ledger import users
from ledger.models import AdminUser
from ledger.storage import bind_store
from ledger.users import create_user
from relance.settings import Settings
from tests.conftest import missing_server

STAFF_PASSWORD = "correct horse battery"
ADMIN_PASSWORD = "admin staple battery"
RULES = """
ladders:
  standard:
    - {id: r1, at: +1d, channel: email, template: reminder_1}
    - {id: r3, at: +20d, channel: letter, template: reminder_3}
calendar: {country: FR, send_on: every_day, hours: "00:00-23:59", timezone: Europe/Paris}
"""
_TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@pytest.fixture
def settings(tmp_path: Path, sqlite_url: str) -> Settings:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    return Settings.load(
        environ={
            "RELANCE_DATABASE_URL": sqlite_url,
            "RELANCE_DATA_DIR": str(tmp_path / "data"),
            "RELANCE_RULES": str(rules),
            "RELANCE_SECRET_KEY": "test-secret-key-not-for-production",
        },
        env_file=tmp_path / "absent.env",
    )


@pytest.fixture
def app(settings: Settings, sqlite_db: peewee.Database) -> Flask:
    """The admin on the test's ledger; its blobs where the settings say, so a `relance`
    command started by the test reads and writes the same ones."""
    bind_store(settings.blob_store())
    return create_app(settings, database=sqlite_db, secure_cookies=False, testing=True)


_hash_once = functools.cache(users.password_hash)


def account(username: str, password: str, role: str, monkeypatch: pytest.MonkeyPatch) -> AdminUser:
    """`create_user`, each fixture password hashed once per process: argon2 costs a quarter
    of a second of CPU by design, and a fresh salt in every test proves nothing."""
    with monkeypatch.context() as patch:
        patch.setattr(users, "password_hash", _hash_once)
        return create_user(username, password, role=role)


@pytest.fixture
def staff_user(sqlite_db: peewee.Database, monkeypatch: pytest.MonkeyPatch) -> AdminUser:
    return account("claire", STAFF_PASSWORD, "staff", monkeypatch)


@pytest.fixture
def admin_user(sqlite_db: peewee.Database, monkeypatch: pytest.MonkeyPatch) -> AdminUser:
    return account("root", ADMIN_PASSWORD, "admin", monkeypatch)


def csrf_token(html: str) -> str:
    found = _TOKEN.search(html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def log_in(client: FlaskClient, username: str, password: str):  # type: ignore[no-untyped-def]
    token = csrf_token(client.get("/login").get_data(as_text=True))
    return client.post(
        "/login", data={"username": username, "password": password, "csrf_token": token}
    )


@pytest.fixture
def staff_client(app: Flask, staff_user: AdminUser) -> Iterator[FlaskClient]:
    client = app.test_client()
    assert log_in(client, "claire", STAFF_PASSWORD).status_code == 302
    yield client


@pytest.fixture
def admin_client(app: Flask, admin_user: AdminUser) -> Iterator[FlaskClient]:
    client = app.test_client()
    assert log_in(client, "root", ADMIN_PASSWORD).status_code == 302
    yield client


def page_token(client: FlaskClient, url: str) -> str:
    return csrf_token(client.get(url).get_data(as_text=True))


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def served(app: Flask) -> Iterator[AdminService]:
    service = AdminService(app, "127.0.0.1", 0)
    service.start()
    yield service
    service.stop()


@pytest.fixture
def page(served: AdminService) -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        missing_server("Chromium", FileNotFoundError(CHROMIUM))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(
            base_url=served.url, viewport={"width": 1400, "height": 900}, accept_downloads=True
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        context.close()
        browser.close()


def log_in_browser(page, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/admin/")
    assert "/login" in page.url
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("#login-submit")
    page.wait_for_url("**/admin/")
