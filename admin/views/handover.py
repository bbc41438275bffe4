"""Recouvrement: the dossiers handed to the collection agency, newest first, each a zip of the
summary, the invoices (their PDFs inside), and the reminder history, to download."""

from __future__ import annotations

from pathlib import Path

from flask import abort, current_app, send_file
from flask_admin import expose
from peewee import fn

from admin.base import StaffView
from admin.files import inside, safe_filename
from ledger.models import Debtor, Reminder, ReminderInvoice, ReminderStatus

SHOWN = 200


class HandoverView(StaffView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        dossiers = list(
            Reminder.select(Reminder, Debtor)
            .join(Debtor)
            .where(
                (Reminder.channel == "handover")
                & (Reminder.status == ReminderStatus.SENT)
                & (Reminder.file_path != "")
            )
            .order_by(Reminder.sent_at.desc(), Reminder.id.desc())
            .limit(SHOWN)
        )
        counts = dict(
            ReminderInvoice.select(ReminderInvoice.reminder, fn.COUNT(ReminderInvoice.id))
            .where(ReminderInvoice.reminder.in_([d.id for d in dossiers]))
            .group_by(ReminderInvoice.reminder)
            .tuples()
        )
        return self.render("relance/handover.html", dossiers=dossiers, counts=counts)

    @expose("/<int:reminder_id>.zip")
    def download(self, reminder_id: int):  # type: ignore[no-untyped-def]
        dossier = Reminder.get_or_none(
            (Reminder.id == reminder_id) & (Reminder.channel == "handover")
        ) or abort(404)
        data_dir: Path = current_app.config["RELANCE_DATA_DIR"]
        path = inside(data_dir, dossier.file_path) or abort(404)
        response = send_file(
            path,
            mimetype="application/zip",
            as_attachment=True,
            download_name=safe_filename(path.name, "dossier.zip"),
            max_age=0,
        )
        response.headers["Cache-Control"] = "private, no-store"
        return response
