"""The debtor's block (name, address, email, phone) told apart from the seller's own details.

Labelled blocks ("Client", "Facturé à", "Bill to"…) are read under their label; otherwise the
address block in the window-envelope position (upper right of the first page) is taken. Lines
carrying the seller's legal identifiers, and the header/footer blocks holding them, are never
read as the debtor's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsing.contact import EMAIL, find_email
from parsing.layout.address import (
    block_holds_locality,
    holds_locality,
    is_locality,
    starts_no_block,
    whole_address,
)
from parsing.layout.address_apart import address_apart
from parsing.layout.contact_cells import mend
from parsing.layout.contact_fields import contact_fields
from parsing.layout.debtor_contacts import (
    OTHER_BLOCK,
    contact_lines,
    contacts_beside,
    phone_in,
)
from parsing.layout.debtor_lines import ATTENTION, address_lines, read_debtor
from parsing.layout.debtor_name import with_first_name
from parsing.layout.labels import CUSTOMER_REF, is_label
from parsing.layout.owned_contacts import owned_contacts, owned_phone_doubt
from parsing.layout.seller import SELLER_LABEL, SELLER_MARKERS, Seller, legal_ids, read_seller
from parsing.pdf import Cell, Page
from parsing.record import ParsedDebtor

_I = re.IGNORECASE
DEBTOR_LABEL = re.compile(
    # an article before it in a heading written as a phrase ("le client :", "votre adresse")
    r"(?:(?:le|la|the|votre|your)\s+)?"
    r"(?:client\s+factur[ée]e?|(?:client|customer)\s+(?:details|information)|client(?:e)?(?!\s*(?:n[°ºo]|id\b|code|r[ée]f))|factur[ée]e?\s+[àa]|[àa]\s+facturer|facturer\s+[àa]"
    r"|adress[ée]e?\s+[àa]|coordonn[ée]es\s+(?:du\s+)?client|client\s+factur[ée]|vendu\s+[àa]|facturation"
    r"|adresse\s+de\s+facturation|destinataire(?:\s+de\s+la\s+facture)?|nom\s*(?:/|et|&)\s*adresse"
    r"(?:\s+du\s+client)?|bill(?:ed)?\s+to|invoice\s+to|invoiced\s+to|sold\s+to"
    r"|customer(?!\s*(?:id|no|number|ref|code|#))|d[ée]biteur(?!\s*(?:n[°ºo]|id\b|code|r[ée]f))"
    r"|redevable|payeur|(?:responsable|repr[ée]sentant)\s+l[ée]gal|famille(?=\s*:?\s*$)"
    r"|buyer|acheteur|rechnungsempf[äa]nger|k[äa]ufer"
    r"(?:/leistungsempf[äa]nger)?|kunde|to|[àa]\s+l['’]attention\s+de|payable\s+par"
    r"|rechnungsadresse|rechnung\s+an|billing\s+address|invoice\s+address|factuur\s+aan"
    r"|factuuradres|klant)\s*:?(?=[^\w@]|$)",
    _I,
)
# A form's address row label, its value in the next cell ("Adresse :", "Code postal :"); other
# labels ("Contact :") are not the address's and keep their value out of the block.
_FORM_LABEL = re.compile(
    r"(?:nom|name|raison\s+sociale|soci[ée]t[ée]|company|entreprise|adresse(?:\s+(?:de\s+"
    r"facturation|postale|de\s+correspondance))?|(?:billing\s+|postal\s+)?address|rue|street|compl[ée]ment(?:\s+d['’]adresse)?|code\s+postal|c\.?p\.?"
    r"|npa|ville|localit[ée]|commune|city|town|zip(?:\s+code)?|post\s?code|pays|country"
    r"|cp\s*/\s*ville|code\s+postal\s*/\s*ville|t[ée]l(?:[ée]phone)?\.?|phone|mobile|portable"
    r"|e-?mail|courriel)\s*:?",
    _I,
)
# A row naming a person of the debtor's or the issuer's ("Contact : Jean Roux"): not the address.
_PERSON_ROW = re.compile(
    r"(?:contact|interlocut(?:eur|rice)|(?:affaire\s+)?suivie?\s+par|commercial|repr[ée]sentant"
    r"|vendeur|technicien|your\s+contact|sales\s*rep)\b[^:\d]{0,20}:",
    _I,
)
_CODE = re.compile(r"(?=[A-Z-]*\d)[A-Z0-9-]{3,20}")
# A note in brackets after a label ("Client (à rappeler dans toute correspondance)"): no name.
_LABEL_NOTE = re.compile(r"^\([^)]*\)\s*")
# A name's particle before a capital ("de La Tour SARL", "d'Almeida Rui", "van der Berg"); not
# "du", "des" or "de l'" which headings use ("Client du mois", "Client de l'hôtel").
_PARTICLE_NAME = re.compile(
    r"(?:d['’]|(?:de|van|von|ver|ten|ter|di|da|dos|del|della|mac|mc)\s+(?:(?:la|der|den|de|le)\s+)?)"
    r"[A-ZÀ-Ý]"
)
_TRANSLATION = re.compile(r"\s*[/|]\s*")
# A small-print line over the window with the sender's address ("ACME · 3 rue Haute · 67000
# Strasbourg", DIN 5008's return address): not the debtor's.
_RETURN_LINE = re.compile(r"[·•|]|\s[-–]\s.*\d{4}|,.*\d{4,5}\s+\w")
# A postage mark over the window: Swiss "P.P. CH-1003 Lausanne" (port payé), "A-PRIORITY".
_POSTAGE = re.compile(
    r"\s*(?:(?:P\.\s?P\.|PP)\s+(?:CH-?)?\d{4}\b|[AB]-(?:PRIORITY|ECONOMY|PRIORIT[ÉE]|POST)\b"
    r"|port\s+pay[ée]\b)",
    re.I,
)


@dataclass
class _Block:
    cells: list[Cell]
    doubt: str | None = None  # about the name read under a label
    headed: bool = False  # under a label's word before lower-case words, not a label

    @property
    def x0(self) -> float:
        return self.cells[0].x0

    @property
    def texts(self) -> list[str]:
        return [cell.text for cell in self.cells]


@dataclass(frozen=True)
class Found:
    """The debtor, the issuer's own details told apart, the legal numbers printed in the
    debtor's block, and the doubts met while choosing (for the checks)."""

    debtor: ParsedDebtor
    seller: Seller
    ids: frozenset[str] = frozenset()
    doubts: tuple[str, ...] = ()
    block: tuple[Cell, ...] = ()  # the debtor's block's lines on the first page


