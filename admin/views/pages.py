"""Letters to print, phone tasks and the rules: pages that are not one table's list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from flask import abort, current_app, flash, redirect, request, url_for
from flask_admin import expose
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from admin.base import StaffView
from admin.calls import OUTCOMES, CallError, record_call
from admin.files import send_stored
from admin.letters import batch_named, batches, mark_posted, withdraw_letter
from admin.phone import PHONE_CHANNEL, waiting_tasks
from admin.rules_preview import rules_errors
from admin.upcoming import DAYS, upcoming
from ledger.clock import today
from ledger.models import Reminder, SystemState
from scheduler.rules_store import ERROR_KEY

RULES_TEXT_LIMIT = 200_000


class LettersView(StaffView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        found = batches()
        todays = [b for b in found if b.day == today() and not b.posted]
        return self.render("relance/letters.html", batches=found, todays=todays)

    @expose("/download/<batch>")
    def download(self, batch: str):  # type: ignore[no-untyped-def]
        found = batch_named(batch) or abort(404)
        return send_stored(found.storage_key, batch, as_attachment=True)

    @expose("/posted/<batch>", methods=["POST"])
    def posted(self, batch: str):  # type: ignore[no-untyped-def]
        found = batch_named(batch) or abort(404)
        count = mark_posted(found, by=current_user.username)
        flash(
            ngettext(
                "%(num)d letter marked as posted.", "%(num)d letters marked as posted.", count
            ),
            "success",
        )
        return redirect(url_for(".index"))

    @expose("/withdraw/<batch>/<int:reminder_id>", methods=["POST"])
    def withdraw(self, batch: str, reminder_id: int):  # type: ignore[no-untyped-def]
        found = batch_named(batch) or abort(404)
        if withdraw_letter(found, reminder_id, by=current_user.username):
            flash(_("Letter withdrawn: it will not be printed."), "success")
        else:
            flash(_("This batch is posted: its letters can no longer be withdrawn."), "error")
        return redirect(url_for(".index"))


class PhoneTasksView(StaffView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        return self.render(
            "relance/phone_tasks.html",
            tasks=list(waiting_tasks().limit(200)),
            call_outcomes=OUTCOMES,
            tomorrow=today() + dt.timedelta(days=1),
        )

    @expose("/<int:task_id>", methods=["POST"])
    def outcome(self, task_id: int):  # type: ignore[no-untyped-def]
        task = Reminder.get_or_none(
            (Reminder.id == task_id) & (Reminder.channel == PHONE_CHANNEL)
        ) or abort(404)
        try:
            record_call(
                task.debtor,
                request.form.get("outcome", ""),
                request.form.get("text", ""),
                request.form.get("until", ""),
                by=current_user.username,
                task=task,
            )
        except CallError as error:
            flash(_(error.message), "error")
        else:
            flash(_("Call outcome recorded."), "success")
        return redirect(url_for(".index"))


class RulesView(StaffView):
    required_role = "admin"

    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        path: Path = current_app.config["RELANCE_RULES"]
        try:
            text = path.read_text(encoding="utf-8")[:RULES_TEXT_LIMIT]
            read_error = ""
        except (OSError, UnicodeDecodeError) as error:
            text, read_error = "", str(error)
        state = SystemState.get_or_none(SystemState.key == ERROR_KEY)
        errors = rules_errors(path)
        # The dry run is Prochaines relances' one (reused while fresh and the file unchanged):
        # the whole ledger is read once per day ahead, seconds at 100,000 invoices.
        dry_run = None
        if not errors:
            dry_run = upcoming(
                path,
                today(),
                current_app.config["RELANCE_CHANNELS"],
                refresh=request.args.get("refresh") == "1",
            )
        return self.render(
            "relance/rules.html",
            path=path,
            text=text,
            read_error=read_error,
            rules_error=state.value if state else "",
            checked_at=state.updated_at if state else None,
            errors=errors,
            dry_run=dry_run,
            days=DAYS,
        )
