"""The labels invoices print before their values, and finding the value a label points at.

A value sits after its label in the same cell ("Facture N° F-12"), in the next cell of the line
("Total TTC   671,15 €"), or under it (a table header with the values in the row below).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from parsing.pdf import Cell, Page

T = TypeVar("T")

_I = re.IGNORECASE
_NO = r"(?:n[°ºo˚]\s*\.?|num[ée]ro|number|num\.?|no\.?|nr\.?|nummer|#|id|r[ée]f(?:[ée]rence)?\.?)"
NUMBER = re.compile(
    rf"(?:{_NO}\s*(?:de\s+(?:la\s+)?|d['’]\s*)?(?:facture|avoir|invoice|credit\s+note)"
    rf"|(?:facture|avoir|invoice|credit\s+note|tax\s+invoice|note\s+de\s+cr[ée]dit"
    rf"|(?:handels)?rechnung|gutschrift)(?:\s*\(\d+\))?(?:\s*-?\s*{_NO})?"
    r"|rechnungs-?\s*(?:nummer|nr\.?)|belegnummer|invoice\s+id)(?=\W|$)",
    _I,
)
ISSUE_DATE = re.compile(
    r"(?:date\s+(?:de\s+(?:la\s+)?facture|de\s+facturation|d['’]\s*[ée]mission|facture|of\s+invoice"
    r"|of\s+issue|d['’]\s*[ée]dition)|invoice\s+date|issue\s+date|issued?(?:\s+(?:on|at))?"
    r"|[ée]mise?\s+le|fait\s+le|rechnungsdatum|belegdatum|datum|dated?"
    r"(?!\s*(?:d['’]\s*[ée]ch[ée]ance|limite|de\s+(?:livraison|commande|paiement|r[èe]glement"
    r"|prestation|d[ée]but|fin|valeur|vente|exp[ée]dition)|of\s+(?:supply|delivery|order|payment"
    r"|service)|due|d['’]\s*exigibilit)))(?=\W|$)",
    _I,
)
DUE_DATE = re.compile(
    r"(?:(?:date\s+d['’]\s*)?[ée]ch[ée]ance|date\s+limite(?:\s+de\s+(?:paiement|r[èe]glement))?"
    r"|[àa]\s+(?:r[ée]gler|payer)\s+(?:avant\s+le|le|au\s+plus\s+tard\s+le|avant|pour\s+le)"
    r"|payable\s+(?:avant\s+le|le|au\s+plus\s+tard\s+le|by|before|on)|due\s+date|payment\s+due"
    r"(?:\s+date)?|due(?:\s+(?:on|by))?|pay\s+by|please\s+(?:pay|remit)\s+(?:by|until|before)"
    r"|f[äa]llig(?:keitsdatum|\s+am)?|zahlbar\s+bis|zahlungsziel)(?=\W|$)",
    _I,
)
TERMS = re.compile(
    r"(?:conditions?\s+de\s+(?:paiement|r[èe]glement)|modalit[ée]s?\s+de\s+(?:paiement|r[èe]glement)"
    r"|(?:mode\s+de\s+)?r[èe]glement|paiement|payment\s+terms?|terms(?:\s+of\s+payment)?"
    r"|zahlungsbedingungen|zahlungsziel|payable|zahlbar)(?=\W|$)",
    _I,
)
TOTAL_DUE = re.compile(
    r"(?:net\s+[àa]\s+payer|reste\s+[àa]\s+(?:payer|r[ée]gler)|solde\s+(?:[àa]\s+payer|d[ûu]|restant)"
    r"|montant\s+(?:restant\s+)?(?:d[ûu]|[àa]\s+payer|[àa]\s+r[ée]gler|net\s+[àa]\s+payer)"
    r"|total\s+[àa]\s+(?:payer|r[ée]gler)|(?:total|amount|balance)\s+(?:due|payable|to\s+pay)"
    r"|due\s+payable|balance|zahlbetrag|f[äa]lliger\s+betrag|offener\s+betrag|restbetrag"
    r"|(?:noch\s+)?zu\s+zahlen)(?=\W|$)",
    _I,
)
TOTAL = re.compile(
    r"(?:total\s+t\.?t\.?c\.?|montant\s+t\.?t\.?c\.?|total\s+\(\s*ttc\s*\)|grand\s+total"
    r"|total\s+(?:amount|incl\.?|including|toutes\s+taxes(?:\s+comprises)?|tax\s+incl\.?)"
    r"|(?:invoice|gross)\s+total|total\s+invoice|gesamtbetrag|rechnungsbetrag|bruttobetrag|endbetrag"
    r"|gesamtsumme|rechnungssumme\s+brutto|total(?:\s+(?:eur|€))?:?(?!\s*(?:h\.?t|hors|net|tva|t\.v"
    r"|tax|vat|des|excl|before|sub|remise|discount|acompte|pay[ée]|d[ée]j|\(\s*ht)|[\w-]))(?=\W|$)",
    _I,
)
NET = re.compile(
    r"(?:total\s+h\.?t\.?|montant\s+h\.?t\.?|total\s+hors\s+taxes?|sous-?\s*total|sub-?\s*total"
    r"|total\s+net|net\s+total|total\s+excl\.?|net\s+amount|nettobetrag|rechnungssumme\s+netto"
    r"|summe\s+netto|gesamt\s+netto|total\s+\(\s*ht\s*\))(?=\W|$)",
    _I,
)
VAT = re.compile(
    r"(?:total\s+)?(?:t\.?v\.?a\.?|taxes?|vat|mwst\.?|umsatzsteuer|ust\.?)(?:\s+total)?(?=\W|$)", _I
)
DEPOSIT = re.compile(
    r"(?:acompte(?:\s+(?:vers[ée]|r[ée]gl[ée]|pay[ée]|re[çc]u))?|d[ée]j[àa]\s+(?:pay[ée]|r[ée]gl[ée]"
    r"|vers[ée]|per[çc]u)|deposit(?:\s+paid)?|(?:amount\s+)?paid|less\s+deposit|anzahlung"
    r"|bereits\s+(?:bezahlt|gezahlt))(?=\W|$)",
    _I,
)
CUSTOMER_REF = re.compile(
    r"(?:(?:n[°ºo]\.?|num[ée]ro|code|r[ée]f(?:[ée]rence)?\.?|id)\s*(?:de\s+)?client|client\s+(?:n[°ºo]\.?|id|code)"
    r"|customer\s+(?:id|no\.?|number|ref(?:erence)?|code|#)|account\s+(?:no\.?|number)"
    r"|kunden-?\s*(?:nummer|nr\.?))(?=\W|$)",
    _I,
)
ALL_LABELS = (NUMBER, ISSUE_DATE, DUE_DATE, TOTAL_DUE, TOTAL, NET, VAT, DEPOSIT, CUSTOMER_REF)
_SEPARATORS = " \t:.-–—#=|"


def label_at(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The label when `text` starts with it (after bullets or a colon), else None."""
    return pattern.match(text.lstrip(" •*>-–"))


