"""A sixth set: several customer-identifying values on one invoice, with truth (issue 12).

Written before reading the parser, after blind set 9 had 20 customer references read as a
different value with nothing flagged. Its public README names a B2B wholesaler's 7-cell header
grid with N° / Code / Compte client (411… codes), a property manager's call for funds with an
owner account 450…, and a heating engineer's grid with the client reference beside the phone.
Each design here prints two or three values that identify the customer under different labels:
"N° client", "Code client", "Compte client 411…", "Compte copropriétaire 450…", "Copropriétaire
n°", "Réf. client", "N° adhérent", "Your account no.", "Customer ID", "Account code", with the
cells in a random order.

Truth: the value labelled most specifically as the customer's reference or number in the
creditor's books ("N° client", "Réf. client", "Copropriétaire n°", "Your account no.",
"Customer ID"); an accounting account ("Compte client 411…", "Compte 450…", "Account code"), a
short "Code client" beside a "N° client", a member number or a contract never is. What matters
most is the guarantee: a record whose reference is not the truth must name a problem.

    python -m tests.parsing.references_sixth /tmp/refs_sixth          # write PDFs and truth.json
    python -m tests.parsing.references_sixth /tmp/refs_sixth --score  # and score

Nothing generated is kept in git.

Measured once on branch ``i17-refs`` from main at d29bbf6, before reading or changing the parser
(6 designs x 8 seeds = 48 invoices; a first run had a heating invoice saying "à réception" beside
its due date and a call for funds with no date, which named unrelated problems; fixed, pages only):
customer_ref exact 25/48 = 52.1 %; wrong with empty problems 0; wrong without a customer_ref
problem 0 (every miss named "two labels name the customer reference"); right but flagged 23.
The guarantee held on every design; the cost is holds: the parser does not choose between the
labels, so 46 of 48 records were held.

After (parsing/layout/references.py: rivals under wider labels and bare "N°" / "Code" / "Réf."
in the reference's row of labels): exact 25/48, wrong with empty problems 0, right but flagged
25 (48 of 48 held; the two more are calls for funds whose "Compte propriétaire 450…" was not
seen as a rival before).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from tests.parsing.references import Invoice, Page, digits, render
from tests.parsing.references_fifth import Design, euros, head, lines, score

SEEDS = range(8)


def grid(page: Page, top: float, cells: list[tuple[str, str]], width: float = 73) -> None:
    """One boxed row of label cells over one row of value cells."""
    for i, (label, value) in enumerate(cells):
        x = 40 + (width + 2) * i
        page.box(x, top, width, 16)
        page.box(x, top + 16, width, 16)
        page.text(x + 3, top + 11, label, 7, bold=True)
        page.text(x + 3, top + 27, value, 8)


def wholesaler_grid(rng: random.Random) -> Invoice:
    """FR B2B wholesaler: a 7-cell header grid with N° client, Code client and Compte 411…."""
    number = f"FC{digits(rng, 6)}"
    ref = rng.choice((digits(rng, 6), f"C{digits(rng, 5)}"))
    page = Page()
    head(page, ("Distri-Pro Alimentaire SAS", "ZI des Granges", "38300 Bourgoin-Jallieu"),
         ("Restaurant Le Galion", "4 quai Perrière", "38000 Grenoble"))  # fmt: skip
    page.text(40, 235, "FACTURE", 18, bold=True)
    ids = [
        (rng.choice(("N° client", "N° Client")), ref),
        (rng.choice(("Compte client", "Compte")), f"411{rng.choice(('', 'C'))}{digits(rng, 5)}"),
    ]
    if rng.random() < 0.7:
        ids.append(("Code client", rng.choice(("GALION", f"GAL{digits(rng, 2)}"))))
    cells = [*ids, ("N° facture", number), ("Date", "03/11/2026"), ("Échéance", "03/12/2026"),
             ("Représentant", rng.choice(("M. Roux", "R12")))]  # fmt: skip
    rng.shuffle(cells)
    grid(page, 255, cells)
    total = lines(page, 330, [("Huile d'olive 5 L × 12", 384.0), ("Farine T55 25 kg × 8", 172.0)],
                  ("Total HT", "TVA 5,5 %", "Net à payer"), 0.055)  # fmt: skip
    page.text(40, 470, f"Règlement à 30 jours par virement. Montant dû : {euros(total)}", 9)
    return Invoice([page], number, ref)


def syndic_call(rng: random.Random) -> Invoice:
    """FR property manager's call for funds: owner number, owner account 450…, lot numbers."""
    number = f"AF-2026-{digits(rng, 4)}"
    ref = rng.choice((digits(rng, 4), f"CP{digits(rng, 4)}"))
    page = Page()
    head(page, ("Cabinet Lormier Syndic", "12 rue Garibaldi", "69006 Lyon"),
         ("Mme Claire Vidal", "Résidence Les Tilleuls", "18 avenue Foch",
          "69006 Lyon"))  # fmt: skip
    page.text(40, 235, f"Appel de fonds n° {number}", 14, bold=True)
    page.text(400, 235, "Lyon, le 03/11/2026", 9)
    rows = [(rng.choice(("Copropriétaire n°", "N° copropriétaire")), ref),
            (rng.choice(("Compte copropriétaire", "Compte", "Compte propriétaire")),
             f"450{digits(rng, 5)}"),
            ("Lots", f"{rng.randint(1, 40)}, {rng.randint(41, 90)}"),
            ("Date d'exigibilité", "01/12/2026")]  # fmt: skip
    rng.shuffle(rows)
    for i, (label, value) in enumerate(rows):
        page.text(40, 260 + 13 * i, f"{label} :", 9)
        page.text(160, 260 + 13 * i, value, 9, bold=True)
    lines(page, 340, [("Provisions sur charges T1 2027", 412.5), ("Fonds travaux (ALUR)", 41.25)],
          ("Total appelé", "TVA non applicable", "Montant à régler"), 0.0)  # fmt: skip
    return Invoice([page], number, ref)


