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


def test_a_stop_the_loop_runs_before_its_own_wake_up_is_written_still_writes_to_an_open_pipe(
    app: Flask, thread_errors: list[threading.ExceptHookArgs], monkeypatch: pytest.MonkeyPatch
):
    """pull_trigger queues the stop, then writes its wake-up byte: a request thread's pull can
    wake the loop in between, and the loop runs the stop before the byte is written."""
    service = AdminService(app, "127.0.0.1", 0)
    service.start()
    trigger, loop = service._server.trigger, service._thread
    write = trigger._physical_pull

    def a_request_thread_pulls_first() -> None:
        write()
        loop.join(timeout=10)
        assert not loop.is_alive()
        write()

    monkeypatch.setattr(trigger, "_physical_pull", a_request_thread_pulls_first)
    port = service.port
    service.stop()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    assert [error.exc_value for error in thread_errors] == []


def test_a_request_in_flight_when_the_admin_stops_is_answered(
    thread_errors: list[threading.ExceptHookArgs], monkeypatch: pytest.MonkeyPatch
):
    """Its request thread ends before the sockets close: it would otherwise answer a closed
    connection and pull a trigger whose pipe is closed, or already another server's."""
    entered, released = threading.Event(), threading.Event()
    slow = Flask(__name__)

    @slow.get("/slow")
    def answer_once_released() -> str:
        entered.set()
        released.wait(timeout=10)
        return "answered"

    service = AdminService(slow, "127.0.0.1", 0)
    service.start()
    answers: list[bytes] = []

    def ask() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=10)
        connection.request("GET", "/slow")
        answers.append(connection.getresponse().read())

    client = threading.Thread(target=ask)
    client.start()
    assert entered.wait(timeout=10)
    dispatcher = service._server.task_dispatcher
    shut_down = dispatcher.shutdown

    def release_then_shut_down() -> bool:
        released.set()
        return shut_down()

    monkeypatch.setattr(dispatcher, "shutdown", release_then_shut_down)
    service.stop()
    client.join(timeout=10)
    assert answers == [b"answered"]
    assert [error.exc_value for error in thread_errors] == []


def test_an_admin_never_started_stops_quietly(app: Flask):
    AdminService(app, "127.0.0.1", 0).stop()
