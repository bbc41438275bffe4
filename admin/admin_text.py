"""Flask-Admin's own words where its French catalogue reads wrong to staff ("Editer",
"Filtres réinitialisés", "A été enregistrée avec succès."): these come from our catalogues,
the rest from Flask-Admin's."""

from __future__ import annotations

from typing import Any

from flask_admin import babel as admin_babel
from flask_babel import gettext, ngettext

from admin.messages import N_

OURS = frozenset(
    {
        N_("Edit"),
        N_("Edit Record"),
        N_("View Record"),
        N_("Reset Filters"),
        N_("Record was successfully saved."),
        N_("Please select at least one record."),
        N_("Save and Continue Editing"),
        N_("Search"),
        N_("Export"),
        N_("equals"),
        N_("Select all records"),
        N_("Select record"),
        N_("There are no items in the table."),
    }
)


# What Flask-Admin flashes in English from its Python code, shown in the page's language.
FLASHED = frozenset(
    {
        N_("Failed to create record."),
        N_("Failed to save record."),
        N_("Permission denied."),
        N_("Record does not exist."),
        N_("Record was successfully created."),
        N_("Record was successfully saved."),
    }
)


def flashed_text(message: str) -> str:
    return gettext(message) if message in FLASHED else message


def admin_gettext(string: str, **variables: Any) -> str:
    if string in OURS:
        return gettext(string, **variables)
    return admin_babel.gettext(string, **variables)


def admin_ngettext(singular: str, plural: str, num: int, **variables: Any) -> str:
    if singular in OURS:
        return ngettext(singular, plural, num, **variables)
    return admin_babel.ngettext(singular, plural, num, **variables)
