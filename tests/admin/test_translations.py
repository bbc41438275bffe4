from __future__ import annotations

import ast
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import read_mo

ROOT = Path(__file__).resolve().parents[2]
METHODS = [
    ("admin/**.py", "python"),
    ("relance/commands/redate.py", "python"),
    ("admin/templates/**.html", "jinja2"),
]
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


def _raised_messages(path: Path, errors: set[str]) -> set[str]:
    """The message literals of `raise SomeError("field", "message")` in a module; a name
    bound to a string at module level counts as its string."""
    tree = ast.parse(path.read_text())
    constants = {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }
    found = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and len(node.args) == 2):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func
        if getattr(name, "id", name) not in errors:
            continue
        message = node.args[1]
        if isinstance(message, ast.Constant):
            found.add(message.value)
        elif isinstance(message, ast.Name) and message.id in constants:
            found.add(constants[message.id])
    return found


@pytest.mark.parametrize(
    ("module", "errors"),
    [
        ("ledger/review.py", {"ReviewError"}),
        ("ledger/followup.py", {"FollowUpError"}),
        ("ledger/replies.py", {"FollowUpError"}),
        ("admin/views/invoices.py", {"ReviewError"}),
        ("admin/views/debtor_file.py", {"FollowUpError"}),
    ],
)
def test_every_refusal_the_ledger_words_for_a_page_has_a_french_translation(
    module: str, errors: set[str]
) -> None:
    with (ROOT / "admin/translations/fr/LC_MESSAGES/messages.mo").open("rb") as compiled:
        catalogue = read_mo(compiled)
    messages = _raised_messages(ROOT / module, errors)
    assert messages
    assert {m for m in messages if not (catalogue.get(m) and catalogue.get(m).string)} == set()
