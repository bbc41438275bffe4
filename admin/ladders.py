"""The ladder names rules.yaml declares, for the ladder filter and the bulk assignment."""

from __future__ import annotations

from pathlib import Path

import yaml
from flask import current_app


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