def find_debtor(pages: list[Page], customer_ref: str | None, currency: str | None = None) -> Found:
    """The debtor: its block, then contacts printed apart from it."""
    first = mend(pages[0])
    labelled = _labelled_block(first)
    suspect = (
        labelled is None
        or labelled.cells[0].y > first.height * 0.5
        or _joined_only(labelled)
        or labelled.headed
    )
    blocks = _blocks(first) if suspect else []
    window = _window_block(first, blocks)
    if labelled and window and (_on_a_slip(first, labelled, window) or _joined_only(labelled)):
        labelled = None
    if labelled and labelled.headed and window and not _same_lines(labelled, window):
        labelled = None  # "Client final" over the end customer, the payer in the window
    if labelled:
        blocks = []
    block = labelled or _without_foreign_rows(first, _without_heading(window))
    seller = read_seller(first, block.cells if block else (), currency)
    if block is None:
        return Found(ParsedDebtor(customer_ref=customer_ref), seller)
    ids = frozenset(found for text in block.texts for found in legal_ids(text))
    debtor, country_doubt = read_debtor(block.texts, customer_ref, seller.country)
    debtor = replace(debtor, name=with_first_name(first, tuple(block.cells), debtor.name))
    if debtor.postcode is None and (
        apart := address_apart(first, block.cells, debtor, seller.country)
    ):
        debtor, country_doubt = apart
    if debtor.email is None or debtor.phone is None:
        debtor = contact_lines(first, debtor)
    if debtor.email is None or debtor.phone is None:
        debtor = contacts_beside(first, block.cells, debtor, seller)
    if debtor.email is None or debtor.phone is None:
        debtor = contact_fields(first, debtor, seller)
    if debtor.email is None or debtor.phone is None:
        debtor = owned_contacts(first, tuple(block.cells), debtor, seller)
    for later in pages[1:]:  # "Vos coordonnées" after the terms on page 2
        if debtor.email is None or debtor.phone is None:
            debtor = contact_fields(later, debtor, seller)
        if debtor.email is None or debtor.phone is None:
            debtor = owned_contacts(later, (), debtor, seller)
    others = len(_other_addresses(first, blocks, block, seller))
    doubts = (
        (f"debtor block chosen among {others + 1} unlabelled address blocks",) if others else ()
    )
    doubts += (country_doubt,) if country_doubt else ()
    phone_doubt = owned_phone_doubt(first, tuple(block.cells), debtor, seller)
    doubts += (phone_doubt,) if phone_doubt else ()
    doubts += (block.doubt,) if block.doubt else ()
    return Found(debtor, seller, ids, doubts, tuple(block.cells))


