"""Whether the debtor's name read is the one who pays: a page about someone else (the patient, the
passenger, the guest, the driver, the pupil, the resident, the one who receives care) often
prints that person's name as plainly as the payer's. A name printed after such a role label, or
a block headed by one, may be that other person: a reminder addressed to the patient instead of
the payer costs the creditor a client, so a person looks (issue 12)."""

from __future__ import annotations

import re

from parsing.layout.seller import Seller
from parsing.pdf import Cell, Page

# The role of a person an invoice is about, who is not always the one who pays (French,
# English, German, Dutch, Portuguese).
_ROLE = re.compile(
    r"(?:patient(?:e|in)?|pati[ëe]nt(?:e)?|paciente|utente|behandelte\s+person|versicherte[rn]?"
    r"|b[ée]n[ée]ficiaire|beneficiary|personne\s+(?:transport[ée]e|aid[ée]e|accompagn[ée]e)"
    r"|passag(?:er|[èe]re|ier|iers)|passengers?|voyageurs?|travell?ers?|reisende[rn]?|reiziger"
    r"|participants?|teilnehmer(?:in)?|conduct(?:eur|rice)|drivers?|fahrer(?:in)?|bestuurder"
    r"|chauffeur|gast|g[äa]ste|guests?|h[ôo]te|r[ée]sident(?:e)?|residents?|bewohner(?:in)?"
    r"|bewoner|occupant(?:e)?|[ée]l[èe]ve|pupil|student|sch[üu]ler(?:in)?|leerling|aluno|aluna"
    r"|enfant|child|kind|cavali(?:er|[èe]re)|rider|reiter(?:in)?|ruiter"
    # an animal in someone's care: a horse at livery, a pet at the vet's
    r"|cheval|poney|jument|horse|pony|pferd|paard|chien|chat|dog|hund|animal)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+")
# Legal forms and their letters ("S.A.", "e.K.", "B.V."): no part of who a company is.
_LEGAL_FORMS = frozenset(
    re.split(
        r"\s+",
        "sarl sas sasu eurl sa sci scp snc selarl sàrl ag gmbh kg ohg ug mbh mbb co e k eu og"
        " ltd llc inc corp plc llp bv b v nv vof lda unipessoal s a l",
    )
)
# A line naming another person by role ("Patient : Emily Smith", "Gast - Mr. Brown").
# The role and the words a label prints around it: "Nom du patient", "Conducteur principal",
# "Patient name", "Name des Gastes".
_NAME_OF = r"(?:(?:nom|name|naam|nome)\s+(?:d[eou]s?|of|der|des)?\s*(?:l[ae]\s+|the\s+)?)?"
_QUALIFIER = (
    r"(?:\s*\(s\))?(?:\s+(?:principal(?:e)?|secondaire|additionnel(?:le)?|main|additional|name"
    r"|nom|naam|nome|\d))?"
)
PERSON_CONCERNED = re.compile(
    rf"^\s*{_NAME_OF}(?P<role>{_ROLE.pattern}){_QUALIFIER}\s*[:–-]\s*(?=\S)", re.I
)
_HEADING = re.compile(
    rf"\s*{_NAME_OF}(?P<role>{_ROLE.pattern}){_QUALIFIER}"
    r"(?:\s+(?:details|information|gegevens|daten|dados))?\s*:?\s*",
    re.I,
)


def name_doubts(page: Page, block: tuple[Cell, ...], name: str | None) -> list[str]:
    """The doubt when the name read is printed after another person's role ("Patient : Emily
    Smith") or under a heading naming one ("Gast", "Passagier" over the block)."""
    if not name:
        return []
    labelled = PERSON_CONCERNED.match(name)
    if labelled and len(name) > labelled.end():
        return [f"debtor.name: {name!r} is labelled {labelled['role']!r}, a person the invoice is "
                "about who may not be who pays"]  # fmt: skip
    heading = _heading(page, block)
    if heading:
        return [f"debtor.name: {name!r} is under the heading {heading!r}, a person the invoice "
                "is about who may not be who pays"]  # fmt: skip
    return []


