"""The store on a local (or mounted) folder: `<root>/ab/ab12…ef.pdf`, written tmp → fsync →
rename, so a reader sees a whole file or none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ledger.storage.base import BlobMissing, BlobStore, is_blob_key
from ledger.storage.durable import write_durably


class FileStore(BlobStore):
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def where(self) -> str:
        return f"the folder {self.root}"

    def keys(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                key = f"{folder.name}/{path.name}"
                if is_blob_key(key):
                    yield key

    def _write(self, key: str, data: bytes) -> None:
        write_durably(self.root / key, data)

    def _read(self, key: str) -> bytes:
        try:
            return (self.root / key).read_bytes()
        except FileNotFoundError:
            raise BlobMissing(key, self.where) from None

    def _exists(self, key: str) -> bool:
        return (self.root / key).is_file()
