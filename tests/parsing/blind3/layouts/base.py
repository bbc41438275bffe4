"""What every layout of this set provides, and the address block they all print."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tests.parsing.blind.model import Invoice, Party

from ..idioms import cents
from ..press import Press

COUNTRY_LINES = {
    "FR": "FRANCE",
    "BE": "BELGIQUE",
    "LU": "LUXEMBOURG",
    "DE": "ALLEMAGNE",
    "US": "USA",
    "CA": "CANADA",
}


class Layout:
    key: str = ""
    country: str = ""
    producer: str = "reportlab"
    seeds: int = 20
    batch_sizes: tuple[int, ...] = (1,)

    def invoice(self, rng: random.Random, seed: int) -> Invoice:
        raise NotImplementedError

    def draw(self, press: Press, inv: Invoice) -> None:
        raise NotImplementedError


def address(party: Party, home: str, upper_city: bool = False) -> list[str]:
    """The debtor's block as a French-speaking form prints it, country line when abroad."""
    lines = [party.name]
    if party.attention:
        lines.append(party.attention)
    lines += list(party.street)
    if party.box:
        lines.append(party.box)
    city = party.city.upper() if upper_city else party.city
    lines.append(f"{party.postcode} {city}" + (f" {party.cedex}" if party.cedex else ""))
    if party.country != home:
        lines.append(COUNTRY_LINES[party.country])
    return lines


def issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 320))


def price(rng: random.Random, low: int, high: int) -> Decimal:
    return cents(Decimal(rng.randint(low * 100, high * 100)) / 100)
