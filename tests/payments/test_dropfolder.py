from __future__ import annotations

import shutil
from pathlib import Path

import peewee
import pytest

from ingest.payments.dropfolder import PaymentsDropFolder
from ledger.models import Document, Payment
from ledger.storage import blobs
from relance.payment_rules import CurrentPaymentRules
from relance.services import build_services
from relance.settings import Settings
from tests.payments.builders import FILES, atelier_ledger, invoice
from tests.servers.ports import wait_until


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The drop folder, apart from the test's database file."""
    return tmp_path / "payments-in"


def watching(root: Path, settle_seconds: float = 0) -> PaymentsDropFolder:
    return PaymentsDropFolder(root, blobs.put, settle_seconds=settle_seconds)


def drop(root: Path, folder: str, name: str, data: bytes | None = None) -> Path:
    (root / folder).mkdir(parents=True, exist_ok=True)
    path = root / folder / name
    if data is None:
        shutil.copyfile(FILES / name.removesuffix(".part"), path)
    else:
        path.write_bytes(data)
    return path


def test_a_dropped_file_is_imported_and_moved_to_done_with_its_report(
    sqlite_db: peewee.Database, root: Path
) -> None:
    atelier_ledger()
    drop(root, "atelier", "ximi_cp1252.csv")
    [outcome] = watching(root).scan_once()
    assert outcome.imported
    assert outcome.moved_to.parent == root / "atelier" / "done"
    report = outcome.moved_to.with_name(outcome.moved_to.name + ".report.txt").read_text()
    assert "imported 6 payment(s)" in report
    assert "ximi_cp1252.csv:9: Montant" in report
    assert not (root / "atelier" / "ximi_cp1252.csv").exists()
    assert invoice("F2026-0101").status == "paid"
    document = Document.get()
    assert (document.original_filename, document.outcome) == ("ximi_cp1252.csv", "ingested")
    assert document.reason.startswith("payments drop folder: ")
    assert "imported 6 payment(s)" in document.reason
    assert blobs.get(document.storage_path) == outcome.moved_to.read_bytes()


def test_a_file_dropped_twice_is_counted_once(sqlite_db: peewee.Database, root: Path) -> None:
    atelier_ledger()
    folder = watching(root)
    drop(root, "atelier", "camt053_several.xml")
    folder.scan_once()
    drop(root, "atelier", "camt053_several.xml")
    [again] = folder.scan_once()
    assert "4 duplicate(s) skipped" in again.reason
    assert Payment.select().count() == 4
    assert len(list((root / "atelier" / "done").glob("*.xml"))) == 2


def test_files_nobody_can_import_go_to_failed_with_a_reason(
    sqlite_db: peewee.Database, root: Path
) -> None:
    atelier_ledger()
    drop(root, "atelier", "scan.pdf", b"%PDF-1.4")
    drop(root, "nobody", "week1.csv")
    drop(root, ".", "loose.csv", b"Date;Montant\n")
    outcomes = watching(root).scan_once()
    reasons = {o.source.name: o.reason for o in outcomes}
    assert reasons == {
        "loose.csv": "put payment files in a folder named after the creditor slug",
        "scan.pdf": "scan.pdf: a PDF, not a payments export",
        "week1.csv": "no creditor with the slug 'nobody' (see rules.yaml)",
    }
    documents = {d.original_filename: (d.outcome, d.reason) for d in Document.select()}
    assert documents == {
        name: ("quarantined", f"payments drop folder: {reason}") for name, reason in reasons.items()
    }
    for outcome in outcomes:
        assert outcome.moved_to.parent.name == "failed"
        reason_file = outcome.moved_to.with_name(outcome.moved_to.name + ".reason.txt")
        assert reason_file.read_text().strip() == outcome.reason


def test_files_still_being_written_wait_for_the_next_scan(
    sqlite_db: peewee.Database, root: Path
) -> None:
    atelier_ledger()
    drop(root, "atelier", "week1.csv.part", b"Date;Montant\n")
    drop(root, "atelier", "week1.csv")
    assert watching(root, 60).scan_once() == []
    assert watching(root).scan_once()[0].imported
    assert (root / "atelier" / "week1.csv.part").exists()


def test_relance_run_hosts_the_drop_folder_in_its_own_thread(
    sqlite_db: peewee.Database, tmp_path: Path
) -> None:
    atelier_ledger()
    settings = Settings.load(environ={"RELANCE_PAYMENTS_DIR": str(tmp_path / "in")})
    [service] = [
        s
        for s in build_services(settings)
        if isinstance(getattr(s, "inner", s), PaymentsDropFolder)
    ]
    service.inner.interval, service.inner.settle_seconds = 0.05, 0
    service.start()
    try:
        partial = drop(tmp_path / "in", "atelier", "week1.csv.part")
        partial.rename(partial.with_suffix(""))
        wait_until(lambda: list((tmp_path / "in" / "atelier" / "done").glob("*.csv")), what="done")
    finally:
        service.stop()
    assert Payment.select().count() == 4


def test_a_format_just_added_to_rules_yaml_is_used_by_the_drop_folder(
    sqlite_db: peewee.Database, root: Path
) -> None:
    atelier_ledger()
    rules = root.parent / "rules.yaml"
    rules.write_text(
        "creditors:\n  atelier:\n    name: Atelier Durand\n    payments_csv:\n"
        "      - {name: caisse, columns: {date: Jour, amount: Encaissé, invoice_number: Pièce}}\n"
    )
    folder = PaymentsDropFolder(
        root, blobs.put, settle_seconds=0, payment_rules=CurrentPaymentRules(rules)
    )
    drop(
        root,
        "atelier",
        "caisse.csv",
        "Jour;Pièce;Encaissé\n20/11/2026;F2026-0101;1250,00\n".encode(),
    )
    [outcome] = folder.scan_once()
    assert outcome.imported, outcome.reason
    assert invoice("F2026-0101").status == "paid"
