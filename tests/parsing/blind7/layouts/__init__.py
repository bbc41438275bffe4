"""The seventh blind set's layouts, one module per designer."""

from __future__ import annotations

from ..bill import Layout
from . import (
    be_bilingue,
    es_aceites,
    fr_aide_domicile,
    fr_demenagement,
    fr_hopital,
    fr_infogerance,
    fr_location,
    fr_paysagiste,
    fr_soutien,
    ie_catering,
    it_ceramiche,
    uk_cottages,
)

LAYOUTS = (
    Layout("fr_soutien", "FR", "fpdf2", fr_soutien.draw),
    Layout("fr_hopital", "FR", "reportlab", fr_hopital.draw),
    Layout("fr_infogerance", "FR", "fpdf2", fr_infogerance.draw),
    Layout("be_bilingue", "BE", "reportlab", be_bilingue.draw),
    Layout("ie_catering", "IE", "fpdf2", ie_catering.draw),
    Layout("uk_cottages", "GB", "reportlab", uk_cottages.draw),
    Layout("it_ceramiche", "IT", "fpdf2", it_ceramiche.draw),
    Layout("es_aceites", "ES", "reportlab", es_aceites.draw),
    Layout("fr_demenagement", "FR", "fpdf2", fr_demenagement.draw),
    Layout("fr_paysagiste", "FR", "reportlab", fr_paysagiste.draw),
    Layout("fr_location", "FR", "reportlab", fr_location.draw),
    Layout("fr_aide_domicile", "FR", "fpdf2", fr_aide_domicile.draw),
)