def heating_grid(rng: random.Random) -> Invoice:
    """FR heating engineer: grid with Réf. client, phone, maintenance contract and Code client."""
    number = f"F{digits(rng, 5)}"
    ref = rng.choice((f"CL{digits(rng, 5)}", digits(rng, 5)))
    page = Page()
    head(page, ("Thermi-Service Dauphiné", "5 rue des Artisans", "38100 Grenoble"),
         ("M. Jean Perrin", "9 allée des Pins", "38240 Meylan"))  # fmt: skip
    page.text(40, 235, f"Facture n° {number}", 14, bold=True)
    cells = [("Réf. client", ref), ("Téléphone", f"06 {digits(rng, 2)} {digits(rng, 2)} "
             f"{digits(rng, 2)} {digits(rng, 2)}"), ("Contrat", f"ENT-{digits(rng, 4)}"),
             ("Date", "03/11/2026")]  # fmt: skip
    cells.append(
        (
            rng.choice(("Code client", "Compte client")),
            rng.choice((f"411{digits(rng, 4)}", f"PERR{digits(rng, 2)}")),
        )
    )
    rng.shuffle(cells)
    grid(page, 255, cells, 90)
    lines(page, 330, [("Entretien chaudière gaz", 145.0), ("Remplacement thermocouple", 38.0)],
          ("Total HT", "TVA 10 %", "Total TTC"), 0.10)  # fmt: skip
    page.text(40, 470, "Payable au plus tard le 03/12/2026.", 9)
    return Invoice([page], number, ref)


def uk_account_code(rng: random.Random) -> Invoice:
    """UK supplier: "Your account no." beside the supplier's "Account code" (a sales ledger)."""
    number = f"SI-{digits(rng, 5)}"
    ref = rng.choice((digits(rng, 6), f"BRI{digits(rng, 3)}"))
    page = Page()
    head(page, ("Northgate Supplies Ltd", "Unit 4, Canal Way", "Leeds LS11 5DT"),
         ("Bright Cafés Ltd", "22 Market Street", "York", "YO1 8SS"))  # fmt: skip
    page.text(40, 235, "SALES INVOICE", 16, bold=True)
    rows = [("Invoice no.", number), ("Date", "3 November 2026"), ("Due", "3 December 2026"),
            (rng.choice(("Your account no.", "Your account number")), ref),
            ("Account code", f"SL{digits(rng, 4)}")]  # fmt: skip
    rng.shuffle(rows)
    for i, (label, value) in enumerate(rows):
        page.text(360, 230 + 13 * i, label, 8)
        page.text(460, 230 + 13 * i, value, 8)
    lines(page, 330, [("Paper cups 12oz × 1000", 85.0), ("Napkins × 2000", 24.0)],
          ("Net", "VAT 20%", "Total due"), 0.20, "£")  # fmt: skip
    return Invoice([page], number, ref)


