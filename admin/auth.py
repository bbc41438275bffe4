"""Login, logout and the gate that sends anyone without a session to the login page."""

from __future__ import annotations

import contextlib
import functools
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from flask import (
    Blueprint,
    Flask,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from werkzeug.wrappers import Response

from admin.forms import LoginForm
from ledger.clock import now
from ledger.login_throttle import record_failure, record_success, retry_after
from ledger.models import AdminUser
from ledger.users import check_password, end_sessions

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"

# Reachable without a session: the login form and the stylesheets it needs.
PUBLIC_ENDPOINTS = frozenset({"auth.login", "static", "admin.static"})
SESSION_VERSION = "relance_session_version"


class StaffMember(UserMixin):
    def __init__(self, user: AdminUser) -> None:
        self.id = str(user.id)
        self.username = user.username
        self.role = user.role

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@login_manager.user_loader
def load_user(user_id: str) -> StaffMember | None:
    """The session's user, unless the account was closed, logged out or given a new password
    since this session began (its version is behind the account's)."""
    if not user_id.isdigit() or len(user_id) > 18:
        return None
    user = AdminUser.get_or_none((AdminUser.id == int(user_id)) & AdminUser.active)
    if user is None or session.get(SESSION_VERSION) != user.session_version:
        return None
    return StaffMember(user)


def require_session() -> Response | None:
    """before_request: everything but the public endpoints needs a logged-in user."""
    if request.endpoint in PUBLIC_ENDPOINTS or current_user.is_authenticated:
        return None
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to somewhere else."""
    parts = urlsplit(target or "")
    if not target or parts.scheme or parts.netloc or not target.startswith("/"):
        return url_for("admin.index")
    if target.startswith("//") or "\\" in target:
        return url_for("admin.index")
    return target


def client_address() -> str:
    return request.remote_addr or "unknown"


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")))
    form = LoginForm()
    if form.validate_on_submit():
        username = form.username.data.strip()
        address = client_address()
        wait = retry_after(username, address)
        if wait:
            return _locked(form, wait)
        user = AdminUser.get_or_none(AdminUser.username == username)
        if user is not None and user.active and check_password(user, form.password.data):
            record_success(username, address)
            AdminUser.update(failed_logins=0, last_login_at=now()).where(
                AdminUser.id == user.id
            ).execute()
            session.clear()
            session[SESSION_VERSION] = user.session_version
            login_user(StaffMember(user))
            return redirect(safe_next(request.args.get("next")))
        if user is None:
            _burn_hash_time()
        else:
            AdminUser.update(failed_logins=AdminUser.failed_logins + 1).where(
                AdminUser.id == user.id
            ).execute()
        record_failure(username, address)
        flash(_("Wrong username or password."), "error")
        return render_template("relance/login.html", form=form), 401
    return render_template("relance/login.html", form=form)


def _locked(form: LoginForm, wait: int) -> tuple[str, int, dict[str, str]]:
    """Answered at once: the attacker waits, no worker thread does."""
    flash(_("Too many failed attempts: try again in %(seconds)d s.", seconds=wait), "error")
    return render_template("relance/login.html", form=form), 429, {"Retry-After": str(wait)}


def _burn_hash_time() -> None:
    """An unknown username costs the same time as a wrong password: no user enumeration."""
    with contextlib.suppress(Exception):
        PasswordHasher().verify(_dummy_hash(), "wrong")


@functools.cache
def _dummy_hash() -> str:
    return PasswordHasher().hash("not a real password, only burns the same time")


@bp.route("/logout", methods=["POST"])
def logout() -> Response:
    """Ends every session of the account, a copied cookie included."""
    if current_user.is_authenticated:
        end_sessions(int(current_user.id))
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))


def init_auth(app: Flask) -> None:
    login_manager.init_app(app)
    app.register_blueprint(bp)
