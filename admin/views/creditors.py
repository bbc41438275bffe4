"""Réglages › Créanciers: each creditor's reading of "N jours fin de mois" terms."""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_babel import gettext as _

from admin.base import StaffView
from admin.creditor_settings import READINGS, change_reading
from ledger.errors import UnknownMonthEndReading
from ledger.models import Creditor


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
