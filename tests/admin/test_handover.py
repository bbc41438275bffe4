"""Recouvrement: the dossiers handed over, each downloadable as its zip."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

from ledger.clock import now, today
from ledger.models import Reminder, ReminderStatus
from ledger.storage import blobs
from tests.factories import make_creditor, make_debtor


def test_the_collection_page_lists_each_dossier_and_serves_its_zip(staff_client) -> None:  # type: ignore[no-untyped-def]
    debtor = make_debtor(make_creditor(), name="SCI Les Tilleuls")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("documents/F-60.pdf", b"%PDF-1.4 facture")
    key = blobs.put(buffer.getvalue(), ".zip")
    dossier = Reminder.create(
        creditor=debtor.creditor,
        debtor=debtor,
        key="h",
        ladder="standard",
        step_id="handover",
        channel="handover",
        due_on=today() - dt.timedelta(days=1),
        status=ReminderStatus.SENT,
        sent_at=now(),
        total=Decimal("300.00"),
        file_path=key,
    )
    page = staff_client.get("/admin/handover/").get_data(as_text=True)
    assert "SCI Les Tilleuls" in page and f"/admin/handover/{dossier.id}.zip" in page
    response = staff_client.get(f"/admin/handover/{dossier.id}.zip")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
        assert archive.read("documents/F-60.pdf") == b"%PDF-1.4 facture"
    Reminder.update(file_path="../../etc/passwd").where(Reminder.id == dossier.id).execute()
    assert staff_client.get(f"/admin/handover/{dossier.id}.zip").status_code == 404
