"""The store contract: content-addressed keys, complete-or-absent writes, checked reads."""

from __future__ import annotations

import hashlib
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator

_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")
_KEY = re.compile(r"(?P<prefix>[0-9a-f]{2})/(?P<digest>[0-9a-f]{64})(?P<suffix>\.[a-z0-9]{1,8})?")


class StorageError(Exception):
    """Base of the store's own errors."""


class StorageUnavailable(StorageError):
    """The store cannot be reached or will not work now: what was being stored or read is
    not at fault, the work is to be retried later."""


class StorageUrlError(StorageError):
    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"bad storage URL {url!r}: {message}")
        self.url = url


class BlobMissing(StorageError, LookupError):
    """A key the ledger names has no object in the store."""

    def __init__(self, key: str, where: str) -> None:
        super().__init__(f"stored object {key} is missing from {where}")
        self.key = key
        self.where = where


class BlobCorrupt(StorageError):
    """The bytes read under a key do not have the digest the key names."""

    def __init__(self, key: str, where: str, found: str) -> None:
        super().__init__(f"stored object {key} in {where} is corrupt: its sha256 is {found}")
        self.key = key
        self.where = where
        self.found = found


def normal_suffix(suffix: str) -> str:
    """`.PDF` → `.pdf`; anything that is not a short alphanumeric extension becomes `.bin`."""
    lowered = suffix.lower()
    if not lowered:
        return ""
    return lowered if _SUFFIX.fullmatch(lowered) else ".bin"


def blob_key(data: bytes, suffix: str = "") -> str:
    digest = hashlib.sha256(data).hexdigest()
    return f"{digest[:2]}/{digest}{normal_suffix(suffix)}"


def is_blob_key(key: str) -> bool:
    found = _KEY.fullmatch(key)
    return found is not None and found["prefix"] == found["digest"][:2]


def check_key(key: str, where: str) -> str:
    """The key, or BlobMissing when it cannot be one of ours (so never a path outside)."""
    if not is_blob_key(key):
        raise BlobMissing(key, where)
    return key


class BlobStore(ABC):
    """Where blobs live. Subclasses move bytes; the addressing and checks are done here."""

    @property
    @abstractmethod
    def where(self) -> str:
        """The store, said for people and logs (never a secret)."""

    def put(self, data: bytes, suffix: str = "") -> str:
        """Keep `data` (once per content) and return its key. When this returns, the object is
        whole in the store; a crash before leaves nothing visible under the key."""
        key = blob_key(data, suffix)
        if not self.has(key):
            self._write(key, data)
        return key

    def get(self, key: str) -> bytes:
        """The bytes under `key`; BlobMissing or BlobCorrupt say which key and where."""
        data = self._read(check_key(key, self.where))
        found = hashlib.sha256(data).hexdigest()
        if found != key[3:67]:
            raise BlobCorrupt(key, self.where, found)
        return data

    def has(self, key: str) -> bool:
        return is_blob_key(key) and self._exists(key)

    @abstractmethod
    def keys(self) -> Iterator[str]:
        """Every key in the store (in no particular order)."""

    @abstractmethod
    def _write(self, key: str, data: bytes) -> None: ...

    @abstractmethod
    def _read(self, key: str) -> bytes:
        """The bytes, or BlobMissing."""

    @abstractmethod
    def _exists(self, key: str) -> bool: ...
