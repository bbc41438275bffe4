"""The menu's drop-downs. A page joins one with `category=menu.REMINDERS` (or INTAKE,
SETTINGS) in `admin.add_view`; the daily pages stay on the bar itself. The bar must fit one
line of a 1366 px screen in French: add a page to a drop-down, not to the bar."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

REMINDERS = _l("Reminders")
INTAKE = _l("Intake")
SETTINGS = _l("Settings")
