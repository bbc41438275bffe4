"""The fifth blind set's layouts, one designer each."""

from __future__ import annotations

from . import (
    be_hopital,
    ch_electricien,
    de_verlag,
    fr_ecole,
    fr_ehpad,
    fr_fournitures,
    fr_telecom,
    fr_traiteur,
    uk_letting,
    us_lawfirm,
)
from .base import Layout

LAYOUTS: tuple[Layout, ...] = (
    ch_electricien.LAYOUT,
    us_lawfirm.LAYOUT,
    uk_letting.LAYOUT,
    be_hopital.LAYOUT,
    fr_ehpad.LAYOUT,
    fr_ecole.LAYOUT,
    fr_fournitures.LAYOUT,
    de_verlag.LAYOUT,
    fr_traiteur.LAYOUT,
    fr_telecom.LAYOUT,
)
