"""Several `relance run` nodes on one PostgreSQL and one S3 bucket, as processes of their own
that a test starts, SIGKILLs and restarts; they share a simulated calendar (node_main.py)."""

from __future__ import annotations

import datetime as dt
import http.cookiejar
import os
import re
import signal
import smtplib
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from ledger.clock import now
from tests.servers.ports import free_port, port_open, wait_until

ROOT = Path(__file__).resolve().parents[2]
INBOX = "factures@relance.localhost"
ADMIN_PASSWORD = "Rel4nce-nodes-test: une phrase longue"
_TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@dataclass
class NodeProcess:
    name: str
    directory: Path
    env: dict[str, str]
    smtp_port: int = field(default_factory=free_port)
    admin_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def log(self) -> Path:
        return self.directory / "node.log"

    def start(self) -> None:
        env = {
            **self.env,
            "RELANCE_NODE_NAME": self.name,
            "RELANCE_DATA_DIR": str(self.directory / "data"),
            "RELANCE_SMTP_LISTEN": f"127.0.0.1:{self.smtp_port}",
            "RELANCE_ADMIN_LISTEN": f"127.0.0.1:{self.admin_port}",
            "RELANCE_ADMIN_BASE_URL": f"http://127.0.0.1:{self.admin_port}",
        }
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.nodes.node_main", "run"],
                cwd=self.directory,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.starts += 1
        wait_until(self.answers, timeout=120, what=f"node {self.name}")

    def answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            tail = self.log.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"node {self.name} exited with {self.process.returncode}:\n{tail}")
        return port_open(self.smtp_port) and port_open(self.admin_port)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> float:
        """SIGKILL the node and everything it started; returns when (monotonic)."""
        assert self.process is not None
        killed_at = time.monotonic()
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        return killed_at

    def stop(self) -> None:
        if not self.running:
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def spooled(self) -> int:
        spool = self.directory / "data" / "spool" / "new"
        return len(list(spool.glob("*.eml"))) if spool.is_dir() else 0


def admin_session_on(node: NodeProcess) -> urllib.request.OpenerDirector:
    """A browser-like client logged in to the admin of `node`."""
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = f"http://127.0.0.1:{node.admin_port}/login"
    page = browser.open(login, timeout=30).read().decode()
    token = _TOKEN.search(page)
    assert token, "no CSRF token on the login page"
    form = {"username": "admin", "password": ADMIN_PASSWORD, "csrf_token": token.group(1)}
    browser.open(login, urllib.parse.urlencode(form).encode(), timeout=30)
    return browser


def lands_on(browser: urllib.request.OpenerDirector, node: NodeProcess, path: str) -> str:
    """The path a page of `node` ends on (a logged-out visitor ends on /login)."""
    answer = browser.open(f"http://127.0.0.1:{node.admin_port}{path}", timeout=30)
    return urllib.parse.urlsplit(answer.geturl()).path


@dataclass
class SimulatedClock:
    """The calendar all nodes read: an offset from the real time, in a file they follow."""

    path: Path

    def move_to(self, instant: dt.datetime) -> None:
        offset = (instant - now()).total_seconds()
        partial = self.path.with_suffix(".part")
        partial.write_text(f"{offset:.3f}\n")
        partial.replace(self.path)

    def now(self) -> dt.datetime:
        text = self.path.read_text().strip()
        return now() + dt.timedelta(seconds=float(text or 0))


def cluster_env(
    database_url: str,
    storage_url: str,
    s3_environ: dict[str, str],
    clock: SimulatedClock,
    **more: str,
) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("RELANCE_")},
        **s3_environ,
        "PYTHONPATH": str(ROOT),
        "RELANCE_DATABASE_URL": database_url,
        "RELANCE_STORAGE_URL": storage_url,
        "RELANCE_TEST_CLOCK": str(clock.path),
        "RELANCE_SECRET_KEY": "one-key-shared-by-every-node-of-the-test",
        "RELANCE_ACKNOWLEDGE": "false",
        "RELANCE_REMIND_AT": "09:00",
        "RELANCE_LOG_LEVEL": "INFO",
        **more,
    }


def send_mail(raw: bytes, nodes: list[NodeProcess], first: int) -> int:
    """Deliver one mail as a sending server with several MX would: the first node, else the
    next ones, until one answers 250; returns the index of the node that took it."""
    sender = raw.split(b"<", 2)[1].split(b">", 1)[0].decode()
    for attempt in range(60):
        index = (first + attempt) % len(nodes)
        node = nodes[index]
        try:
            with smtplib.SMTP("127.0.0.1", node.smtp_port, timeout=30) as client:
                client.sendmail(sender, [INBOX], raw)
            return index
        except (OSError, smtplib.SMTPException):
            if attempt % len(nodes) == len(nodes) - 1:
                time.sleep(0.5)
    raise RuntimeError("no node took the mail")