def is_label(text: str) -> bool:
    return any(label_at(text, pattern) for pattern in ALL_LABELS)


def values(
    pages: list[Page], pattern: re.Pattern[str], read: Callable[[str], T | None]
) -> Iterator[tuple[T, Cell]]:
    """Each value `read` finds at a label matching `pattern`, best placed first for each label."""
    for page in pages:
        lines = page.lines
        for row, line in enumerate(lines):
            for column, cell in enumerate(line.cells):
                text = cell.text.lstrip(" •*>-–")
                match = pattern.match(text)
                if not match:
                    continue
                found = _value_near(lines, row, column, text[match.end() :], read)
                if found is not None:
                    yield found, cell


def _value_near(lines, row: int, column: int, rest: str, read: Callable[[str], T | None]):
    rest = rest.strip(_SEPARATORS)
    if rest:
        value = read(rest)
        if value is not None:
            return value
    cell = lines[row].cells[column]
    after = []
    for other in lines[row].cells[column + 1 :]:
        if is_label(other.text):
            break
        after.append(other.text)
    if after:
        value = read("  ".join(after))
        if value is not None:
            return value
    for below in lines[row + 1 : row + 4]:
        if below.y - cell.y > 3.2 * cell.size:
            break
        for other in below.cells:
            if other.x1 < cell.x0 - 2 or other.x0 > cell.x1 + 2 * cell.size:
                continue
            if is_label(other.text):
                return None
            value = read(other.text.strip(_SEPARATORS))
            if value is not None:
                return value
    return None
