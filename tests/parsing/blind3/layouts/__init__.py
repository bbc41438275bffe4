"""This set's issuer layouts, in the order the generator draws them."""

from __future__ import annotations

from .base import Layout
from .ca_quebec import CaQuebec
from .fr_caviste import FrCaviste
from .fr_electricien import FrElectricien
from .fr_formation import FrFormation
from .fr_hotel import FrHotel
from .fr_nettoyage import FrNettoyage
from .fr_regie import FrRegie
from .fr_transport import FrTransport
from .lu_fiduciaire import LuFiduciaire
from .us_photo import UsPhoto

LAYOUTS: tuple[Layout, ...] = (
    FrElectricien(),
    FrHotel(),
    FrFormation(),
    FrNettoyage(),
    FrRegie(),
    FrCaviste(),
    LuFiduciaire(),
    CaQuebec(),
    FrTransport(),
    UsPhoto(),
)
