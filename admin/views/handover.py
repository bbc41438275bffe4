"""Recouvrement: the dossiers handed to the collection agency, newest first, each a zip of the
summary, the invoices (their PDFs inside), and the reminder history, to download."""

from __future__ import annotations

from flask import abort
from flask_admin import expose
from peewee import fn

from admin.base import StaffView
from admin.files import send_stored
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
        return send_stored(dossier.file_path, f"dossier-{dossier.id}.zip", as_attachment=True)
