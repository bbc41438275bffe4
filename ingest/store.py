"""Inbound files kept on disk for good, content-addressed by sha256 under DATA_DIR/documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ingest.durable import write_durably


@dataclass(frozen=True)
class DocumentStore:
    root: Path

    @classmethod
    def under(cls, data_dir: Path) -> DocumentStore:
        return cls(Path(data_dir) / "documents")

    def put(self, data: bytes, suffix: str = ".pdf") -> str:
        """Keep `data` (once per content) and return its path relative to the store."""
        digest = hashlib.sha256(data).hexdigest()
        relative = f"{digest[:2]}/{digest}{suffix}"
        path = self.root / relative
        if not path.exists() or path.stat().st_size != len(data):
            write_durably(path, data)
        return relative

    def get(self, relative: str) -> bytes:
        return (self.root / relative).read_bytes()