def us_customer_id(rng: random.Random) -> Invoice:
    """US distributor: "Customer ID" truth, "Account code" and "Member #" beside it in boxes."""
    number = f"{digits(rng, 6)}"
    ref = rng.choice((f"CUST-{digits(rng, 5)}", digits(rng, 7)))
    page = Page()
    head(page, ("Lakeshore Restaurant Supply", "800 W Fulton St", "Chicago, IL 60607"),
         ("Maple Diner LLC", "15 Elm Street", "Evanston, IL 60201"))  # fmt: skip
    page.text(40, 235, "INVOICE", 18, bold=True)
    rows = [("Invoice #", number), ("Invoice date", "11/03/2026"), ("Due date", "12/03/2026"),
            ("Customer ID", ref), ("Account code", f"AR-{digits(rng, 4)}")]  # fmt: skip
    if rng.random() < 0.5:
        rows.append(("Member #", digits(rng, 6)))
    rng.shuffle(rows)
    for i, (label, value) in enumerate(rows):
        y = 255 + 20 * i
        page.box(40, y, 110, 18)
        page.box(156, y, 130, 18)
        page.text(44, y + 12, label, 8)
        page.text(160, y + 12, value, 9)
    lines(page, 255 + 20 * len(rows) + 30, [("Sheet pans × 24", 311.0), ("Tongs × 48", 96.0)],
          ("Subtotal", "Sales tax 0%", "Balance due"), 0.0, "$")  # fmt: skip
    return Invoice([page], number, ref)


def coop_member(rng: random.Random) -> Invoice:
    """FR farm co-op: "N° adhérent" and "N° client" both in a right-hand block."""
    number = f"{rng.randint(26, 27)}{digits(rng, 6)}"
    ref = digits(rng, 6)
    page = Page()
    head(page, ("Coopérative Agricole Val de Saône", "Route de Mâcon", "71000 Charnay"),
         ("GAEC des Prés", "Lieu-dit Les Varennes", "71260 Lugny"))  # fmt: skip
    rows = [
        ("Facture n°", number),
        ("Date", "03/11/2026"),
        ("N° adhérent", digits(rng, 5)),
        (rng.choice(("N° client", "Réf. client")), ref),
        ("Échéance", "30/11/2026"),
    ]
    rng.shuffle(rows)
    for i, (label, value) in enumerate(rows):
        page.text(40, 240 + 12 * i, label, 8)
        page.text(120, 240 + 12 * i, value, 8, bold=True)
    lines(page, 330, [("Ammonitrate 33,5 % (t)", 1240.0), ("Semences blé tendre", 615.0)],
          ("Total HT", "TVA 10 %", "Net à payer"), 0.10)  # fmt: skip
    return Invoice([page], number, ref)


DESIGNS: dict[str, Design] = {
    design.__name__: design
    for design in (
        wholesaler_grid,
        syndic_call,
        heating_grid,
        uk_account_code,
        us_customer_id,
        coop_member,
    )
}


def write(folder: Path) -> dict[str, dict[str, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for design, draw in DESIGNS.items():
        for seed in SEEDS:
            invoice = draw(random.Random(f"sixth-{design}-{seed}"))
            name = f"{design}-{seed}.pdf"
            (folder / name).write_bytes(render(invoice))
            truth[name] = {"customer_ref": invoice.customer_ref}
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    truth = write(args.folder)
    if not args.score:
        return
    result = score(args.folder, truth)
    for name, want, got, problems in result["wrong"]:
        print(f"{name}: want {want!r} got {got!r} {problems}")
    for name, flagged in result["alarms"]:
        print(f"{name}: read right but flagged {flagged}")
    total = result["total"]
    print(f"customer_ref exact {result['exact']}/{total} = {result['exact'] / total:.1%}")
    print(f"wrong with empty problems: {dict(result['silent'])}")
    print(f"wrong without a customer_ref problem: {dict(result['unflagged_field'])}")
    print(f"right but flagged: {len(result['alarms'])}")


if __name__ == "__main__":
    main()
