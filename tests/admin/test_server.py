"""The admin's waitress server in its thread: it starts, answers, and stops cleanly."""

from __future__ import annotations

import http.client
import socket
import threading

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
        connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=10)
        connection.request("GET", "/login")
        assert connection.getresponse().status == 200
        connection.close()
        port = service.port
        service.stop()
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            pass
    assert [error.exc_value for error in thread_errors] == []


def test_an_admin_never_started_stops_quietly(app: Flask):
    AdminService(app, "127.0.0.1", 0).stop()
