"""The admin's waitress server in its thread: it starts, answers, and stops cleanly."""

from __future__ import annotations

import socket
import threading
import urllib.request

import pytest
from flask import Flask

from admin.server import AdminService


@pytest.fixture
def thread_errors() -> list[threading.ExceptHookArgs]:
    errors: list[threading.ExceptHookArgs] = []
    before = threading.excepthook
    threading.excepthook = errors.append
    yield errors
    threading.excepthook = before


def test_stopping_the_admin_raises_nothing_in_its_thread_and_frees_the_port(
    app: Flask, thread_errors: list[threading.ExceptHookArgs]
):
    for _ in range(20):
        service = AdminService(app, "127.0.0.1", 0)
        service.start()
        with urllib.request.urlopen(f"{service.url}/login", timeout=10) as answer:
            assert answer.status == 200
        port = service.port
        service.stop()
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            pass
    assert [error.exc_value for error in thread_errors] == []


def test_an_admin_never_started_stops_quietly(app: Flask):
    AdminService(app, "127.0.0.1", 0).stop()