def _same_lines(block: _Block, other: _Block) -> bool:
    """Whether two blocks share a line (at one height, starting at one place)."""
    return any(
        cell.y == mine.y and abs(cell.x0 - mine.x0) < 2 * mine.size
        for cell in other.cells
        for mine in block.cells
    )


def _on_a_slip(page: Page, block: _Block, window: _Block) -> bool:
    """A labelled "Client : name" in the page's lower half with no address, or repeating the
    name the window shows (a Swiss QR-bill's "Payable par"): a payment slip's copy, not the
    debtor's block when the window holds an address (the contacts are printed by the window)."""
    if block.cells[0].y <= page.height * 0.5:
        return False
    return block.texts[0] in window.texts[:3] or not block_holds_locality(block.texts)


def _joined_only(block: _Block) -> bool:
    """A labelled block of one line ending with a locality ("Payable par chèque à l'ordre de
    ACME, 3 rue Haute, 67000 Strasbourg"): a label's word in a sentence as often as the debtor's
    whole address, so an address block in the window comes first."""
    return len(block.cells) == 1 and not block_holds_locality(block.texts, joined=False)


def _other_addresses(
    page: Page, blocks: list[_Block], chosen: _Block, seller: Seller
) -> list[_Block]:
    """Address blocks in the top half of the first page, besides the chosen one, that are not
    the issuer's (its letterhead, legal mentions, a block headed "Livraison", "Fournisseur"):
    with no label to tell them apart, any of them could be the debtor's."""
    taken = {(cell.x0, cell.y) for cell in chosen.cells}
    found = []
    for block in blocks:
        texts = block.texts
        if block.cells[0].y > page.height * 0.5 or not 2 <= len(texts) <= 9:
            continue
        if any((cell.x0, cell.y) in taken for cell in block.cells):
            continue
        if not any(is_locality(text) for text in texts) or OTHER_BLOCK.match(texts[0]):
            continue
        if SELLER_LABEL.match(texts[0]) or not _stranger(texts, seller):
            continue
        found.append(block)
    return found


def _stranger(texts: list[str], seller: Seller) -> bool:
    """Whether a block is not the issuer's: its name is not printed as the issuer's, and it
    holds none of its legal mentions, e-mails or phones."""
    name = " ".join(texts[0].casefold().split())
    if name in seller.names or name in seller.text:
        return False
    for text in texts:
        email = find_email(text)
        if SELLER_MARKERS.search(text) or (email and email.rsplit("@", 1)[1] in seller.domains):
            return False
        if phone_in(text, seller.country) in seller.phones:
            return False
    return True


