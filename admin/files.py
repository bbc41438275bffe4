"""Serving stored files (inbound PDFs, letters) to logged-in staff, and only from our folders."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from flask import abort, send_file
from werkzeug.wrappers import Response

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(name: str, fallback: str = "document.pdf") -> str:
    """ASCII letters, digits, dot, dash, underscore: nothing a header or a shell could misread."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("_", Path(ascii_name).name).strip("._")[:120]
    return cleaned or fallback


def inside(root: Path, stored: str) -> Path | None:
    """`stored` resolved under `root` (relative paths are taken from root); None if it escapes."""
    if not stored:
        return None
    path = Path(stored)
    # A relative path is taken from root; one written with root's own relative prefix
    # ("var/letters/…" for a data dir "var") from the working directory.
    for candidate in [path] if path.is_absolute() else [root / path, path]:
        resolved = candidate.resolve()
        try:
            resolved.relative_to(root.resolve())
        except ValueError:
            continue
        if resolved.is_file():
            return resolved
    return None


def send_stored(
    root: Path, stored: str, download_name: str, *, as_attachment: bool = False
) -> Response:
    path = inside(root, stored) or abort(404)
    response = send_file(
        path,
        mimetype="application/pdf",
        as_attachment=as_attachment,
        download_name=safe_filename(download_name),
        max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
