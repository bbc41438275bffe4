"""Réglages › Créanciers: each creditor's reading of "N jours fin de mois" terms."""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_babel import gettext as _
from flask_login import current_user

from admin.base import StaffView
from admin.creditor_settings import READINGS, change_reading, reading_label
from admin.redate import preview, redatable_sentence, redate
from ledger.errors import UnknownMonthEndReading
from ledger.models import Creditor
from ledger.redate import StaleRedate


class CreditorsView(StaffView):
    required_role = "admin"

    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        creditors = list(Creditor.select().order_by(Creditor.name))
        return self.render("relance/creditors.html", creditors=creditors, readings=READINGS)

    @expose("/<int:creditor_id>", methods=["POST"])
    def month_end_reading(self, creditor_id: int):  # type: ignore[no-untyped-def]
        creditor = Creditor.get_or_none(Creditor.id == creditor_id) or abort(404)
        try:
            flash(change_reading(creditor, request.form.get("month_end_reading", "")), "success")
        except UnknownMonthEndReading:
            flash(_("Unknown reading: nothing changed."), "error")
            return redirect(url_for(".index"))
        if said := redatable_sentence(creditor):
            flash(said, "info")
            return redirect(url_for(".redate_preview", creditor_id=creditor.id))
        return redirect(url_for(".index"))

    @expose("/<int:creditor_id>/redate")
    def redate_preview(self, creditor_id: int):  # type: ignore[no-untyped-def]
        creditor = Creditor.get_or_none(Creditor.id == creditor_id) or abort(404)
        return self.render(
            "relance/redate.html",
            preview=preview(creditor),
            reading=reading_label(creditor.month_end_reading),
        )

    @expose("/<int:creditor_id>/redate", methods=["POST"])
    def redate_apply(self, creditor_id: int):  # type: ignore[no-untyped-def]
        creditor = Creditor.get_or_none(Creditor.id == creditor_id) or abort(404)
        try:
            flash(
                redate(creditor, request.form.get("confirmed", ""), current_user.username),
                "success",
            )
        except StaleRedate:
            flash(
                _("The invoices to re-date changed meanwhile: nothing changed, check again."),
                "error",
            )
            return redirect(url_for(".redate_preview", creditor_id=creditor.id))
        return redirect(url_for(".index"))
