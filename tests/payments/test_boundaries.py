from __future__ import annotations

from pathlib import Path

from tests.test_architecture import ROOT, imported_packages


def test_the_payments_importer_imports_only_the_ledger() -> None:
    found = set()
    for path in sorted((ROOT / "ingest" / "payments").rglob("*.py")):
        found |= imported_packages(path)
    assert found <= {"ingest", "ledger"}


def test_inside_ingest_the_importer_uses_only_itself() -> None:
    for path in sorted((ROOT / "ingest" / "payments").rglob("*.py")):
        text = Path(path).read_text()
        assert "from ingest." not in text.replace("from ingest.payments", "")
