"""A letter says how to pay as the mail does: pdftotext reads the IBAN and the references, the
QR codes are images a banking app reads off the printed page, and the page still fits a DL
window envelope (the address alone in the window, no code across a fold)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
import zxingcpp
from reportlab.lib.units import mm

from ledger.models import Reminder
from ledger.references import rf_reference
from ledger.storage import blobs
from scheduler.rules import parse_rules
from tests.factories import make_invoice
from tests.scheduler.conftest import IBAN, PAYING_RULES_TEXT, reachable_debtor
from tests.scheduler.days import climb

DUE = dt.date(2026, 11, 2)
R3 = dt.date(2026, 11, 23)  # the letter step, +20d, after r1 and r2 a week apart
# A French DL window envelope (110 x 220 mm, window 100 x 45 mm) over the folded A4 page,
# with the few millimetres the sheet moves inside the envelope.
WINDOW = {"x0": 100 * mm, "x1": 205 * mm, "top": 38 * mm, "bottom": 95 * mm}
FOLDS = (99 * mm, 198 * mm)


@pytest.fixture
def letter(acme, config, smtp_sink, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    debtor = reachable_debtor(acme, name="Mme Jeanne Martin", street="12 rue des Lilas")
    make_invoice(debtor, number="F-31", due_date=DUE, total="1234.56")
    make_invoice(debtor, number="F-32", due_date=DUE, total="10.00")
    climb(parse_rules(PAYING_RULES_TEXT), config, [dt.date(2026, 11, 3), dt.date(2026, 11, 12), R3])
    # pdftotext and pdfimages read files: the letter, out of the blob store.
    path = tmp_path / "letter.pdf"
    path.write_bytes(blobs.get(Reminder.get(Reminder.channel == "letter").file_path))
    return path


def test_pdftotext_reads_the_iban_and_each_invoice_reference(letter: Path) -> None:
    text = subprocess.run(
        ["pdftotext", "-layout", str(letter), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "IBAN : FR76 3000 6000 0112 3456 7890 189" in text
    assert "BIC : AGRIFRPP" in text
    for number in ("F-31", "F-32"):
        reference = rf_reference(number)
        assert reference is not None
        assert f"facture {number}" in text
        assert " ".join(reference[i : i + 4] for i in range(0, len(reference), 4)) in text


def test_the_qr_codes_are_images_a_banking_app_reads_off_the_page(letter: Path) -> None:
    listed = subprocess.run(
        ["pdfimages", "-list", str(letter)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listed) == 2
    document = pypdfium2.PdfDocument(str(letter))
    try:
        found = []
        for page in document:
            image = page.render(scale=4).to_pil()
            found += [code.text for code in zxingcpp.read_barcodes(image)]
    finally:
        document.close()
    codes = [payload.split("\n") for payload in found]
    assert [(f[0], f[1], f[3], f[6]) for f in codes] == [("BCD", "002", "SCT", IBAN)] * 2
    assert sorted(f[9] for f in codes) == sorted(rf_reference(n) for n in ("F-31", "F-32"))


def test_the_page_still_fits_a_dl_window_envelope(letter: Path) -> None:
    with pdfplumber.open(letter) as pdf:
        first = pdf.pages[0]
        assert (round(first.width / mm), round(first.height / mm)) == (210, 297)
        in_window = [
            w
            for w in first.extract_words()
            if w["x1"] > WINDOW["x0"]
            and w["x0"] < WINDOW["x1"]
            and w["bottom"] > WINDOW["top"]
            and w["top"] < WINDOW["bottom"]
        ]
        assert " ".join(w["text"] for w in in_window) == (
            "Mme Jeanne Martin 12 rue des Lilas 67000 Strasbourg"
        )
        images = [image for page in pdf.pages for image in page.images]
    assert len(images) == 2
    for image in images:
        assert not (image["top"] < WINDOW["bottom"] and image["x1"] > WINDOW["x0"])
        assert not any(image["top"] < fold < image["bottom"] for fold in FOLDS)
        assert image["bottom"] <= 297 * mm - 12 * mm
