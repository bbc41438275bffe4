"""A newcomer's first hour: `relance init` writes the settings it chose to `.env` (a second
shell then needs no exports) and keeps the first admin password where `relance run` shows it,
last, until that account has logged in once."""

from __future__ import annotations

import os
from pathlib import Path

from ledger.models import AdminUser
from relance.settings import Settings

ENV_FILE = Path(".env")
# What an install decides once; secrets stay out (the session key lives in DATA_DIR).
CHOSEN = ("database_url", "data_dir", "rules", "inbox_address", "smtp_listen", "admin_listen")
FIRST_LOGIN = "first-login"


def _value(value: object) -> str:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], int):
        return f"{value[0]}:{value[1]}"
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    return str(value)


def write_env(settings: Settings, path: Path = ENV_FILE) -> bool:
    """Write the chosen settings to `.env` unless one exists; True when written."""
    if path.exists():
        return False
    lines = ["# Written by `relance init`: how this install runs (see README, Settings)."]
    lines += [f"RELANCE_{name.upper()}={_value(getattr(settings, name))}" for name in CHOSEN]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True


def remember_first_login(data_dir: Path, username: str, password: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / FIRST_LOGIN
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(f"{username}\n{password}\n")


def forget_first_login(data_dir: Path) -> None:
    (data_dir / FIRST_LOGIN).unlink(missing_ok=True)


def banner(settings: Settings) -> list[str]:
    """What `relance run` prints once started: where the admin is, and the first login while
    nobody has used it (the file is removed after)."""
    host, port = settings.admin_listen
    lines = [f"Admin: http://{host}:{port}/"]
    path = settings.data_dir / FIRST_LOGIN
    if path.is_file():
        username, _, password = path.read_text(encoding="utf-8").partition("\n")
        user = AdminUser.get_or_none(AdminUser.username == username)
        if user is not None and user.last_login_at is None:
            lines.append(f"First login: {username} / {password.strip()}")
        else:
            forget_first_login(settings.data_dir)
    return lines