def _heading(page: Page, block: tuple[Cell, ...]) -> str | None:
    """A role heading on the block's first line or just over it, at the block's left edge."""
    if not block:
        return None
    top = block[0]
    if _HEADING.fullmatch(top.text):
        return top.text.strip()
    near = [
        cell
        for line in page.lines
        for cell in line.cells
        # over the first line at its left edge, or before it on its line (a label column)
        if (top.y - 2.6 * top.size <= line.y < top.y - 0.5 * top.size
            and abs(cell.x0 - top.x0) <= 2 * top.size)
        or (line.y == top.y and 0 <= top.x0 - cell.x1 < 8 * top.size)
    ]  # fmt: skip
    return next((c.text.strip() for c in reversed(near) if _HEADING.fullmatch(c.text)), None)


# Where a name wrapped onto the next line shows it: the line ends with a word that needs one
# after it ("Syndicat des Copropriétaires de la"), or the next starts with a lower-case particle
# ("des Cheminots de Grenoble").
_ENDS_OPEN = re.compile(
    r"(?:^|\s)(?:de|de\s+la|du|des|d['’]|et|and|of|the|für|und|der|die|das|van|von|en|e|do|da"
    r"|dos|la|le|les|l['’]|aux|au|à|&)\s*$",
    re.I,
)
_GOES_ON = re.compile(
    r"(?:(?:de|des|du|et|and|of|für|und|der|van|von|en|do|da|dos|aux|au)\s|d['’](?=\w))"
)
# A form's surname row ("Nom : DUPONT") and its first-name row or cell ("Prénom : Marie").
_SURNAME_LABEL = re.compile(
    r"\s*(?:nom(?:\s+de\s+famille)?|nachname|familienname|surname|last\s+name|family\s+name"
    r"|achternaam|apelido)\s*:\s*",
    re.I,
)
FIRST_NAME = re.compile(
    r"\s*(?:pr[ée]noms?|vorname|first\s+name|given\s+name|voornaam|nome\s+pr[óo]prio"
    r"|primeiro\s+nome)\s*:?\s*(?P<value>.*)",
    re.I,
)


def wrapped_name(lines: list[str]) -> list[str]:
    """The block's lines with a name wrapped over its first lines joined, one line at a time
    while the name so far ends open or the next line goes on with a particle, that line is no
    street nor locality, and two lines stay for the address (a long name wraps twice in a
    narrow window: "Communauté de Communes de la" / "Vallée de Saint-Amarin et du" /
    "Florival")."""
    while (
        len(lines) >= 3
        and not any(ch.isdigit() for ch in lines[1])
        and (_ENDS_OPEN.search(lines[0]) or _goes_on(lines[1]))
    ):
        lines = [f"{lines[0].strip()} {lines[1].strip()}", *lines[2:]]
    return lines


def _goes_on(line: str) -> bool:
    """Whether `line` starts with a particle: lower-case, or in capitals on a line printed in
    capitals ("D'AUVERGNE", "DE LA RÉSIDENCE": a name in capitals wraps the same way)."""
    return bool(_GOES_ON.match(line) or (line.isupper() and _GOES_ON.match(line.lower())))


def with_first_name(page: Page, block: tuple[Cell, ...], name: str | None) -> str | None:
    """A form's surname (``Nom : DUPONT``) with the first name printed in its own row or cell
    beside or under it (``Prénom : Marie``), written as a person writes it: ``Marie DUPONT``."""
    if not name or not block:
        return name
    top = block[0]
    line = next((line for line in page.lines if line.y == top.y), None)
    if line is None:
        return name
    before = [cell for cell in line.cells if cell.x1 <= top.x0]
    if not (
        _SURNAME_LABEL.match(top.text) or (before and _SURNAME_LABEL.fullmatch(before[-1].text))
    ):
        return name
    near = [
        cells
        for other in page.lines
        if other.y == top.y or 0 < other.y - top.y <= 2.2 * top.size
        for cells in [other.cells]
    ]
    for cells in near:
        for index, cell in enumerate(cells):
            found = FIRST_NAME.fullmatch(cell.text)
            if not found:
                continue
            value = found["value"].strip() or (
                cells[index + 1].text.strip() if index + 1 < len(cells) else ""
            )
            if value and value.casefold() not in name.casefold():
                return f"{value} {name}"
    return name


def is_issuers_name(name: str, seller: Seller) -> bool:
    """Whether the name is the issuer's, its legal form and punctuation aside ("Valley Ambulance
    Services" for "Valley Ambulance Services Inc."): the issuer's name at its letterhead, or a
    line of its own details."""
    mine = _core(name)
    if len(mine) < 2:
        return False
    return any(_core(line) == mine for line in (*seller.names, *seller.text.splitlines()))


def _core(text: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(text.casefold()) if w not in _LEGAL_FORMS)
