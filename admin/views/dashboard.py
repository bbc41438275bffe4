"""The dashboard: what is owed (per currency), how late, what came in, who needs a person,
and what cannot be sent at all."""

from __future__ import annotations

from flask import current_app
from flask_admin import AdminIndexView, expose
from flask_babel import gettext as _

from admin.base import Protected
from admin.chart import bar_chart
from admin.formats import euros
from admin.stats import BUCKETS, dashboard
from ledger.clock import today
from ledger.replies import replies_to_handle
from scheduler.errors import InvalidRules
from scheduler.readiness import channel_warnings
from scheduler.rules import load_rules


def bucket_labels() -> dict[str, str]:
    return {
        "not_due": _("Not due"),
        "1_30": _("1–30 days"),
        "31_60": _("31–60 days"),
        "61_90": _("61–90 days"),
        "over_90": _("> 90 days"),
    }


def warnings() -> list[str]:
    """Channels the ladders use that this install cannot send (rules unreadable: none here,
    the Rules page says why)."""
    try:
        rules = load_rules(current_app.config["RELANCE_RULES"])
    except InvalidRules:
        return []
    return channel_warnings(rules, current_app.config["RELANCE_CHANNELS"])


class DashboardView(Protected, AdminIndexView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        figures = dashboard(today())
        labels = bucket_labels()
        charts = [
            bar_chart(
                [(labels[name], figures.ageing[name].get(currency, 0)) for name in BUCKETS],
                _("Ageing of unpaid amounts (%(currency)s)", currency=currency),
                lambda value, code=currency: euros(value, code),
            )
            for currency in figures.currencies
        ]
        return self.render(
            "relance/dashboard.html",
            figures=figures,
            labels=labels,
            buckets=BUCKETS,
            charts=charts,
            warnings=warnings(),
            replies=replies_to_handle().count(),
        )
