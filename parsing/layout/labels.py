"""The labels invoices print before their values, and finding the value a label points at.

A value sits after its label in the same cell ("Facture N° F-12"), in the next cell of the line
("Total TTC   671,15 €"), or under it (a table header with the values in the row below).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Generic, TypeVar

from parsing.layout.value_lines import in_aligned_rows, unwrapped
from parsing.pdf import Cell, Line, Page

T = TypeVar("T")

_I = re.IGNORECASE
_RELATED = (
    r"(?!\s*(?:associ|d['’]\s*origine|initiale|pr[ée]c[ée]dente|rectifi|corrig|d['’]\s*acompte))"
)
_NO = (
    r"(?:(?:n\.[°º˚]|n[°ºo˚])\s*\.?|n[uú]m[ée]ro|number|num\.?|no\.?|nr\.?|nummer|#|id"
    r"|r[ée]f(?:[ée]rence)?\.?)"
)
NUMBER = re.compile(
    rf"(?:{_NO}\s*(?:de\s+(?:la\s+)?|d['’]\s*|da\s+|della\s+)?(?:facture|factuur|fatura|fattura"
    r"|factura|fact?\.|avoir|invoice|credit\s+note|credit\s+memo|creditnota)"
    rf"{_RELATED}|(?:inv|doc|fact?)\.\s*{_NO}|(?:inv|doc)\s*{_NO}|bill\s*(?:no\.?|number|#)"
    r"|(?:facture\s+d['’]\s*avoir|facture|factuur|avoir|invoice|inv\.|credit\s+note|tax\s+invoice"
    r"|note\s+de\s+cr[ée]dit|fatura(?:-recibo)?|factura|fattura|credit\s+memo|creditnota"
    r"|nota\s+d[ie]\s+cr[ée]dito"
    # Italian "n." ("Fattura n. 12/2026") only after the document's word
    rf"|(?:handels)?rechnung|gutschrift){_RELATED}(?:\s*\(\d+\))?"
    rf"(?:\s*-?\s*(?:{_NO}|n\.(?=\s|:)))?"
    r"|n\.\s*(?:documento|fattura)|(?:memo|credit)\s*(?:#|no\.|number)"
    r"|(?:rechnungs|beleg|factuur)-?\s*(?:nummer|nr\.?)|(?:re|rg)\.?\s*-?\s*nr\.?|invoice\s+id"
    rf"|{_NO}\s*(?:de\s+|do\s+)?(?:pi[èe]ce|documento?)|(?:pi[èe]ce|documento?)\s*{_NO}"
    r"|(?:n\.[°º˚]|n[°ºo˚]|n[uú]m[ée]ro|number|no\.|documento?)(?=\s*:?\s*$|\s*:)"
    # a Portuguese document type and series before the sequence ("Documento FT A/123")
    r"|documento(?=\s+(?-i:[A-Z]{2,4}\s+[A-Z0-9]{0,8})/\d)"
    r"|n\.?[°º˚]\.?(?=\s*[A-Z]{0,4}[-/]?\d)"
    r"|pi[èe]ce(?=\s*:?\s*$|\s*:)"
    # a sequence number ("N° d'ordre", "N° d'ordre facture"), not an order of payment's
    rf"|{_NO}\s*d['’]\s*ordre(?:\s+(?:de\s+(?:la\s+)?)?facture)?(?!\s*(?:de|du|des|d['’])\s))(?=\W|$)",
    _I,
)
ISSUE_DATE = re.compile(
    rf"(?:date\s+(?:de\s+(?:la\s+)?facture{_RELATED}|de\s+facturation|d['’]\s*[ée]mission|facture|of\s+invoice"
    r"|of\s+issue|d['’]\s*[ée]dition)|invoice\s+date|issue\s+date|issued?(?:\s+(?:on|at))?"
    r"|bill\s+date|date\s+of\s+bill"
    r"|[ée]mise?\s+le|fait\s+le|(?:le|du)(?=\s+\d)|rechnungs-?datum|beleg-?datum|factuurdatum"
    r"|data\s+(?:della\s+|di\s+|da\s+)?fat(?:t)?ura|data\s+d[ie]\s+emiss(?:ione|[ãa]o)"
    r"|fecha\s+(?:de\s+(?:la\s+)?)?(?:factura|emisi[óo]n)|datum|dated?"
    r"(?!\s*(?:(?:d['’]\s*)?[ée]ch[ée]ance|limite|de\s+(?:livraison|commande|paiement|r[èe]glement"
    r"|prestation|d[ée]but|fin|valeur|vente|exp[ée]dition|relev[ée]|devis)|d['’]\s*(?:envoi"
    r"|exp[ée]dition|escompte)|du\s+(?:devis|bon|relev[ée]|mandat)|commande|livraison|devis"
    r"|of\s+(?:supply|delivery|order|payment|service)|due|d['’]\s*exigibilit)))(?=\W|$)",
    _I,
)
DUE_DATE = re.compile(
    r"(?:(?:date\s+(?:d['’]\s*)?)?[ée]ch[ée]ance(?!\s+(?:du\s+|de\s+(?:votre\s+|la\s+|l['’]\s*)?)?"
    r"(?:contrat|abonnement|bail|garantie|pr[êe]t|assurance|engagement))|date\s+limite(?:\s+de\s+(?:paiement|r[èe]glement))?"
    r"|[àa]\s+(?:r[ée]gler|payer)\s+(?:avant\s+le|le|au\s+plus\s+tard\s+le|avant|pour\s+le)"
    r"|paiement\s+(?:au\s+plus\s+tard\s+)?(?:le|avant\s+le)|au\s+plus\s+tard\s+le"
    r"|date\s+de\s+(?:paiement|r[èe]glement)|date\s+d['’]\s*exigibilit[ée]|exigible\s+(?:le|au)"
    r"|date\s+(?:de\s+|du\s+)?pr[ée]l[èe]vement|pr[ée]lev[ée]e?s?\s+(?:le|au)"
    r"|pr[ée]l[èe]vement(?:\s+sepa)?\s+(?:le|du|au|[àa]\s+partir\s+du)"
    r"|(?:direct\s+)?debit\s+date|date\s+of\s+debit|direct\s+debit(?:\s+on)?"
    r"|(?:payable|[àa]\s+payer|[àa]\s+r[ée]gler)\s+jusqu['’]\s*au"
    r"|payable\s+(?:avant\s+le|le|au\s+plus\s+tard\s+le|by|before|on)|due\s+date|payment\s+due"
    r"(?:\s+date)?|due(?:\s+(?:on|by))?|pay\s+by|please\s+(?:pay|remit)\s+(?:by|until|before)"
    r"|f[äa]llig(?:keitsdatum|\s+am)?|zahlbar\s+bis|zahlungsziel|verval(?:datum|dag)"
    r"|uiterste\s+betaaldatum|(?:data\s+(?:di\s+)?)?scadenza|(?:fecha\s+de\s+)?vencimiento"
    r"|(?:data\s+de\s+)?vencimento)(?=\W|$)",
    _I,
)
TERMS = re.compile(
    r"(?:conditions?(?:\s+de\s+(?:paiement|r[èe]glement))?|modalit[ée]s?\s+de\s+(?:paiement|r[èe]glement)"
    r"|(?:mode\s+de\s+)?r[èe]glement|paiement|payment\s+terms?|terms(?:\s+of\s+payment)?"
    r"|zahlungsbedingungen|zahlungsziel|payable|zahlbar)(?=\W|$)",
    _I,
)
TOTAL_DUE = re.compile(
    r"(?:net\s+[àa]\s+payer|reste\s+[àa]\s+(?:payer|r[ée]gler)|(?:reste|total)\s+d[ûu]"
    r"|reste\s+[àa]\s+(?:votre\s+)?charge|(?:montant|total|solde)\s+[àa]\s+votre\s+charge"
    r"|[àa]\s+votre\s+charge|solde\s+[àa]\s+r[ée]gler|(?:amount|total)\s+payable|amount\s+owing"
    r"|somme\s+(?:[àa]\s+payer|due)|[àa]\s+payer(?!\s+(?:avant|le|au|pour|jusqu|sous|par))"
    r"|solde\s+(?:[àa]\s+payer|d[ûu]|restant)"
    r"|montant\s+(?:t\.?t\.?c\.?\s+|total\s+)?(?:restant\s+)?(?:d[ûu]|[àa]\s+payer|[àa]\s+r[ée]gler"
    r"|net\s+[àa]\s+payer)"
    r"|total\s+[àa]\s+(?:payer|r[ée]gler)|(?:total|amount|balance)\s+(?:due|payable|to\s+pay)"
    r"|due\s+payable|balance|residual(?:\s+amount)?|remaining\s+(?:amount|balance)"
    r"|nouveau\s+solde|new\s+balance|total\s+amount\s+(?:due|owing)|solde\s+d[ée]biteur"
    r"|solde\s+en\s+(?:votre\s+d[ée]faveur|notre\s+faveur)"
    r"|outstanding(?:\s+(?:amount|balance))?|zahlbetrag|f[äa]lliger\s+betrag|offener\s+betrag|restbetrag"
    r"|(?:noch\s+)?zu\s+zahlen|montant\s+de\s+l['’]\s*appel(?:\s+de\s+fonds)?"
    r"|prime\s+(?:totale\s+)?(?:t\.?t\.?c\.?\s+)?[àa]\s+payer"
    r"|please\s+pay(?!\s+(?:by|before|until|within|on|to)\b))(?=\W|$)",
    _I,
)
TOTAL = re.compile(
    r"(?:montant\s+(?:de\s+l['’]\s*avoir|de\s+(?:la|votre|cette)\s+facture|factur[ée])"
    r"|total\s+(?:de\s+l['’]\s*)?avoir|credit\s+(?:amount|total)|total\s+credit"
    r"|total\s+t\.?t\.?c\.?|montant\s+(?:total\s+)?t\.?t\.?c\.?(?!\s*[àa]\s)|montant\s+total(?!\s*h)"
    r"|t\.?t\.?c\.?(?=\s*(?:\(\s*(?:eur|€)\s*\))?\s*(?::|$))"
    r"|total\s+\(\s*ttc\s*\)|grand\s+total|(?:total\s+)?tvac|total\s+t\.?v\.?a\.?c\.?"
    r"|total\s+tva\s+comprise"
    r"|total\s+(?:amount|incl\.?|including|toutes\s+taxes(?:\s+comprises)?|tax\s+incl\.?)"
    r"|(?:invoice|gross)\s+total|total\s+invoice|rechnungsbetrag|bruttobetrag|endbetrag"
    r"|gesamtbetrag(?!\s+der\s+(?:zu|ab)schl|\s+der\s+positionen)"
    r"|gesamtsumme|summe\s+gesamt|rechnungssumme\s+brutto"
    r"|total(?:\s+(?:eur|€))?:?(?!\s*(?:h\.?t|hors|net|tva|t\.v|tax|vat|des|excl|before|sub"
    r"|remise|discount|acompte|pay[ée]|d[ée]j|\(\s*ht|due|d[ûu]|[àa]\s+(?:payer|r[ée]gler)|payable"
    r"|owing|outstanding|restant|balance|de\s+l['’]\s*(?:ann[ée]e|exercice)|annuel|cumul"
    r"|year|ytd)|[\w-]))(?=\W|$)",
    _I,
)
NET = re.compile(
    r"(?:total\s+h\.?t\.?(?:v\.?a\.?)?|montant\s+(?:total\s+)?h\.?t\.?|total\s+hors\s+taxes?|sous-?\s*total|sub-?\s*total"
    r"|total\s+net|net\s+total|base\s+h\.?t\.?|total\s+excl\.?|net\s+amount|nettobetrag|rechnungssumme\s+netto"
    r"|summe\s+netto|gesamt\s+netto|total\s+\(\s*ht\s*\)|net(?=\s*:?\s*$)"
    r"|total\s+(?:des\s+)?honoraires\s+h\.?t\.?|total\s+hors\s+t\.?v\.?a\.?|(?:total\s+)?htva)(?=\W|$)",
    _I,
)
VAT = re.compile(
    r"(?:total\s+|montant\s+(?:de\s+(?:la\s+)?)?)?(?:t\.?v\.?a\.?|tax(?:es?)?|vat|mwst\.?|umsatzsteuer"
    r"|ust\.?|(?:[a-z]{2}\s+)?(?:state\s+)?(?:sales|state|local|use)\s+tax"
    r"|[a-z]+\s+(?:county|city)\s+(?:sales\s+)?tax|gst|hst|iva|tps|tvq|tvh|qst|pst)"
    r"(?:\s+total)?(?=\W|$)"
    # a VAT number ("TVA intracom. FR12…", "VAT No. GB123…", "TPS 123456789 RT0001"), not a
    # VAT amount
    r"(?!\s*(?:intra|n[°ºo˚]|no\b|num|reg|id\b|ident|[A-Z]{2}\s?\d{2}\s?\d{3}"
    r"|[A-Z]{2}[\s.-]?\d{2,4}[\s.]\d{3}|che\b"
    r"|\d{5}\s?\d{4}"
    r"|invoice|exempt|free|point))",
    _I,
)
# What was paid, or taken on by someone else, before this bill: deposits, payments already made,
# subsidies and insurers' shares, a credit note deducted. Each is taken off the total.
DEPOSIT = re.compile(
    r"(?:(?:d[ée]duction\s+(?:de\s+l['’]\s*|des?\s+|du\s+)?)?"
    r"acomptes?(?:\s+(?:vers[ée]s?|r[ée]gl[ée]s?|pay[ée]s?|re[çc]us?|factur[ée]s?|d[ée]duits?))?"
    r"|d[ée]j[àa]\s+(?:pay[ée]e?s?|r[ée]gl[ée]e?s?|vers[ée]e?s?|per[çc]ue?s?|pr[ée]lev[ée]e?s?"
    r"|factur[ée]e?s?)|(?:mensualit[ée]s|[ée]ch[ée]ances|pr[ée]l[èe]vements)\s+(?:d[ée]j[àa]\s+)?"
    r"(?:pay[ée]e?s|r[ée]gl[ée]e?s|vers[ée]e?s|pr[ée]lev[ée]e?s|effectu[ée]e?s)"
    r"|provisions?(?:\s+(?:vers[ée]e?s?|sur\s+(?:charges|consommation)|d[ée]j[àa]\s+\w+))?"
    r"|prise\s+en\s+charge|part\s+(?:s[ée]curit[ée]\s+sociale|mutuelle|compl[ée]mentaire|amo|amc"
    r"|ss|r[ée]gime\s+obligatoire)|(?:remboursement\s+)?s[ée]curit[ée]\s+sociale"
    r"|(?:part\s+|remboursement\s+|participation\s+)?mutuelle|participation\s+(?:de\s+la\s+|du\s+)?"
    r"(?:caf|mutuelle|employeur|conseil|d[ée]partement|caisse|carsat|cpam|apa|aide)"
    r"|(?:aide|subvention|allocation)(?:\s+\w+){0,3}|apa|apl|caf|carsat|cpam|cesu\s+pr[ée]financ[ée]"
    r"|avoir\b[^\d€$£]{0,40}?(?:n[°ºo]\s*\S+\s*)?(?:d[ée]duit|imput[ée]|[àa]\s+d[ée]duire)"
    r"|avoir\s+(?:d[ée]duit|imput[ée])|credit\s+note\s+(?:no\.?\s*)?\S+\s+(?:applied|deducted)|deposit(?:\s+(?:paid|received))?|(?:amount\s+)?paid"
    r"|less\s*:?\s+(?:amount\s+)?(?:paid|deposit|payments?(?:\s+received)?|advance(?:\s+payment)?)"
    r"|less\s+deposit|advance\s+payments?(?:\s+(?:received|deducted))?|payments?\s*(?:/|and|&)"
    r"\s*credits?|anzahlung|vorauszahlung|abschlagszahlung(?:en)?"
    r"|(?:less\s*:?\s+)?payments?\s+received|already\s+paid|paid\s+to\s+date"
    r"|bereits\s+(?:bezahlt|gezahlt)|d[ée]p[ôo]ts?\s+(?:re[çc]us?|vers[ée]s?|pay[ée]s?)"
    r"|arrhes(?:\s+(?:vers[ée]es|re[çc]ues|pay[ée]es|r[ée]gl[ée]es))?|retenue\s+de\s+garantie"
    r"|(?:paiements?|r[èe]glements?|versements?)\s+(?:re[çc]us?|effectu[ée]s?)"
    r"|amount\s+received|pay[ée]e?s?|montant\s+(?:d[ée]j[àa]\s+)?(?:pay[ée]|r[ée]gl[ée]|vers[ée])"
    r")(?=\W|$)",
    _I,
)
# The creditor's code for the debtor in its books (customer number or code, account or
# accounting code, debtor or member number); not the debtor's own references (its PO, order or
# "Votre référence"), nor its VAT number.
CUSTOMER_REF = re.compile(
    r"(?:(?:votre\s+|your\s+|ihre\s+|uw\s+|(?:o\s+)?seu\s+|su\s+)?"
    r"(?:(?:n[°ºo]\.?|num[ée]ro|code|r[ée]f(?:[ée]rence)?\.?|id|identifiant)"
    r"\s*(?:de\s+|du\s+)?client|client\s+(?:n[°ºo]\.?|id|code|r[ée]f\.?|number|nr\.?)|c(?:om)?pte\.?\s+(?:client|tiers)"
    r"|code\s+compte|n[°ºo]\.?\s*(?:de\s+)?compte(?:\s+client)?|compte(?=\s*:?\s*$|\s*:|\s+411)"
    r"|customer\s+(?:id|no\.?|number|ref(?:erence)?|code|account(?:\s+(?:no\.?|number))?|#)"
    r"|account\s+(?:no\.?|number|#|id|code)|acct\.?\s*(?:no\.?|#|number|id)"
    r"|cust\.?\s*(?:no\.?|#|id|number)|relatie-?\s*(?:nummer|nr\.?)|c[óo]d\.?\s+cliente"
    r"|kunden?-?\s*(?:nummer|nr\.?|id|konto)|kundennummer|kd\.?-?\s*nr\.?"
    r"|klant(?:en)?-?\s*(?:nummer|nr\.?|id|code)"
    r"|debiteur(?:en)?-?\s*(?:nummer|nr\.?)|(?:codice|c[óo]digo(?:\s+de)?|n[°ºo]\.?\s*(?:de)?)\s+cliente"
    r"|cliente\s+(?:n[°ºo]\.?|id)|code\s+tiers|(?:n[°ºo]\.?|num[ée]ro)\s*(?:de\s+)?tiers(?!\s+payant)"
    r"|(?:n[°ºo]\.?|num[ée]ro|code|id)\s*(?:de\s+|du\s+)?patient|patient\s+(?:n[°ºo]\.?|id|#)"
    r"|guest\s+(?:no\.?|number|id|#)|gast-?\s*(?:nr\.?|nummer)"
    r"|(?:n[°ºo]\.?\s*(?:de\s+)?|num[ée]ro\s+(?:de\s+)?)d[ée]biteur|d[ée]biteur\s+n[°ºo]\.?"
    r"|debitor(?:en)?-?\s*(?:nummer|nr\.?)|(?:n[°ºo]\.?\s*(?:d['’]\s*)?|num[ée]ro\s+d['’]\s*)adh[ée]rent"
    r"|adh[ée]rent\s+n[°ºo]\.?|member(?:ship)?\s+(?:no\.?|number|id|#)|matricule(?!\s+fiscal)"
    r"|(?:n[°ºo]\.?|num[ée]ro|code|r[ée]f(?:[ée]rence)?\.?|compte|identifiant)"
    r"\s*(?:de\s+|du\s+|d['’]\s*)?(?:copropri[ée]taire|propri[ée]taire|locataire|abonn[ée]|soci[ée]taire|famille|adh[ée]rent)"
    r"|(?:copropri[ée]taire|locataire|abonn[ée]|soci[ée]taire)\s+n[°ºo]\.?"
    r"|n[úu]mero\s+(?:de\s+)?cliente|debtor\s+(?:no\.?|number|id|#|account)"
    r"|mandant(?:en)?-?\s*(?:nummer|nr\.?)|(?:cavalier|propri[ée]taire)\s+n[°ºo]\.?))"
    r"(?=\W|$)",
    _I,
)
NUMBER_IN_TITLE = re.compile(
    r"(?:\w*rechnung\w*|facture|factuur|fatura|factura|invoice|gutschrift|avoir|credit\s+note)\b"
    # not across the invoice a credit note refers to ("Avoir sur facture n° F-12")
    r"(?:(?!\b(?:sur|to|against|for|zur|zu|op)\s+(?:la\s+|the\s+)?(?:facture|invoice|rechnung)).){0,60}?"
    r"(?:\bnr\.?|n[°º˚]|\bno\.|#|\bnumber|\bnummer)",
    _I,
)
# A letter's subject line: "Objet : Facture 2026-118 - votre dossier 4471".
NUMBER_IN_SUBJECT = re.compile(
    rf"(?<!\w)(?:objet|subject|concerne|betreff|re)\s*:\s*(?:(?:notre|votre|our|your|ihre)\s+)?"
    rf"(?:facture|invoice|rechnung|factuur|avoir|credit\s+note)(?:\s*{_NO})?(?=\W|$)",
    _I,
)
# The issuer's own reference for the document, its number when nothing else numbers it; not
# "Votre réf." (the debtor's) nor "Réf. client" / "Réf. dossier".
OWN_REFERENCE = re.compile(
    r"(?:(?:notre|nos|our)\s+r[ée]f(?:[ée]rence)?s?\.?|n\s*/\s*r[ée]f\.?|r[ée]f(?:[ée]rence)?\.?"
    r"(?=\s*:?\s*$|\s*:))(?=\W|$)(?!\s*(?:client|customer|dossier|commande|order)\b)",
    _I,
)
SPECIFIC_ISSUE_DATE = re.compile(
    r"date\s+(?:de|d|of)\b|invoice\s+date|issue|[ée]mis|rechnungs|beleg|factuur|data\s+\w+"
    r"|fecha\s+de",
    _I,
)
ALL_LABELS = (NUMBER, ISSUE_DATE, DUE_DATE, TOTAL_DUE, TOTAL, NET, VAT, DEPOSIT, CUSTOMER_REF)
_LEADING = re.compile(r"^(?:[\s:.#=|–—]|-(?=\s))+")


def _trim(text: str) -> str:
    """Text around a value without the label's punctuation (keeping a minus sign)."""
    return _LEADING.sub("", text).rstrip(" \t:#=|–—")


