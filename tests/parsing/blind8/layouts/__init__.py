"""The eighth set's issuer layouts, each drawn as its own designer would."""

from __future__ import annotations

from tests.parsing.blind7.bill import Layout

from . import (
    at_hotel,
    ch_zurich,
    de_versand,
    fr_agence_voyage,
    fr_ambulance,
    fr_dentiste,
    fr_eau,
    fr_expert_comptable,
    fr_location_auto,
    fr_pension_equine,
    nl_studio,
    pt_cortica,
    us_saas,
)

LAYOUTS: tuple[Layout, ...] = (
    pt_cortica.LAYOUT,
    nl_studio.LAYOUT,
    us_saas.LAYOUT,
    fr_dentiste.LAYOUT,
    fr_expert_comptable.LAYOUT,
    fr_ambulance.LAYOUT,
    fr_agence_voyage.LAYOUT,
    fr_pension_equine.LAYOUT,
    at_hotel.LAYOUT,
    fr_eau.LAYOUT,
    fr_location_auto.LAYOUT,
    ch_zurich.LAYOUT,
    de_versand.LAYOUT,
)
