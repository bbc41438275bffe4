"""The SMTP spool: each accepted mail is a durable file before the sender hears 250.

A spooled file starts with one line naming the envelope sender, then the mail exactly as
received. It is removed only after the mail's outcome is committed, so whatever a crash leaves
here is processed on the next start.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ledger.storage.durable import write_durably

_ENVELOPE = b"X-Relance-Envelope-From: "
_counter = itertools.count()


@dataclass(frozen=True)
class Spooled:
    envelope_sender: str
    raw: bytes


@dataclass(frozen=True)
class Spool:
    root: Path

    @classmethod
    def under(cls, data_dir: Path) -> Spool:
        return cls(Path(data_dir) / "spool")

    @property
    def new(self) -> Path:
        return self.root / "new"

    def put(self, raw: bytes, envelope_sender: str) -> Path:
        """Write one mail durably; returns its path once it is safe on disk."""
        sender = envelope_sender.replace("\r", "").replace("\n", "")[:254].encode()
        name = f"{time.time_ns():020d}-{os.getpid()}-{next(_counter):06d}.eml"
        return write_durably(self.new / name, _ENVELOPE + sender + b"\r\n" + raw)

    def pending(self, limit: int = 500) -> list[Path]:
        """The oldest spooled mails first."""
        try:
            names = sorted(p.name for p in self.new.iterdir() if p.name.endswith(".eml"))
        except FileNotFoundError:
            return []
        return [self.new / n for n in names[:limit]]

    def read(self, path: Path) -> Spooled:
        data = path.read_bytes()
        if data.startswith(_ENVELOPE):
            line, _, raw = data.partition(b"\r\n")
            return Spooled(line[len(_ENVELOPE) :].decode("utf-8", "replace"), raw)
        return Spooled("", data)

    def sweep_partial(self, older_than: float = 3600.0) -> int:
        """Remove half-written files a crash left (never answered 250, so never promised)."""
        removed = 0
        cutoff = time.time() - older_than
        for path in self.new.glob(".*.tmp") if self.new.is_dir() else []:
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        return removed

    def done(self, path: Path) -> None:
        path.unlink(missing_ok=True)
