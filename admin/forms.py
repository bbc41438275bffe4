"""Forms: one CSRF token shared by flask-wtf's CSRFProtect and Flask-Admin's SecureForm."""

from __future__ import annotations

from flask import g
from flask_admin.form import SecureForm as AdminSecureForm
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.csrf import generate_csrf, validate_csrf
from wtforms import PasswordField, StringField
from wtforms.csrf.core import CSRF
from wtforms.validators import DataRequired, Length


class _SharedCSRF(CSRF):
    """Flask-Admin forms carry the same token CSRFProtect checks, so both accept it."""

    def generate_csrf_token(self, csrf_token_field):  # type: ignore[no-untyped-def]
        return generate_csrf()

    def validate_csrf_token(self, form, field):  # type: ignore[no-untyped-def]
        if g.get("csrf_valid", False):
            return
        validate_csrf(field.data)


class SecureForm(AdminSecureForm):
    class Meta:
        csrf = True
        csrf_class = _SharedCSRF


class LoginForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=100)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
