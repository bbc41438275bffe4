"""The creditors' own settings staff choose in the admin (not rules.yaml's): how each counts
its "N jours fin de mois" payment terms, and what a change does to invoices already read."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from ledger.creditors import set_month_end_reading
from ledger.models import Creditor, MonthEndReading
from ledger.redate import plan_redate

READINGS = {
    MonthEndReading.DAYS_THEN_MONTH_END: _l("Date + N days, then end of month"),
    MonthEndReading.MONTH_END_THEN_DAYS: _l("End of month, then + N days"),
}


def reading_label(reading: str) -> str:
    return str(READINGS.get(reading, reading))


def change_reading(creditor: Creditor, reading: str) -> str:
    """Set the reading and say, for the page, what it changes and what it leaves: the invoices
    already recorded keep their due date. Raises UnknownMonthEndReading."""
    if reading == creditor.month_end_reading:
        return _("%(creditor)s: nothing changed.", creditor=creditor.name)
    # Those the new reading would re-date are offered on the re-dating page instead.
    kept = set_month_end_reading(creditor, reading) - len(plan_redate(creditor).changes)
    said = _(
        '%(creditor)s: "N jours fin de mois" now read as: %(reading)s.',
        creditor=creditor.name,
        reading=reading_label(reading),
    )
    if not kept:
        return said
    return " ".join(
        (
            said,
            ngettext(
                "Its %(num)d open invoice already recorded keeps its due date: correct it on "
                "its invoice page if needed.",
                "Its %(num)d open invoices already recorded keep their due date: correct them on "
                "their invoice pages if needed.",
                kept,
            ),
        )
    )
