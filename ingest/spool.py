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

from ledger.storage.durable import sync_directory, write_durably

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
        sender = _header_value(envelope_sender)
        return write_durably(self.new / _new_name(), _ENVELOPE + sender + b"\r\n" + raw)

    def begin(self, envelope_sender: str) -> SpoolWriter:
        """A spool file written as the mail arrives, never held whole in memory."""
        return SpoolWriter(self.new, _ENVELOPE + _header_value(envelope_sender) + b"\r\n")

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

    def lane_of(self, path: Path) -> str:
        """The sending domain, from the spool file's first line: mails of one creditor share
        a lane, so they are committed in order and hold at most their share of the workers."""
        try:
            with path.open("rb") as spooled:
                line = spooled.readline(300)
        except OSError:
            return ""
        if not line.startswith(_ENVELOPE):
            return ""
        return line[len(_ENVELOPE) :].strip().decode("utf-8", "replace").rpartition("@")[2].lower()

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


class SpoolWriter:
    """One mail being received: appended to a hidden file, made visible (fsync, rename, fsync
    of the directory) by `commit` only, removed by `abort`. What a crash leaves is swept."""

    def __init__(self, directory: Path, head: bytes) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / _new_name()
        self.tmp = directory / f".{self.path.name}.{os.getpid()}.tmp"
        self.size = 0
        self._file = self.tmp.open("wb", buffering=64 * 1024)
        self._file.write(head)

    def write(self, data: bytes) -> None:
        self._file.write(data)
        self.size += len(data)

    def commit(self) -> Path:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self.tmp.replace(self.path)
        sync_directory(self.path.parent)
        return self.path

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        self.tmp.unlink(missing_ok=True)


def _header_value(envelope_sender: str) -> bytes:
    return envelope_sender.replace("\r", "").replace("\n", "")[:254].encode("utf-8", "replace")


def _new_name() -> str:
    return f"{time.time_ns():020d}-{os.getpid()}-{next(_counter):06d}.eml"
