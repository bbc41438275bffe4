"""What a document calls itself: its title, read as a kind of document.

Professions and trades bill under their own titles (a lawyer's "Note d'honoraires", a
commissaire de justice's "État de frais", a craftsman's "Mémoire", a syndic's "Appel de
fonds", an insurer's "Quittance de prime", a solicitor's "Fee note", a "Statement of account")
and number them by that title ("ÉTAT DE FRAIS N° EF26-1953", "Avis n°", "Fee note no.",
"Statement No."). Other documents look like invoices and ask for no payment, or not now, or
not for the first time: a quote, a pro-forma, an order, a delivery note, a receipt, a reminder
letter. The title is the largest such phrase starting a cell in the first page's upper part,
or a letter's subject line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from parsing.pdf import Cell, Page

_I = re.IGNORECASE
_OF = (
    r"(?:\s+(?:de\s+(?:la\s+|l['’]\s*)?|des\s+|du\s+|d['’]\s*|of\s+(?:the\s+)?"
    r"|et\s+(?:d['’]\s*)?))?"
)
# Bills under a title of their own: the word that also labels the number (`head`), and what
# must follow it to make a title ("Relevé d'honoraires", not "Relevé de compteur"), if anything.
_HEADS = {
    "note": rf"{_OF}(?:honoraires|frais(?:\s+et\s+(?:d['’]\s*)?honoraires)?|d[ée]bit)",
    "etat": rf"{_OF}(?:frais|honoraires|d[ée]pens)",
    "memoire": rf"(?:{_OF}(?:travaux|honoraires|frais))?",
    "releve": rf"{_OF}(?:honoraires|frais|prestations)",
    "decompte": rf"(?:{_OF}(?:frais|honoraires|charges|travaux|prestations))?",
    "avis": rf"{_OF}(?:[ée]ch[ée]ance|paiement|cotisation|pr[ée]l[èe]vement)",
    "appel": rf"{_OF}(?:fonds|cotisations?|charges|loyers?|provisions?)",
    "honoraire": "",
    "quittance": rf"(?!{_OF}loyer)(?:{_OF}(?:prime|cotisation))?",
    "situation": rf"{_OF}travaux",
    "fee note": "",
    "statement": "",
    "debit note": "",
    "bill": "",
    "honorarnote": "",
    "kostennote": "",
    "ereloonnota": "",
    "kostennota": "",
}
_BILL_TITLE = re.compile(
    r"^\s*(?:(?:objet|subject|concerne|betreff|re)\s*:\s*)?(?P<head>notes?|[ée]tats?|m[ée]moires?"
    r"|relev[ée]s?|d[ée]comptes?|avis|appels?|quittances?|situations?|fee\s+notes?|statements?"
    r"|debit\s+notes?|bills?|honoraires|honorarnote|kostennote|ereloonnota|kostennota)"
    r"(?P<rest>.*)$",
    _I,
)
# Look-alikes of an invoice that are none: a quote, a pro-forma, an order, a delivery note, a
# receipt (a landlord's "quittance de loyer" says the rent was paid), a reminder or formal
# notice about an invoice already sent.
_NOT_BILL = re.compile(
    r"^\s*(?:(?:objet|subject|betreff|re)\s*:\s*)?(?:(?:\d+\s*(?:e|[èe]me|er|re|nd|rd|th)\s+)?"
    r"(?:devis|pro[\s-]?forma|(?:facture|invoice)\s+pro[\s-]?forma|bons?\s+de\s+(?:commande"
    r"|livraison)|bordereau\s+de\s+livraison|confirmation\s+de\s+commande|accus[ée]\s+de"
    r"\s+r[ée]ception\s+de\s+commande|offre\s+de\s+prix|proposition\s+commerciale"
    r"|estimation|quotation|quote|estimate|purchase\s+order|order\s+confirmation|delivery\s+note"
    r"|packing\s+(?:slip|list)|angebot|kostenvoranschlag|lieferschein|auftragsbest[äa]tigung"
    r"|offerte|leveringsbon|bestelbon|quittance\s+de\s+loyer|re[çc]u(?!\s+le\b)"
    r"|(?:payment\s+)?receipt|quittung|relance|rappel(?:\s+de\s+(?:paiement|facture|r[èe]glement))?"
    r"|lettre\s+de\s+relance|mise\s+en\s+demeure|(?:payment\s+)?reminder|final\s+(?:demand|notice)"
    r"|letter\s+before\s+action|mahnung|zahlungserinnerung|herinnering|aanmaning))(?=\W|$)",
    _I,
)
_INVOICE = re.compile(
    r"^\s*(?:(?:objet|subject|betreff|re)\s*:\s*)?(?:facture|invoice|tax\s+invoice|rechnung"
    r"|factuur|fattura|factura|fatura(?:-recibo)?|avoir|credit\s+note|gutschrift)(?=\W|$)",
    _I,
)
_SUBJECT = re.compile(r"^\s*(?:objet|subject|betreff|re)\s*:", _I)
_PRO_FORMA = re.compile(r"pro[\s-]?forma", _I)
_NO = r"(?:n[°ºo˚]\s*\.?|no\.?|nr\.?|num[ée]ro|number|#)"
# Words between a title and its "N°" that make the number someone else's ("Décompte du
# dossier n°", "Statement of account no.").
_OTHERS = (
    r"(?!(?:dossier|affaire|client|commande|contrat|lot|lots|acte|march[ée]|mandat|police|chantier"
    r"|compte|account|matter|order|case|claim|r[ée]f|adh[ée]rent|copropri|locataire|bail"
    r"|immeuble|tva|vat|siret|siren|rcs|customer|member)\b)"
)


@dataclass(frozen=True)
class Title:
    text: str
    head: str | None  # the word naming a bill's number ("avis", "fee note"); None: an invoice
    bill: bool  # False: a quote, an order, a delivery note, a reminder…


def title(pages: list[Page]) -> Title | None:
    """The document's title: the largest cell of the first page's upper part that starts with
    a kind of document. A look-alike's must stand out from the text (or be a letter's subject
    line), and on a tie an invoice's or a bill's title wins (an invoice prints "Devis n°" or
    "Lieferschein-Nr" among its references)."""
    if not pages:
        return None
    page = pages[0]
    body = median(cell.size for line in page.lines for cell in line.cells) if page.lines else 0
    best: tuple[float, int, Title] | None = None
    for line in page.lines:
        if page.height and line.y > page.height * 0.6:
            break
        for cell in line.cells:
            found = _kind(cell)
            if found is None:
                continue
            # a look-alike's word at the size of the text is a label ("Lieferschein-Nr"):
            # titles stand out, but for a letter's subject line
            if not found.bill and cell.size < 1.15 * body and not _SUBJECT.match(cell.text):
                continue
            rank = (cell.size, int(found.bill))
            if best is None or rank > best[:2]:
                best = (*rank, found)
    return best[2] if best else None


def _kind(cell: Cell) -> Title | None:
    text = cell.text
    if _NOT_BILL.match(text) or (_INVOICE.match(text) and _PRO_FORMA.search(text)):
        return Title(text, None, bill=False)
    if _INVOICE.match(text):
        return Title(text, None, bill=True)
    match = _BILL_TITLE.match(text)
    if match is None:
        return None
    head = _plain(match.group("head"))
    if not re.match(rf"{_HEADS[head]}(?=\W|$)", match.group("rest"), _I):
        return None
    return Title(text, head, bill=True)


def _plain(word: str) -> str:
    """The head word without accents, case, plural or doubled spaces."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    single = re.sub(r"\s+", " ", bare)
    return single if single.endswith(("avis", "ereloonnota", "kostennota")) else single.rstrip("s")


