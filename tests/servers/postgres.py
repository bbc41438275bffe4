"""A throwaway PostgreSQL server: initdb into a temp dir, started on a free loopback port."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg2

from tests.servers.ports import free_port, wait_until


def find_binaries() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("postgres")
    return Path(found).parent if found else None


@dataclass
class PostgresServer:
    bindir: Path
    datadir: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    def _as_owner(self) -> dict[str, object]:
        # initdb and postgres refuse to run as root: drop to the `postgres` account when we are.
        if os.geteuid() != 0:
            return {}
        account = pwd.getpwnam("postgres")
        return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}

    def start(self) -> None:
        owner = self._as_owner()
        self.datadir.mkdir(parents=True, exist_ok=True)
        if owner:
            os.chown(self.datadir, owner["user"], owner["group"])  # type: ignore[arg-type]
        subprocess.run(
            [
                self.bindir / "initdb",
                "-D",
                self.datadir,
                "-U",
                "relance",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            check=True,
            capture_output=True,
            **owner,
        )
        self.process = subprocess.Popen(
            [
                self.bindir / "postgres",
                "-D",
                self.datadir,
                "-p",
                str(self.port),
                "-h",
                "127.0.0.1",
                "-k",
                self.datadir,
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **owner,
        )
        wait_until(lambda: self._connect("postgres").close() is None, what="PostgreSQL")

    def _connect(self, dbname: str):  # type: ignore[no-untyped-def]
        return psycopg2.connect(host="127.0.0.1", port=self.port, user="relance", dbname=dbname)

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new, empty database; or a copy of `template` (a database no one is connected to)."""
        conn = self._connect("postgres")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
            copy = f' TEMPLATE "{template}"' if template else ""
            cur.execute(f'CREATE DATABASE "{name}"{copy}')
        conn.close()
        return f"postgresql://relance@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        """A fast shutdown (SIGINT): clients still connected are cut off. SIGTERM's smart
        shutdown waits for them, and one connection a test left open cost 20 s at each run's end."""
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def start_postgres() -> PostgresServer:
    """Start a server in its own directory under /tmp (pytest's are closed to other users)."""
    bindir = find_binaries()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL server binaries (Debian package postgresql)")
    root = Path(tempfile.mkdtemp(prefix="relance-pg-"))
    root.chmod(0o755)
    server = PostgresServer(bindir=bindir, datadir=root / "pgdata", port=free_port())
    server.start()
    return server
