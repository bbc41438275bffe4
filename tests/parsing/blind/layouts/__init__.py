"""The issuer layouts of the blind set, each written as a different designer would."""

from __future__ import annotations

from . import (
    be_imprimerie,
    ch_qr,
    din_en,
    din_fr,
    fr_artisan,
    fr_energie,
    fr_grossiste,
    fr_logiciel,
    fr_optique,
    fr_sap,
    uk_agency,
    uk_joinery,
    us_landscaping,
    us_supply,
)
from .common import Layout

LAYOUTS: tuple[Layout, ...] = (
    fr_artisan.LAYOUT,
    fr_sap.LAYOUT,
    fr_energie.LAYOUT,
    fr_logiciel.LAYOUT,
    fr_grossiste.LAYOUT,
    fr_optique.LAYOUT,
    be_imprimerie.LAYOUT,
    ch_qr.LAYOUT,
    uk_joinery.LAYOUT,
    uk_agency.LAYOUT,
    us_landscaping.LAYOUT,
    us_supply.LAYOUT,
    din_fr.LAYOUT,
    din_en.LAYOUT,
)
