"""Admin accounts: argon2-hashed passwords, never stored in clear."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

from ledger.models import AdminUser

ROLES = ("admin", "staff")
MIN_PASSWORD_LENGTH = 12
# zxcvbn's scale: 3 = "safely unguessable: moderate protection from offline slow-hash attacks".
MIN_PASSWORD_SCORE = 3
_hasher = PasswordHasher()


class WeakPassword(ValueError):
    """A new password refused, with what a person should change."""


def check_strength(password: str, *, username: str = "") -> None:
    """Refuse a password too short, or one zxcvbn guesses easily (words, dates, the login)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    # zxcvbn's cost grows with the length; what is past 100 characters only adds strength.
    verdict = zxcvbn(password[:100], user_inputs=[username, "relance"] if username else ["relance"])
    if verdict["score"] < MIN_PASSWORD_SCORE:
        raise WeakPassword(
            "this password is too easy to guess: use four or five unrelated words, "
            "or a password manager"
        )


def password_hash(password: str, *, username: str = "") -> str:
    """The argon2 hash of a new password, refused when weak."""
    check_strength(password, username=username)
    return _hasher.hash(password)


def end_sessions(user_id: int) -> None:
    """Every session of the account ends at its next request (logout, new password)."""
    AdminUser.update(session_version=AdminUser.session_version + 1).where(
        AdminUser.id == user_id
    ).execute()


def create_user(username: str, password: str, role: str = "staff") -> AdminUser:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    return AdminUser.create(
        username=username.strip(),
        password_hash=password_hash(password, username=username.strip()),
        role=role,
    )


def check_password(user: AdminUser, password: str) -> bool:
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        user.save()
    return True


class UnknownUser(LookupError):
    def __init__(self, username: str) -> None:
        super().__init__(f"no user {username!r}")
        self.username = username


def set_password(username: str, password: str) -> AdminUser:
    """A new password for `username` (checked like any): failed logins forgotten, every open
    session of the account ended."""
    user = AdminUser.get_or_none(AdminUser.username == username)
    if user is None:
        raise UnknownUser(username)
    digest = password_hash(password, username=username)
    AdminUser.update(
        password_hash=digest,
        failed_logins=0,
        session_version=AdminUser.session_version + 1,
    ).where(AdminUser.id == user.id).execute()
    return AdminUser.get_by_id(user.id)
