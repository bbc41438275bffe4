"""`create_app(settings)`: the back office as a Flask app bound to the ledger at start-up."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import peewee
from flask import Flask, g, redirect, request, session, url_for
from flask_admin import Admin
from flask_admin.theme import Bootstrap4Theme
from flask_babel import Babel
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFProtect
from werkzeug.wrappers import Response

from admin.auth import init_auth, require_session
from admin.base import BoundedIntConverter
from admin.chrome import init_chrome
from admin.config import AdminSettings, is_loopback_http
from admin.views import register_views
from admin.views.dashboard import DashboardView
from ledger.database import bind
from ledger.migrations import migrate
from ledger.models import db
from ledger.storage import bind_store
from scheduler.channels import ChannelConfig

HERE = Path(__file__).resolve().parent
LANGUAGES = ("fr", "en")


def create_app(
    settings: AdminSettings,
    *,
    database: peewee.Database | None = None,
    secure_cookies: bool | None = None,
    testing: bool = False,
) -> Flask:
    """Build the app; bind the ledger and the blob store named by the settings unless
    `database` is given (then both are already bound).

    Cookies are Secure unless the admin is plain http on this machine (`secure_cookies`
    overrides), HttpOnly and SameSite=Lax always.
    """
    if database is None:
        bind_store(settings.blob_store())
        database = bind(settings.database_url)
        with database.connection_context():
            migrate()
    if secure_cookies is None:
        secure_cookies = not is_loopback_http(settings.admin_base_url)
    app = Flask(
        __name__,
        template_folder=str(HERE / "templates"),
        static_folder=str(HERE / "static"),
        static_url_path="/static",
    )
    app.url_map.converters["int"] = BoundedIntConverter
    app.config.update(
        SECRET_KEY=settings.session_secret(),
        SESSION_COOKIE_NAME="relance_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure_cookies,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=12),
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=None,
        BABEL_DEFAULT_LOCALE="fr",
        BABEL_DEFAULT_TIMEZONE="Europe/Paris",
        BABEL_TRANSLATION_DIRECTORIES=str(HERE / "translations"),
        # This node's copy of the learned templates (reprocessing reads them there).
        RELANCE_DATA_DIR=Path(settings.data_dir),
        RELANCE_RULES=Path(settings.rules),
        RELANCE_CHANNELS=ChannelConfig(
            smtp_url=settings.outgoing_smtp_url,
            sms_url=settings.sms_url,
        ),
        RELANCE_REVIEW_THRESHOLD=settings.review_threshold,
        TESTING=testing,
    )
    _connect_per_request(app)
    CSRFProtect(app)
    Babel(app, locale_selector=_locale)
    init_auth(app)
    init_chrome(app)
    app.before_request(_remember_language)
    app.before_request(require_session)
    app.after_request(_security_headers)
    app.add_url_rule("/", "root", lambda: redirect(url_for("admin.index")))
    admin = Admin(
        app,
        name="Relance",
        theme=Bootstrap4Theme(base_template="relance/layout.html", fluid=True),
        index_view=DashboardView(name=_l("Dashboard"), url="/admin"),
        csp_nonce_generator=csp_nonce,
    )
    register_views(admin, app)
    return app


def _connect_per_request(app: Flask) -> None:
    """One connection per request and thread, as a connection context: functions called by a
    view may open their own context inside it, and an outer one (tests) is left open."""

    @app.before_request
    def open_connection() -> None:
        context = db.connection_context()
        context.__enter__()
        g.relance_connection = context

    @app.teardown_request
    def close_connection(error: BaseException | None) -> None:
        context = g.pop("relance_connection", None)
        if context is not None:
            context.__exit__(None, None, None)


def _remember_language() -> None:
    wanted = request.args.get("lang")
    if wanted in LANGUAGES:
        session["lang"] = wanted


def _locale() -> str:
    chosen = session.get("lang")
    return chosen if chosen in LANGUAGES else "fr"


def csp_nonce() -> str:
    """This response's nonce: the only inline script a page may run is one carrying it."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return str(g.csp_nonce)


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        f"script-src 'self' 'nonce-{csp_nonce()}'; object-src 'self'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'",
    )
    if response.mimetype == "text/html":
        # Pages hold debtors' names and amounts: never kept by a browser or a proxy.
        response.headers["Cache-Control"] = "no-store"
    return response
