"""Prochaines relances, for all staff: the next days as the engine will do them, each line
with the exact message it would send."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from flask import abort, current_app, request
from flask_admin import expose

from admin.base import StaffView
from admin.ladders import current_rules
from admin.upcoming import DAYS, PreviewError, preview, upcoming
from ledger.clock import today


class UpcomingView(StaffView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        path: Path = current_app.config["RELANCE_RULES"]
        dry_run = upcoming(
            path,
            today(),
            current_app.config["RELANCE_CHANNELS"],
            refresh=request.args.get("refresh") == "1",
        )
        return self.render("relance/upcoming.html", check=dry_run.check, dry_run=dry_run, days=DAYS)

    @expose("/preview")
    def show(self):  # type: ignore[no-untyped-def]
        rules = current_rules()
        args = request.args
        try:
            day = dt.date.fromisoformat(args.get("day", ""))
            debtor_id = int(args.get("debtor", ""))
        except ValueError:
            abort(404)
        if rules is None or not 0 < debtor_id < 2**63:
            abort(404)
        numbers = [n for n in args.get("invoices", "").split(",") if n][:200]
        try:
            found = preview(
                rules,
                debtor_id,
                args.get("ladder", ""),
                args.get("step", ""),
                args.get("channel", ""),
                numbers,
                day,
            )
        except PreviewError:
            abort(404)
        return self.render("relance/upcoming_preview.html", preview=found, day=day, args=args)
