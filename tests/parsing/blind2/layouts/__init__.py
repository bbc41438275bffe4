"""The second blind set's issuer layouts, one module each."""

from __future__ import annotations

from . import (
    be_fiduciaire,
    ch_cabinet,
    fr_auto_ecole,
    fr_avocat,
    fr_creche,
    fr_garage,
    fr_micro,
    fr_plombier,
    fr_saas,
    fr_syndic,
    fr_veto,
    uk_merchant,
    us_print,
)
from .base import Layout

LAYOUTS: tuple[Layout, ...] = tuple(
    module.LAYOUT
    for module in (
        fr_syndic,
        fr_avocat,
        fr_auto_ecole,
        fr_saas,
        fr_micro,
        fr_garage,
        fr_creche,
        fr_veto,
        fr_plombier,
        be_fiduciaire,
        ch_cabinet,
        uk_merchant,
        us_print,
    )
)
