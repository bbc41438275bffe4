"""The frame every page shares: a language switch that keeps the page and its filters, static
files under versioned URLs cached for a year, and branded error pages in the page's language."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from flask import Flask, current_app, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException
from werkzeug.urls import urlencode
from werkzeug.wrappers import Response

from admin.admin_text import flashed_text

YEAR = 365 * 24 * 3600
HOUR = 3600
STATIC_ENDPOINTS = frozenset({"static", "admin.static"})


def lang_url(lang: str) -> str:
    """This page, its search, sort and filters kept, in the other language."""
    args = request.args.copy()
    args["lang"] = lang
    return f"{request.path}?{urlencode(args)}"


def static_url(filename: str) -> str:
    """Our stylesheet or script with its content's digest in the URL: a new version is a new
    URL, so browsers may keep each one for a year."""
    return url_for("static", filename=filename, v=_digest(current_app.static_folder, filename))


@functools.cache
def _digest(folder: str | None, filename: str) -> str:
    try:
        content = (Path(folder or "") / filename).read_bytes()
    except OSError:
        return "0"
    return hashlib.sha256(content).hexdigest()[:10]


def cache_static(response: Response) -> Response:
    """after_request: a versioned static URL never changes; an unversioned one may, hourly."""
    if request.endpoint in STATIC_ENDPOINTS and response.status_code in (200, 304):
        response.cache_control.no_cache = None
        response.cache_control.public = True
        response.cache_control.max_age = YEAR if request.args.get("v") else HOUR
        if request.args.get("v"):
            response.cache_control.immutable = True
    return response


def _titles() -> dict[int, tuple[str, str]]:
    return {
        400: (_("Request not understood"), _("The form was sent incomplete or has expired.")),
        403: (_("Access refused"), _("Your account may not open this page.")),
        404: (_("Page not found"), _("This page does not exist, or no longer does.")),
        405: (_("Action not allowed"), _("This page cannot be used that way.")),
    }


def error_page(error: HTTPException) -> tuple[str, int]:
    code = error.code or 500
    title, message = _titles().get(code, (error.name, ""))
    return render_template("relance/error.html", code=code, title=title, message=message), code


def init_chrome(app: Flask) -> None:
    app.after_request(cache_static)
    for code in (400, 403, 404, 405):
        app.register_error_handler(code, error_page)
    app.jinja_env.globals.update(
        lang_url=lang_url, static_url=static_url, flashed_text=flashed_text
    )
