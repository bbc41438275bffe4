"""The dashboard: the day's to-do first (each count opens its list), then what is owed and how
late, one block per currency."""

from __future__ import annotations

from flask_admin import AdminIndexView, expose
from flask_babel import gettext as _

from admin.base import Protected
from admin.chart import bar_chart
from admin.formats import euros
from admin.inbox import inbox
from admin.stats import BUCKETS, dashboard
from ledger.clock import today


def bucket_labels() -> dict[str, str]:
    return {
        "not_due": _("Not due"),
        "1_30": _("1–30 days"),
        "31_60": _("31–60 days"),
        "61_90": _("61–90 days"),
        "over_90": _("> 90 days"),
    }


class DashboardView(Protected, AdminIndexView):
    @expose("/")
    def index(self):  # type: ignore[no-untyped-def]
        day = today()
        figures = dashboard(day)
        labels = bucket_labels()
        charts = {
            money.currency: bar_chart(
                [(labels[name], money.ageing[name]) for name in BUCKETS],
                _("Ageing of unpaid amounts (%(currency)s)", currency=money.currency),
                lambda amount, currency=money.currency: euros(amount, currency),
            )
            for money in figures.currencies
        }
        return self.render(
            "relance/dashboard.html",
            figures=figures,
            todo=inbox(day),
            labels=labels,
            buckets=BUCKETS,
            charts=charts,
        )
