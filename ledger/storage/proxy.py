"""The store named by a URL, and `blobs`: the one every part reads and writes, bound at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ledger.storage.base import BlobStore, StorageError, StorageUrlError
from ledger.storage.files import FileStore
from ledger.storage.s3 import S3Options, S3Store


def open_store(url: str, options: S3Options | None = None) -> BlobStore:
    """`file:///abs/path`, `file:relative/path` or `s3://bucket/prefix`."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        path = unquote(parts.netloc + parts.path)
        if not path:
            raise StorageUrlError(
                url, "a file URL needs a folder: file:///path or s3://bucket/prefix"
            )
        return FileStore(Path(path))
    if parts.scheme == "s3":
        if not parts.netloc:
            raise StorageUrlError(url, "an S3 URL needs a bucket: s3://bucket/prefix")
        return S3Store(parts.netloc, unquote(parts.path), options or S3Options())
    raise StorageUrlError(url, "use file:///path/to/folder or s3://bucket/prefix")


class StoreProxy(BlobStore):
    """Stands for the store bound at start-up (as peewee's DatabaseProxy does for the ledger)."""

    def __init__(self) -> None:
        self.obj: BlobStore | None = None

    def initialize(self, store: BlobStore) -> None:
        self.obj = store

    @property
    def _store(self) -> BlobStore:
        if self.obj is None:
            raise StorageError("no blob store is bound: call ledger.storage.bind_store first")
        return self.obj

    @property
    def where(self) -> str:
        return self._store.where

    def put(self, data: bytes, suffix: str = "") -> str:
        return self._store.put(data, suffix)

    def get(self, key: str) -> bytes:
        return self._store.get(key)

    def has(self, key: str) -> bool:
        return self._store.has(key)

    def keys(self) -> Iterator[str]:
        return self._store.keys()

    def _write(self, key: str, data: bytes) -> None:
        self._store._write(key, data)

    def _read(self, key: str) -> bytes:
        return self._store._read(key)

    def _exists(self, key: str) -> bool:
        return self._store._exists(key)


blobs = StoreProxy()


def bind_store(store: BlobStore) -> BlobStore:
    """Make `blobs` stand for `store`; returns it."""
    blobs.initialize(store)
    return store
