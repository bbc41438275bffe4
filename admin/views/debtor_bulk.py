"""Decisions on many debtors at once from the list: pause their reminders until a date, put
them in dispute, or stop contacting them. Each asks for a reason and a confirmation, reports
every missing field at once, and is noted on each debtor's timeline with its author."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_admin.actions import action
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from admin.base import valid_id
from ledger import followup
from ledger.clock import today
from ledger.models import Debtor, db

SHOWN = 20
REASON_LIMIT = 300
# What each decision asks for: a date, a reason, a ticked confirmation.
NEEDS = {
    "pause": {"until"},
    "dispute": {"reason", "confirm"},
    "do_not_contact": {"reason", "confirm"},
}


def _ids() -> list[int]:
    found = [valid_id(i) for i in request.values.get("ids", "").split(",")]
    return [i for i in found if i is not None][:5_000]


def bulk_errors(what: str, form: dict[str, str]) -> dict[str, str]:
    """Every problem of the form at once, by field, as staff read it (untranslated here)."""
    needs, errors = NEEDS[what], {}
    if "until" in needs:
        try:
            until = dt.date.fromisoformat(form.get("until", ""))
        except ValueError:
            errors["until"] = "a date such as 2026-12-31"
        else:
            if until <= today():
                errors["until"] = "a pause needs a date in the future"
    if "reason" in needs and not form.get("reason", "").strip():
        errors["reason"] = "say why"
    if "confirm" in needs and form.get("confirm") != "1":
        errors["confirm"] = "tick to confirm"
    return errors


def apply_bulk(what: str, ids: list[int], form: dict[str, str], *, by: str) -> tuple[int, int]:
    """(debtors changed, debtors left as they were: nothing unpaid to act on)."""
    reason = form.get("reason", "").strip()[:REASON_LIMIT]
    done = skipped = 0
    with db.atomic():
        for debtor in Debtor.select().where(Debtor.id.in_(ids)):
            try:
                if what == "pause":
                    until = dt.date.fromisoformat(form["until"])
                    followup.pause(debtor, None, until, by=by, reason=reason)
                elif what == "dispute":
                    followup.dispute(debtor, None, by=by, reason=reason)
                else:
                    followup.set_do_not_contact(debtor, True, by=by, reason=reason)
            except followup.FollowUpError:
                skipped += 1
            else:
                done += 1
    return done, skipped


class BulkActions:
    """Mixed into the debtors list: its "With selected" menu and the confirmation page."""

    @action("pause", _l("Pause reminders until a date"))
    def pause_action(self, ids: list[str]):  # type: ignore[no-untyped-def]
        return redirect(url_for(".bulk", what="pause", ids=",".join(ids)))

    @action("dispute", _l("Dispute"))
    def dispute_action(self, ids: list[str]):  # type: ignore[no-untyped-def]
        return redirect(url_for(".bulk", what="dispute", ids=",".join(ids)))

    @action("do_not_contact", _l("Do not contact"))
    def do_not_contact_action(self, ids: list[str]):  # type: ignore[no-untyped-def]
        return redirect(url_for(".bulk", what="do_not_contact", ids=",".join(ids)))

    @expose("/bulk/<what>", methods=["GET", "POST"])
    def bulk(self, what: str):  # type: ignore[no-untyped-def]
        if what not in NEEDS:
            abort(404)
        ids = _ids()
        if not ids:
            abort(400)
        form: dict[str, Any] = {k: request.form.get(k, "") for k in ("until", "reason", "confirm")}
        errors: dict[str, str] = {}
        if request.method == "POST":
            errors = bulk_errors(what, form)
            if not errors:
                done, skipped = apply_bulk(what, ids, form, by=current_user.username)
                flash(
                    ngettext("%(num)d debtor updated.", "%(num)d debtors updated.", done),
                    "success",
                )
                if skipped:
                    flash(
                        ngettext(
                            "%(num)d debtor left as is: no unpaid invoice.",
                            "%(num)d debtors left as they were: no unpaid invoice.",
                            skipped,
                        ),
                        "warning",
                    )
                return redirect(url_for(".index_view"))
        debtors = list(Debtor.select(Debtor.id, Debtor.name).where(Debtor.id.in_(ids)).limit(SHOWN))
        return self.render(  # type: ignore[attr-defined]
            "relance/debtor_bulk.html",
            what=what,
            ids=",".join(map(str, ids)),
            count=len(ids),
            debtors=debtors,
            form=form,
            errors=errors,
            needs=NEEDS[what],
            tomorrow=today() + dt.timedelta(days=1),
        ), (422 if errors else 200)
