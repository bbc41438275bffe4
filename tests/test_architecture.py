"""The dependency arrows of DESIGN.md, checked on the source rather than trusted."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = {"ledger", "parsing", "ingest", "scheduler", "admin", "relance"}
ALLOWED = {
    "ledger": set(),
    "parsing": set(),
    "ingest": {"parsing", "ledger"},
    "scheduler": {"ledger"},
    "admin": {"ledger", "scheduler", "ingest"},
    "relance": OURS,
}


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & OURS


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_package_imports_only_what_design_allows(package: str) -> None:
    offenders = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        wrong = imported_packages(path) - ALLOWED[package] - {package}
        if wrong:
            offenders[str(path.relative_to(ROOT))] = sorted(wrong)
    assert offenders == {}
