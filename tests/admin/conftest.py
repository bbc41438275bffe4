from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from flask import Flask
from flask.testing import FlaskClient

from admin import create_app
from ledger.models import AdminUser
from ledger.users import create_user
from relance.settings import Settings

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
    return create_app(settings, database=sqlite_db, secure_cookies=False, testing=True)


@pytest.fixture
def staff_user(sqlite_db: peewee.Database) -> AdminUser:
    return create_user("claire", STAFF_PASSWORD, role="staff")


@pytest.fixture
def admin_user(sqlite_db: peewee.Database) -> AdminUser:
    return create_user("root", ADMIN_PASSWORD, role="admin")


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