def _labelled_block(page: Page) -> _Block | None:
    """The block under (or beside) a debtor label: "Client : ACME", or "Client" with the name in
    the next cell and the address under the name, or the label alone over the block. A block
    under a heading, and a line whose locality only ends it, are kept for when no other label
    holds a block."""
    fallback = headed = None
    for row, line in enumerate(page.lines):
        for column, cell in enumerate(line.cells):
            match = DEBTOR_LABEL.match(cell.text)
            if not match or (match.group(0).strip().lower() == "to" and ":" not in cell.text):
                continue
            if EMAIL.match(cell.text):  # "customer.service@…", "client@…": an address
                continue
            if ATTENTION.match(cell.text):
                continue
            end = _label_end(cell.text, match.end())
            rest = _LABEL_NOTE.sub("", cell.text[end:].strip(" -–"))
            rest = "" if rest.endswith(":") else rest.strip(" :")
            if rest[:1].islower() and ":" not in cell.text[: match.end() + 1]:
                # a heading ("Client de l'hôtel", "Client particulier"): its block, if any, when
                # no label is printed elsewhere
                headed = headed or _under_heading(page, row, cell, cell.text[:end].strip(), rest)
                continue
            top = cell
            if not rest and column + 1 < len(line.cells):
                beside = line.cells[column + 1]
                # A form's label column ("Client :") may stand far from its values' column.
                reach = 20 if cell.text.rstrip().endswith(":") else 8
                if beside.x0 - cell.x1 < reach * cell.size and not is_label(beside.text):
                    top, rest = beside, beside.text
            if rest and _CODE.fullmatch(rest):
                continue
            if top is cell and rest:
                share = (len(cell.text) - len(rest)) / max(len(cell.text), 1)
                x0 = cell.x0 + share * (cell.x1 - cell.x0)
                top = Cell(rest, x0, cell.x1, cell.y, cell.size)
            cells = [Cell(rest, top.x0, top.x1, top.y, top.size)] if rest else []
            cells += _column_below(page, row, top, cell.x0)
            if len(cells) == 1 and _joined_only(_Block(cells)):
                fallback = fallback or _Block(cells)
            elif len(cells) >= 2 or (cells and block_holds_locality([cells[0].text])):
                return _Block(cells)
    return headed or fallback


def _under_heading(page: Page, row: int, cell: Cell, label: str, rest: str) -> _Block | None:
    """The block under a label followed by lower-case words ("Client particulier", "Client de
    la Fontaine Marie", "Facturation mensuelle"), when the lines under it hold an address. Under
    a name line, the label and its words are a heading over the block. Right over the street,
    the words are the name printed in lower case, or a heading's words over a block that prints
    no name: sure only for a name's particle before a capital ("de La Tour", "van der Berg"),
    never with a digit ("Facturation de Mars 2026")."""
    below = _column_below(page, row, cell, cell.x0)
    if not below or not block_holds_locality([c.text for c in below]):
        return None
    if not (any(ch.isdigit() for ch in below[0].text) or holds_locality(below[0].text)):
        return _Block(below, headed=True)
    share = (len(cell.text) - len(rest)) / max(len(cell.text), 1)
    name = Cell(rest, cell.x0 + share * (cell.x1 - cell.x0), cell.x1, cell.y, cell.size)
    sure = _PARTICLE_NAME.match(rest) and not any(ch.isdigit() for ch in rest)
    doubt = None if sure else (
        f"debtor.name: {rest!r} follows the label {label!r} in lower case, a heading's words or "
        "a name"
    )  # fmt: skip
    return _Block([name, *below], doubt, headed=True)


def _label_end(text: str, end: int) -> int:
    """Where a label ends that is printed in two languages ("Bill to / Facturé à", "Client |
    Customer"): its translation is no part of the name after it."""
    while (cut := _TRANSLATION.match(text, end)) and (again := DEBTOR_LABEL.match(text, cut.end())):
        end = again.end()
    return end


def _column_below(page: Page, row: int, top: Cell, label_x: float) -> list[Cell]:
    """The lines under the block's first line, aligned on it or on its label."""
    cells: list[Cell] = []
    last_y = top.y
    anchors = (top.x0, label_x)
    for line in page.lines[row + 1 :]:
        if line.y - last_y > 2.6 * top.size:
            break
        near = [
            c
            for c in line.cells
            if any(x - 1.5 * top.size <= c.x0 <= x + 4 * top.size for x in anchors)
        ]
        if not near:
            if line.y - last_y > 1.6 * top.size:
                break
            continue
        cell = near[0]
        values = [c for c in line.cells if c.x0 > cell.x1]
        if values and _FORM_LABEL.fullmatch(cell.text):  # "Adresse :  5 rue Pasteur"
            cell = values[0]
        elif OTHER_BLOCK.match(cell.text) or DEBTOR_LABEL.fullmatch(cell.text.strip(" :")):
            break
        elif values and _PERSON_ROW.fullmatch(cell.text):  # "Contact :  Jean Roux"
            last_y = line.y
            continue
        if is_label(cell.text) and not CUSTOMER_REF.match(cell.text):
            break
        cells.append(cell)
        last_y = line.y
        if len(cells) >= 9:
            break
    return cells


