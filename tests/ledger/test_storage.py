"""The blob store, on a folder and on a real S3 server (SeaweedFS): the same contract on both."""

from __future__ import annotations

import dataclasses
import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ledger.storage import (
    BlobCorrupt,
    BlobMissing,
    BlobStore,
    StorageError,
    StorageUrlError,
    blob_key,
    open_store,
)
from ledger.storage.files import FileStore
from ledger.storage.s3 import S3Store
from tests.servers.seaweedfs import BUCKET, SeaweedServer

PDF = b"%PDF-1.4\n% une facture\n%%EOF\n"


@pytest.fixture(params=["file", pytest.param("s3", marks=pytest.mark.s3)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    if request.param == "file":
        return FileStore(tmp_path / "blobs")
    server: SeaweedServer = request.getfixturevalue("seaweedfs")
    return S3Store(BUCKET, f"{server.new_prefix()}/documents", server.options)


def damage(store: BlobStore, key: str, data: bytes) -> None:
    """Replace the bytes under `key` behind the store's back (disk rot, a bad copy)."""
    if isinstance(store, FileStore):
        (store.root / key).write_bytes(data)
    else:
        assert isinstance(store, S3Store)
        store._client.put_object(Bucket=store.bucket, Key=store.prefix + key, Body=data)


def test_a_blob_is_kept_under_the_sha256_of_its_bytes_and_read_back(store: BlobStore) -> None:
    key = store.put(PDF, ".PDF")
    digest = hashlib.sha256(PDF).hexdigest()
    assert key == f"{digest[:2]}/{digest}.pdf"
    assert store.get(key) == PDF
    assert store.has(key)


def test_the_same_bytes_twice_are_one_object(store: BlobStore) -> None:
    assert store.put(PDF, ".pdf") == store.put(PDF, ".pdf")
    assert store.put(b"autre", ".eml") != store.put(PDF, ".pdf")
    assert sorted(store.keys()) == sorted([blob_key(PDF, ".pdf"), blob_key(b"autre", ".eml")])


def test_a_missing_object_is_an_error_naming_its_key_and_the_store(store: BlobStore) -> None:
    key = blob_key(b"never stored", ".pdf")
    with pytest.raises(BlobMissing) as missing:
        store.get(key)
    assert missing.value.key == key
    assert key in str(missing.value) and store.where in str(missing.value)
    assert not store.has(key)


@pytest.mark.parametrize("key", ["../../etc/passwd", "/etc/passwd", "", "ab/not-a-digest.pdf"])
def test_a_name_that_is_no_key_of_ours_is_never_read(store: BlobStore, key: str) -> None:
    with pytest.raises(BlobMissing, match="is missing"):
        store.get(key)


def test_bytes_that_no_longer_match_their_key_are_refused_as_corrupt(store: BlobStore) -> None:
    key = store.put(PDF, ".pdf")
    damage(store, key, PDF + b"tampered")
    with pytest.raises(BlobCorrupt) as corrupt:
        store.get(key)
    assert corrupt.value.key == key
    assert corrupt.value.found == hashlib.sha256(PDF + b"tampered").hexdigest()


def test_writers_in_parallel_leave_only_whole_objects(store: BlobStore) -> None:
    blobs = [bytes([n]) * (50_000 + n) for n in range(20)]
    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda data: store.put(data, ".bin"), blobs * 3))
    assert len(set(keys)) == 20
    assert [store.get(key) for key in keys[:20]] == blobs


def test_a_file_write_cut_short_leaves_nothing_under_the_key(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "blobs")
    key = blob_key(PDF, ".pdf")
    # What a crash in the middle of write_durably leaves: a hidden temporary file, never renamed.
    partial = store.root / key[:2] / f".{key[3:]}.1234.5678.tmp"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(PDF[:5])
    assert not store.has(key)
    assert list(store.keys()) == []
    assert store.put(PDF, ".pdf") == key and store.get(key) == PDF


@pytest.mark.s3
def test_an_upload_damaged_on_the_way_is_refused_and_leaves_nothing_visible(
    seaweedfs: SeaweedServer,
) -> None:
    store = S3Store(BUCKET, seaweedfs.new_prefix(), seaweedfs.options)

    def damage_body(params: dict, **_: object) -> None:
        params["body"] = PDF.replace(b"facture", b"FACTURE")

    store._client.meta.events.register("before-call.s3.PutObject", damage_body)
    with pytest.raises(StorageError, match="BadDigest"):
        store.put(PDF, ".pdf")
    assert not store.has(blob_key(PDF, ".pdf"))
    assert list(store.keys()) == []


@pytest.mark.s3
def test_a_bucket_refusing_our_credentials_is_an_error_naming_it(seaweedfs: SeaweedServer) -> None:
    wrong = dataclasses.replace(seaweedfs.options, secret_access_key="not-the-secret")
    store = S3Store(BUCKET, "refused", wrong)
    with pytest.raises(StorageError, match=f"s3://{BUCKET}/refused/"):
        store.put(PDF, ".pdf")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("file:///srv/relance/blobs", "the folder /srv/relance/blobs"),
        ("file:var/documents", "the folder var/documents"),
        ("s3://factures/relance", "s3://factures/relance/"),
        ("s3://factures", "s3://factures/"),
    ],
)
def test_a_storage_url_names_a_folder_or_a_bucket(url: str, expected: str) -> None:
    assert open_store(url).where == expected


@pytest.mark.parametrize("url", ["ftp://host/x", "s3:///prefix-without-bucket", "file://"])
def test_a_bad_storage_url_is_refused_with_the_form_expected(url: str) -> None:
    with pytest.raises(StorageUrlError, match="s3://bucket/prefix"):
        open_store(url)
