"""Admin accounts: argon2-hashed passwords, never stored in clear."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ledger.models import AdminUser

ROLES = ("admin", "staff")
_hasher = PasswordHasher()


def password_hash(password: str) -> str:
    """The argon2 hash of a new password, refused when too short."""
    if len(password) < 10:
        raise ValueError("a password needs at least 10 characters")
    return _hasher.hash(password)


def create_user(username: str, password: str, role: str = "staff") -> AdminUser:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    return AdminUser.create(
        username=username.strip(), password_hash=password_hash(password), role=role
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
