"""The sixth blind set's layouts, one designer each."""

from __future__ import annotations

from . import (
    be_architecte,
    ch_regie,
    fr_avis_loyer,
    fr_club_voile,
    fr_geometre,
    fr_gpe_clim,
    fr_obseques,
    fr_renovation,
    fr_sap_reunion,
    lu_fee_note,
    uk_garden,
    us_hoa,
)
from .base import Layout

LAYOUTS: tuple[Layout, ...] = (
    fr_geometre.LAYOUT,
    fr_renovation.LAYOUT,
    fr_sap_reunion.LAYOUT,
    fr_obseques.LAYOUT,
    fr_club_voile.LAYOUT,
    fr_gpe_clim.LAYOUT,
    fr_avis_loyer.LAYOUT,
    uk_garden.LAYOUT,
    us_hoa.LAYOUT,
    be_architecte.LAYOUT,
    ch_regie.LAYOUT,
    lu_fee_note.LAYOUT,
)
