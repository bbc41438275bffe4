"""The tenth set's issuers, one module per designer."""

from __future__ import annotations

from tests.parsing.blind7.bill import Layout

from . import (
    be_notaire,
    ch_dentiste,
    de_menuisier_alsace,
    fr_ameublement,
    fr_camping,
    fr_club_judo,
    fr_ecole_musique,
    fr_infra_cloud,
    lu_menuiserie,
    qc_gestion_locative,
    uk_surveyor,
    us_dental_lab,
)

LAYOUTS: tuple[Layout, ...] = (
    fr_infra_cloud.LAYOUT,
    fr_club_judo.LAYOUT,
    fr_camping.LAYOUT,
    fr_ameublement.LAYOUT,
    fr_ecole_musique.LAYOUT,
    de_menuisier_alsace.LAYOUT,
    be_notaire.LAYOUT,
    lu_menuiserie.LAYOUT,
    ch_dentiste.LAYOUT,
    uk_surveyor.LAYOUT,
    us_dental_lab.LAYOUT,
    qc_gestion_locative.LAYOUT,
)
