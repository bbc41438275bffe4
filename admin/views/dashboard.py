"""The dashboard: what is owed, how late, what came in, who needs completing."""

from __future__ import annotations

from flask_admin import AdminIndexView, expose
from flask_babel import gettext as _

from admin.base import Protected
from admin.chart import bar_chart
from admin.formats import euros
from admin.stats import BUCKETS, dashboard
from ledger.clock import today
from ledger.replies import replies_to_handle


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
        figures = dashboard(today())
        labels = bucket_labels()
        chart = bar_chart(
            [(labels[name], figures.ageing[name]) for name in BUCKETS],
            _("Ageing of unpaid amounts"),
            euros,
        )
        return self.render(
            "relance/dashboard.html",
            figures=figures,
            labels=labels,
            buckets=BUCKETS,
            chart=chart,
            replies=replies_to_handle().count(),
        )
