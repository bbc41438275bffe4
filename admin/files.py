"""Serving stored files (inbound PDFs, letters, dossiers) from the blob store to logged-in staff."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from pathlib import Path

from flask import abort, send_file
from werkzeug.wrappers import Response

from ledger.storage import BlobMissing, blobs, is_blob_key

log = logging.getLogger(__name__)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_TYPES = {".pdf": "application/pdf", ".zip": "application/zip", ".eml": "message/rfc822"}


def safe_filename(name: str, fallback: str = "document.pdf") -> str:
    """ASCII letters, digits, dot, dash, underscore: nothing a header or a shell could misread."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("_", Path(ascii_name).name).strip("._")[:120]
    return cleaned or fallback


def send_stored(key: str, download_name: str, *, as_attachment: bool = False) -> Response:
    """The blob `key` as a download; 404 for no key or an object missing from the store."""
    if not is_blob_key(key):
        abort(404)
    try:
        data = blobs.get(key)
    except BlobMissing as missing:
        log.error("%s", missing)
        abort(404)
    suffix = key[67:]
    response = send_file(
        io.BytesIO(data),
        mimetype=_TYPES.get(suffix, "application/octet-stream"),
        as_attachment=as_attachment or suffix not in _TYPES,
        download_name=safe_filename(download_name),
        max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
