"""Login, logout and the gate that sends anyone without a session to the login page."""

from __future__ import annotations

import contextlib
import time
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from flask import (
    Blueprint,
    Flask,
    current_app,
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
from admin.throttle import LoginThrottle
from ledger.clock import now
from ledger.models import AdminUser
from ledger.users import check_password

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"

# Reachable without a session: the login form and the stylesheets it needs.
PUBLIC_ENDPOINTS = frozenset({"auth.login", "static", "admin.static"})
_DUMMY_HASH = PasswordHasher().hash("not a real password, only burns the same time")


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
    if not user_id.isdigit():
        return None
    user = AdminUser.get_or_none((AdminUser.id == int(user_id)) & AdminUser.active)
    return StaffMember(user) if user else None


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
    throttle: LoginThrottle = current_app.extensions["relance_throttle"]
    if form.validate_on_submit():
        username = form.username.data.strip()
        address = client_address()
        wait = throttle.retry_after(username, address)
        if wait:
            flash(_("Too many failed attempts: try again in %(seconds)d s.", seconds=wait), "error")
            return render_template("relance/login.html", form=form), 429
        user = AdminUser.get_or_none(AdminUser.username == username)
        if user is not None and user.active and check_password(user, form.password.data):
            throttle.succeeded(username, address)
            AdminUser.update(failed_logins=0, last_login_at=now()).where(
                AdminUser.id == user.id
            ).execute()
            session.clear()
            login_user(StaffMember(user))
            return redirect(safe_next(request.args.get("next")))
        if user is None:
            _burn_hash_time()
        else:
            AdminUser.update(failed_logins=AdminUser.failed_logins + 1).where(
                AdminUser.id == user.id
            ).execute()
        throttle.failed(username, address)
        time.sleep(current_app.config["RELANCE_WRONG_PASSWORD_DELAY"])
        flash(_("Wrong username or password."), "error")
        return render_template("relance/login.html", form=form), 401
    return render_template("relance/login.html", form=form)


def _burn_hash_time() -> None:
    """An unknown username costs the same time as a wrong password: no user enumeration."""
    with contextlib.suppress(Exception):
        PasswordHasher().verify(_DUMMY_HASH, "wrong")


@bp.route("/logout", methods=["POST"])
def logout() -> Response:
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))


def init_auth(app: Flask) -> None:
    login_manager.init_app(app)
    app.extensions["relance_throttle"] = LoginThrottle()
    app.register_blueprint(bp)
