"""rules.yaml as the admin reads it: the ladder names (filter, bulk assignment) and the rules
themselves, parsed once per version of the file."""

from __future__ import annotations

from pathlib import Path

import yaml
from flask import current_app

from scheduler.errors import InvalidRules
from scheduler.rules import Rules, load_rules

_parsed: dict[Path, tuple[tuple[int, int], Rules | None]] = {}


def ladder_names(rules_path: Path) -> list[str]:
    """Names under `ladders:`; an unreadable file gives none (the Rules page says why)."""
    try:
        data = yaml.safe_load(rules_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    ladders = data.get("ladders") if isinstance(data, dict) else None
    return sorted(str(name) for name in ladders) if isinstance(ladders, dict) else []


def known_ladders() -> list[str]:
    return ladder_names(current_app.config["RELANCE_RULES"])


def rules_at(path: Path) -> Rules | None:
    """The rules in `path`, or None while the file is unreadable or refused (the Rules page
    says why); parsed again only when the file changes."""
    try:
        stat = path.stat()
    except OSError:
        return None
    signature = (stat.st_mtime_ns, stat.st_size)
    cached = _parsed.get(path)
    if cached is not None and cached[0] == signature:
        return cached[1]
    try:
        rules: Rules | None = load_rules(path)
    except InvalidRules:
        rules = None
    _parsed[path] = (signature, rules)
    return rules


def current_rules() -> Rules | None:
    return rules_at(Path(current_app.config["RELANCE_RULES"]))
