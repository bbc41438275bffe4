"""The dashboard: the day's to-do first (each count opens its list), what cannot be sent at
all, then what is owed and how late, one block per currency."""

from __future__ import annotations

from flask import current_app
from flask_admin import AdminIndexView, expose
from flask_babel import gettext as _

from admin.base import Protected
from admin.chart import bar_chart
from admin.formats import euros
from admin.inbox import inbox
from admin.ladders import current_rules
from admin.stats import BUCKETS, dashboard
from ledger.clock import today
from scheduler.readiness import channel_warnings


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
    rules = current_rules()
    if rules is None:
        return []
    return channel_warnings(rules, current_app.config["RELANCE_CHANNELS"])


class DashboardView(Protected, AdminIndexView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        day = today()
        figures = dashboard(day)
        labels = bucket_labels()
        charts = {
            currency: bar_chart(
                [(labels[name], figures.ageing[name].get(currency, 0)) for name in BUCKETS],
                _("Ageing of unpaid amounts (%(currency)s)", currency=currency),
                lambda value, code=currency: euros(value, code),
            )
            for currency in figures.currencies
        }
        return self.render(
            "relance/dashboard.html",
            figures=figures,
            todo=inbox(day, figures),
            labels=labels,
            buckets=BUCKETS,
            charts=charts,
            warnings=warnings(),
        )