def _blocks(page: Page) -> list[_Block]:
    blocks: list[_Block] = []
    open_blocks: list[tuple[_Block, float]] = []
    for line in page.lines:
        for cell in line.cells:
            home = None
            for index, (block, last_y) in enumerate(open_blocks):
                close = (
                    abs(cell.x0 - block.x0) < 1.2 * cell.size and cell.y - last_y < 2.2 * cell.size
                )
                if close:
                    home = index
                    break
            if home is None:
                block = _Block([cell])
                blocks.append(block)
                open_blocks.append((block, cell.y))
            else:
                block = open_blocks[home][0]
                block.cells.append(cell)
                open_blocks[home] = (block, cell.y)
    return blocks


def _without_heading(block: _Block | None) -> _Block | None:
    """A block without its small-print first line: a heading ("Nom / adresse", "Destinataire")
    or the sender's return address over the window, told by its size (printed smaller than
    the name under it) or by its shape (a whole address on one line, over an address)."""
    if block is None or len(block.cells) < 3:
        return block
    head, name = block.cells[0], block.cells[1]
    if _POSTAGE.match(head.text):
        return _Block(block.cells[1:])
    small = head.size < 0.85 * name.size
    if small and (not any(ch.isdigit() for ch in head.text) or _RETURN_LINE.search(head.text)):
        return _Block(block.cells[1:])
    # A whole address on one line over an address block, printed no larger: the return line.
    rest = block.cells[2:]
    if (
        head.size <= name.size
        and whole_address(head.text)
        and any(holds_locality(c.text) for c in rest)
    ):
        return _Block(block.cells[1:])
    return block


def _without_foreign_rows(page: Page, block: _Block | None) -> _Block | None:
    """A form's value column without the rows labelled as a person's ("Contact : Jean Roux"
    between the name and the street)."""
    if block is None:
        return None
    kept = block.cells[:1]
    for cell in block.cells[1:]:
        line = next((line for line in page.lines if line.y == cell.y), None)
        before = [c for c in line.cells if c.x1 <= cell.x0] if line else []
        if not (before and _PERSON_ROW.fullmatch(before[-1].text)):
            kept.append(cell)
    return _Block(kept)


def _window_block(page: Page, blocks: list[_Block]) -> _Block | None:
    """The address block in the window's place; one whose locality only ends a line ("3 rue
    Haute - 67000 Strasbourg", a letterhead's as often as a debtor's) when no other is."""
    return _best_window(page, blocks, joined=False) or _best_window(page, blocks, joined=True)


def _best_window(page: Page, blocks: list[_Block], joined: bool) -> _Block | None:
    best, best_score = None, 0.0
    for block in blocks:
        texts = block.texts
        top = block.cells[0].y
        if top > page.height * 0.5 or len(texts) < 2:
            continue
        if len(texts) > 9 and address_lines(texts) > 9:  # its phone, e-mail, ref do not count
            continue
        if not block_holds_locality(texts, joined):
            continue
        if OTHER_BLOCK.match(texts[0]) or starts_no_block(_without_heading(block).texts[0]):
            continue
        score = 1.0 - 0.8 * sum(bool(SELLER_MARKERS.search(t)) for t in texts)
        score += 2.0 if block.x0 > page.width * 0.4 else 0.0
        score += 1.0 if page.height * 0.12 < top < page.height * 0.4 else 0.0
        score -= 1.5 if top < page.height * 0.08 else 0.0
        if score > best_score:
            best, best_score = block, score
    return best
