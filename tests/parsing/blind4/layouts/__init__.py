"""The fourth blind set's issuers, one module each."""

from __future__ import annotations

from . import (
    be_syndic,
    ca_ontario,
    de_schreiner,
    fr_abonnement,
    fr_coop,
    fr_kine,
    fr_notaire,
    uk_solicitor,
)
from .base import Layout

LAYOUTS: tuple[Layout, ...] = (
    fr_notaire.LAYOUT,
    fr_kine.LAYOUT,
    fr_coop.LAYOUT,
    fr_abonnement.LAYOUT,
    be_syndic.LAYOUT,
    ca_ontario.LAYOUT,
    uk_solicitor.LAYOUT,
    de_schreiner.LAYOUT,
)