@lru_cache(maxsize=64)
def number_label(head: str) -> re.Pattern[str]:
    """The labels of a bill's number named by its title's word: "Avis n°", "Fee note no.",
    "ÉTAT DE FRAIS N°", "Appel de fonds n°", "N° d'avis", "Numéro de la note", or the word
    alone before a colon ("Fee note: FN92453")."""
    word = _word(head)
    return re.compile(
        rf"(?:{word}s?(?:\s+{_OTHERS}[\w'’-]+){{0,4}}?\s*{_NO}|{word}(?=\s*:)"
        rf"|{_NO}\s*(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|of\s+(?:the\s+)?)?{word}"
        rf"(?:\s*(?:d['’]|de|des|du|of|et)\s*[^\W\d]+)*)(?=\W|$)",
        _I,
    )


@lru_cache(maxsize=64)
def date_label(head: str) -> re.Pattern[str]:
    """The label of a bill's date named by its title's word: "Statement date", "Date de l'avis",
    "Date of the fee note" (on an invoice a statement's date is another document's)."""
    word = _word(head)
    return re.compile(
        rf"(?:{word}\s+date|date\s+(?:of\s+(?:the\s+|this\s+)?|de\s+(?:la\s+|l['’]\s*)?|d['’]\s*"
        rf"|du\s+){word})(?=\W|$)",
        _I,
    )


def _word(head: str) -> str:
    return r"\s+".join("".join(map(_letter, part)) for part in head.split())


def _letter(ch: str) -> str:
    return "[eéèê]" if ch == "e" else re.escape(ch)


def not_a_bill(pages: list[Page]) -> str | None:
    """The problem to name when the title says the document asks for no payment (yet)."""
    found = title(pages)
    if found is None or found.bill:
        return None
    return f"not an invoice: titled {found.text[:60]!r}"
