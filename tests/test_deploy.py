"""docs/deploy.md says only what was run: its unit files verify, its backup commands back up and
restore a real ledger, its bucket commands turn versioning on in a real S3 server."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import Creditor
from tests.conftest import missing_server
from tests.servers.postgres import PostgresServer
from tests.servers.seaweedfs import BUCKET, SeaweedServer

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
GUIDE = (ROOT / "docs" / "deploy.md").read_text()


def documented(starting: str) -> list[str]:
    """The guide's shell lines that start with `starting`."""
    lines = re.findall(r"^\s*(" + re.escape(starting) + r".*)$", GUIDE, flags=re.MULTILINE)
    assert lines, f"docs/deploy.md shows no {starting!r} command"
    return lines


def test_the_unit_files_verify_with_systemd(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        missing_server("systemd-analyze", FileNotFoundError("systemd-analyze"))
    relance = Path(sys.executable).with_name("relance")
    user = getpass.getuser()
    units = []
    for unit in sorted([*DEPLOY.glob("*.service"), *DEPLOY.glob("*.timer")]):
        text = unit.read_text().replace("/opt/relance/.venv/bin/relance", str(relance))
        text = re.sub(r"^(User|Group)=relance$", rf"\1={user}", text, flags=re.MULTILINE)
        (tmp_path / unit.name).write_text(text)
        units.append(str(tmp_path / unit.name))
    checked = subprocess.run(
        [analyze, "verify", *units], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert checked.returncode == 0, checked.stderr
    assert "Unknown" not in checked.stderr
    service = (DEPLOY / "relance.service").read_text()
    assert "ExecStart=/opt/relance/.venv/bin/relance run" in service
    assert "EnvironmentFile=/etc/relance/relance.env" in service


@pytest.mark.postgres
def test_the_documented_database_is_created_owned_by_relance(
    postgres_server: PostgresServer,
) -> None:
    [create] = documented("createdb ")
    environ = {
        **os.environ,
        "PGHOST": "127.0.0.1",
        "PGPORT": str(postgres_server.port),
        "PGUSER": "relance",
    }
    done = subprocess.run(
        ["/bin/sh", "-c", create], env=environ, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    owner = subprocess.run(
        [
            "psql",
            "-tAc",
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'relance'",
        ],
        env=environ,
        capture_output=True,
        text=True,
        check=False,
    )
    assert owner.stdout.strip() == "relance", owner.stderr


@pytest.mark.postgres
def test_the_documented_dump_and_restore_bring_the_ledger_back(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.create_database(f"relance_deploy_{os.getpid()}")
    database = bind(url)
    with database.connection_context():
        migrate()
        Creditor.create(slug="atelier", name="Atelier Durand")
    database.close()
    backups = tmp_path / "backups"
    backups.mkdir()
    [dump] = documented("pg_dump ")
    dump = dump.replace("/var/backups/relance", str(backups))
    done = subprocess.run(
        ["/bin/sh", "-c", dump],
        env={**os.environ, "RELANCE_DATABASE_URL": url},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [archive] = backups.glob("relance-*.dump")
    restored = postgres_server.create_database(f"relance_restored_{os.getpid()}")
    [restore] = documented("pg_restore ")
    restore = re.sub(r"--dbname=\S+", f"--dbname={restored}", restore)
    restore = re.sub(r"/var/backups/relance/\S+", str(archive), restore)
    done = subprocess.run(["/bin/sh", "-c", restore], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    database = bind(restored)
    with database.connection_context():
        assert [c.slug for c in Creditor.select()] == ["atelier"]
    database.close()


@pytest.mark.s3
def test_the_documented_bucket_commands_turn_versioning_on(seaweedfs: SeaweedServer) -> None:
    aws = shutil.which("aws")
    if aws is None:
        pytest.skip("the aws command line is not installed here")
    environ = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": seaweedfs.options.access_key_id,
        "AWS_SECRET_ACCESS_KEY": seaweedfs.options.secret_access_key,
        "AWS_DEFAULT_REGION": seaweedfs.options.region,
    }
    answers = []
    for line in documented("aws s3api "):
        line = line.replace("relance-documents", BUCKET)
        line = line.replace("https://s3.example.internal", seaweedfs.endpoint)
        done = subprocess.run(
            ["/bin/sh", "-c", line], env=environ, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        answers.append(done.stdout)
    assert '"Status": "Enabled"' in answers[-1]


def test_the_settings_the_guide_names_exist() -> None:
    from relance.settings import SPECS

    known = {f"RELANCE_{spec.name.upper()}" for spec in SPECS}
    named = set(re.findall(r"RELANCE_[A-Z0-9_]+", GUIDE))
    example = set(
        re.findall(
            r"^(RELANCE_[A-Z0-9_]+)=", (DEPLOY / "relance.env.example").read_text(), re.MULTILINE
        )
    )
    assert named - known == set()
    assert example - known == set()
