from __future__ import annotations

from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import read_mo

ROOT = Path(__file__).resolve().parents[2]
METHODS = [("admin/**.py", "python"), ("admin/templates/**.html", "jinja2")]
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "N_": None}


def test_every_string_of_the_admin_has_a_french_translation() -> None:
    with (ROOT / "admin/translations/fr/LC_MESSAGES/messages.mo").open("rb") as compiled:
        catalogue = read_mo(compiled)
    missing = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), METHODS, keywords=KEYWORDS
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        entry = catalogue.get(msgid)
        if entry is None or not entry.string:
            missing.add(msgid)
    assert missing == set()
