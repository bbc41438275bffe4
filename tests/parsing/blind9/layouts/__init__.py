"""The ninth set's issuers, one module per designer."""

from __future__ import annotations

from tests.parsing.blind7.bill import Layout

from . import (
    be_toiture,
    ch_garage,
    fr_aide_seniors,
    fr_auto_ecole,
    fr_avocats,
    fr_chauffagiste,
    fr_negoce,
    fr_periscolaire,
    fr_pompes_funebres,
    fr_syndic_fonds,
    fr_veterinaire,
    lu_nettoyage,
    qc_deneigement,
    uk_kennels,
    us_hvac,
)

LAYOUTS: tuple[Layout, ...] = (
    fr_aide_seniors.LAYOUT,
    fr_chauffagiste.LAYOUT,
    fr_avocats.LAYOUT,
    fr_veterinaire.LAYOUT,
    fr_periscolaire.LAYOUT,
    fr_syndic_fonds.LAYOUT,
    fr_auto_ecole.LAYOUT,
    fr_pompes_funebres.LAYOUT,
    fr_negoce.LAYOUT,
    lu_nettoyage.LAYOUT,
    uk_kennels.LAYOUT,
    us_hvac.LAYOUT,
    be_toiture.LAYOUT,
    ch_garage.LAYOUT,
    qc_deneigement.LAYOUT,
)
