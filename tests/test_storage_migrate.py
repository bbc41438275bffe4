"""`relance storage migrate --to s3://…`: a file store copied into a real S3 bucket, verified."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger.database import bind
from ledger.letters import record_batch
from ledger.models import Document, Reminder
from ledger.storage import blob_key
from ledger.storage.files import FileStore
from ledger.storage.s3 import S3Store
from relance.cli import cli
from tests.factories import make_creditor, make_debtor
from tests.servers.seaweedfs import BUCKET, SeaweedServer

pytestmark = pytest.mark.s3
DAY = dt.date(2026, 11, 23)


@pytest.fixture
def environ(install: Path, seaweedfs: SeaweedServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, value in seaweedfs.environ().items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["init", "--admin-password", "correct horse battery"])
    assert result.exit_code == 0, result.output
    return install


def ledger_with_blobs(install: Path) -> dict[str, bytes]:
    """Documents, a raw mail, a letter and its batch, kept where a default install keeps them."""
    store = FileStore(install / "var" / "documents")
    blobs = {
        store.put(f"%PDF-1.4 facture {n}".encode(), ".pdf"): f"%PDF-1.4 facture {n}".encode()
        for n in range(30)
    }
    raw = b"From: compta@client.test\r\n\r\nno attachment"
    blobs[store.put(raw, ".eml")] = raw
    with bind(f"sqlite:///{install / 'var' / 'relance.db'}").connection_context():
        for key in blobs:
            Document.create(sha256=key[3:67], storage_path=key, original_filename="f.pdf")
        debtor = make_debtor(make_creditor())
        letter = next(iter(blobs))
        reminder = Reminder.create(
            creditor=debtor.creditor,
            debtor=debtor,
            key="k",
            ladder="standard",
            step_id="r3",
            channel="letter",
            due_on=DAY,
            file_path=letter,
            print_day=DAY,
        )
        record_batch(DAY.isoformat(), DAY, letter, [reminder.id], len(blobs[letter]))
    return blobs


def test_every_blob_is_copied_into_the_bucket_and_checked_by_its_sha256(
    environ: Path, seaweedfs: SeaweedServer
) -> None:
    blobs = ledger_with_blobs(environ)
    target = seaweedfs.url(seaweedfs.new_prefix())
    result = CliRunner().invoke(cli, ["storage", "migrate", "--to", target])
    assert result.exit_code == 0, result.output
    assert f"{len(blobs)} object(s) copied, 0 already there, {len(blobs)} verified" in result.output
    assert f"RELANCE_STORAGE_URL={target}" in result.output
    bucket = S3Store(BUCKET, target.removeprefix(f"s3://{BUCKET}/"), seaweedfs.options)
    assert sorted(bucket.keys()) == sorted(blobs)
    assert all(bucket.get(key) == data for key, data in blobs.items())

    again = CliRunner().invoke(cli, ["storage", "migrate", "--to", target])
    assert f"0 object(s) copied, {len(blobs)} already there" in again.output


def test_a_blob_the_ledger_names_but_nobody_has_is_reported_by_key(
    environ: Path, seaweedfs: SeaweedServer
) -> None:
    ledger_with_blobs(environ)
    lost = blob_key(b"never kept", ".pdf")
    with bind(f"sqlite:///{environ / 'var' / 'relance.db'}").connection_context():
        Document.create(sha256=lost[3:67], storage_path=lost, original_filename="perdu.pdf")
    result = CliRunner().invoke(
        cli, ["storage", "migrate", "--to", seaweedfs.url(seaweedfs.new_prefix())]
    )
    assert result.exit_code == 1
    assert f"1 object(s) the ledger names are in neither store: {lost}" in result.output


def test_a_source_object_that_rotted_stops_the_migration_naming_it(
    environ: Path, seaweedfs: SeaweedServer
) -> None:
    blobs = ledger_with_blobs(environ)
    rotten = sorted(blobs)[3]
    (environ / "var" / "documents" / rotten).write_bytes(b"bit rot")
    result = CliRunner().invoke(
        cli, ["storage", "migrate", "--to", seaweedfs.url(seaweedfs.new_prefix())]
    )
    assert result.exit_code == 1
    assert f"stored object {rotten}" in result.output and "is corrupt" in result.output