_PAGE_WIDTH = 595.0


def label_at(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The label when `text` starts with it (after bullets or a colon), else None."""
    return pattern.match(text.lstrip(" •*>-–"))


@lru_cache(maxsize=8192)
def is_label(text: str) -> bool:
    return any(label_at(text, pattern) for pattern in ALL_LABELS)


@dataclass(frozen=True)
class Hit(Generic[T]):
    value: T
    cell: Cell
    label: str
    place: str  # "inline" (same cell), "right" (same line), "below", "above" (a caption's)
    gap: float = 0.0  # from the label's end to the value's start, for "right"
    text: str = ""  # the text the value was read from


def values_in_text(
    pages: list[Page], pattern: re.Pattern[str], read: Callable[[str], T | None]
) -> Iterator[Hit[T]]:
    """Values following a label found anywhere in a cell, read on to the end of its line
    (titles: "Rechnung (380) Nr. 12 vom 5.3.2018", letters: "München, den   01.11.2024")."""
    for page in pages:
        for line in page.lines:
            for column, cell in enumerate(line.cells):
                match = pattern.search(cell.text)
                if match:
                    after = [cell.text[match.end() :], *(c.text for c in line.cells[column + 1 :])]
                    value = read(_trim("  ".join(after)))
                    if value is not None:
                        yield Hit(value, cell, match.group(0), "inline", 0.0, cell.text)


def values(
    pages: list[Page], pattern: re.Pattern[str], read: Callable[[str], T | None]
) -> Iterator[Hit[T]]:
    """Each value `read` finds at a label matching `pattern`, in reading order."""
    for page in pages:
        lines = page.lines
        for row, line in enumerate(lines):
            for column, cell in enumerate(line.cells):
                parts = _parts(cell.text)
                for index, part in enumerate(parts):
                    text = part.lstrip(" •*>-–")
                    match = pattern.match(text)
                    if not match:
                        continue
                    rest = text[match.end() :]
                    if index + 1 < len(parts):
                        value = read(_trim(rest))
                        found = (value, "inline", 0.0, rest) if value is not None else None
                    else:
                        found = _value_near(lines, row, column, rest, read)
                        # A label ending a run of other text ("… Company No. 0494917 - VAT")
                        # heads no value below it: the next line is the footer's next line.
                        if found is not None and index > 0 and found[1] == "below":
                            found = None
                    if found is not None:
                        yield Hit(found[0], cell, match.group(0), found[1], found[2], found[3])


# After a value, perhaps a dash or a bar between fields of one line ("Client 4110 — Facture F-12").
_AFTER_VALUE = re.compile(r"(?<=[\d€$)%])\s+(?:[—–|]\s+)?(?=\S)")


@lru_cache(maxsize=8192)
def _parts(text: str) -> tuple[str, ...]:
    """A cell split where a label follows a value in the same run of text
    ("Date : 03/11/2026   Échéance : 03/12/2026" is two label/value pairs)."""
    if len(text) < 12:
        return (text,)
    cuts = [m.end() for m in _AFTER_VALUE.finditer(text) if is_label(text[m.end() :])]
    if not cuts:
        return (text,)
    return tuple(text[a:b] for a, b in pairwise([0, *cuts, len(text)]))


def _column(cells: tuple[Cell, ...], column: int) -> tuple[float, float]:
    """The span a header cell's value may take in the row under it: up to its neighbours (a
    value right-aligned in a wide box starts far right of its label); at either end of the row,
    as wide as the column beside. Used when a row of labels sits over as many values."""
    cell = cells[column]
    if len(cells) < 2:
        return cell.x0, cell.x1
    last = len(cells) - 1
    left = cells[column - 1].x1 if column > 0 else cell.x1 - (cells[1].x1 - cell.x1)
    right = cells[column + 1].x0 if column < last else cell.x0 + (cell.x0 - cells[-2].x0)
    return left, right


def _value_near(
    lines: tuple[Line, ...], row: int, column: int, rest: str, read: Callable[[str], T | None]
) -> tuple[T, str, float, str] | None:
    rest = _trim(rest)
    if rest:
        value = read(rest)
        if value is not None:
            return value, "inline", 0.0, rest
    cell = lines[row].cells[column]
    after = []
    last = cell.x1
    first_x = cell.x1
    for index, other in enumerate(lines[row].cells[column + 1 :], column + 1):
        far = other.x0 - last > 0.5 * _PAGE_WIDTH
        if is_label(other.text) or (far and not in_aligned_rows(lines, row, index)):
            break
        if not after:
            first_x = other.x0
        # a value cut after a dash or slash at the line's end ("FA-2026-" over "00042")
        alone = index + 1 == len(lines[row].cells)
        after.append(unwrapped(lines, row, other) if alone and not after else other.text)
        last = other.x1
    if not after:
        for other_line in lines[row + 1 : row + 2]:
            # a larger value set lower, centred on a small label's row, on a line of its own
            own_row = any(c.x0 <= cell.x1 for c in other_line.cells)
            tall = max((c.size for c in other_line.cells if c.x0 > cell.x1), default=cell.size)
            if abs(other_line.y - cell.y) > 0.7 * (cell.size if own_row else max(cell.size, tall)):
                break
            after = [c.text for c in other_line.cells if c.x0 > cell.x1 and not is_label(c.text)]
            first_x = min((c.x0 for c in other_line.cells if c.x0 > cell.x1), default=cell.x1)
    if after:
        value = read("  ".join(after))
        if value is not None:
            return value, "right", first_x - cell.x1, "  ".join(after)
    left, right = _column(lines[row].cells, column)
    for step, below in enumerate(lines[row + 1 : row + 4]):
        if below.y - cell.y > 3.2 * cell.size:
            break
        paired = len(below.cells) == len(lines[row].cells) > 1
        for index, other in enumerate(below.cells):
            under = not (other.x1 < cell.x0 - 2 or other.x0 > cell.x1 + 2 * cell.size)
            in_column = left - 2 <= other.x0 and other.x1 <= right + 2
            if not (under or (paired and index == column and in_column)):
                continue
            if is_label(other.text):
                return None
            text = unwrapped(lines, row + 1 + step, other)
            value = read(_trim(text))
            if value is not None:
                return value, "below", 0.0, text
    return None
