"""Acceptance on the shared corpus of real Factur-X/ZUGFeRD PDFs."""

from __future__ import annotations

from decimal import Decimal

import phonenumbers
import pytest

from parsing import ParseError, ParseOptions, parse_pdf


def _same_text(want: str | None, got: str | None) -> bool:
    return " ".join((want or "").split()) == " ".join((got or "").split())


def _e164(raw: str | None) -> str | None:
    if raw is None:
        return None
    number = phonenumbers.parse(raw, "FR")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _signed(amount: str | None, credit_note: bool) -> str | None:
    """Relance writes a credit note's amounts negative, however the XML signs them."""
    return str(-abs(Decimal(amount))) if credit_note and amount else amount


def test_every_pdf_with_embedded_xml_matches_its_truth_exactly(corpus):
    """Exact on every field the truth holds; a null due date in the truth means "not in the XML",
    and the record may then carry the page's (named in problems, tested below)."""
    mismatches = []
    checked = 0
    for row, data, truth in corpus:
        if not truth.get("has_embedded_xml"):
            continue
        checked += 1
        invoice = parse_pdf(data, row["local_pdf"])[0]
        record = invoice.to_record()
        assert invoice.source == "facturx", row["local_pdf"]
        debtor = record["debtor"]
        address = truth.get("buyer_address") or {}
        credit_note = truth["type_code"] == "381"
        pairs = {
            "invoice_number": (truth["invoice_number"], record["invoice_number"]),
            "issue_date": (truth["issue_date"], record["issue_date"]),
            "due_date": (truth["due_date"], record["due_date"] if truth["due_date"] else None),
            "total_due": (_signed(truth["total_due"], credit_note), record["total_due"]),
            "grand_total": (_signed(truth["grand_total"], credit_note), record["total"]),
            "currency": (truth["currency"], record["currency"]),
            "buyer_email": (truth["buyer_email"], debtor["email"]),
            "buyer_phone": (_e164(truth["buyer_phone"]), debtor["phone"]),
            "postcode": (address.get("postcode"), debtor["postcode"]),
            "country": (address.get("country"), debtor["country"]),
            "credit_note": (credit_note, record["is_credit_note"]),
        }
        texts = {
            "buyer_name": (truth["buyer_name"], debtor["name"]),
            "street": (address.get("street"), debtor["street"]),
            "city": (address.get("city"), debtor["city"]),
        }
        mismatches += [
            f"{row['local_pdf']} {k}: {w!r} != {g!r}" for k, (w, g) in pairs.items() if w != g
        ]
        mismatches += [
            f"{row['local_pdf']} {k}: {w!r} != {g!r}"
            for k, (w, g) in texts.items()
            if not _same_text(w, g)
        ]
    assert checked >= 60
    assert mismatches == []


def test_the_layout_path_finds_number_date_and_amount_due_on_nine_in_ten_pdfs(corpus):
    found: dict[str, list[bool]] = {"invoice_number": [], "issue_date": [], "total_due": []}
    for row, data, truth in corpus:
        visible = truth.get("truth_visible_in_text") or {}
        try:
            record = parse_pdf(data, row["local_pdf"], ParseOptions(use_xml=False))[0].to_record()
        except ParseError:
            record = {}
        want = dict(truth, total_due=_signed(truth["total_due"], truth["type_code"] == "381"))
        for field, results in found.items():
            if visible.get(field):
                results.append(record.get(field) == want[field])
    rates = {field: sum(r) / len(r) for field, r in found.items()}
    print("corpus layout path:", {f: f"{rate:.1%} of {len(found[f])}" for f, rate in rates.items()})
    assert all(rate >= 0.90 for rate in rates.values()), rates


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("validator_invalidPDF.pdf", "no text layer"),
    ],
)
def test_a_corpus_pdf_without_text_or_xml_gives_a_precise_reason_when_ocr_is_off(
    corpus, name, reason
):
    data = next(data for row, data, _ in corpus if row["local_pdf"].endswith(name))
    with pytest.raises(ParseError, match=reason):
        parse_pdf(data, name, ParseOptions(use_xml=False, ocr=False))


def test_a_due_date_missing_from_the_xml_is_taken_from_the_page_and_said_so(corpus):
    row, data, truth = next(
        item for item in corpus if item[0]["local_pdf"].endswith("FX_EN16931_Einfach.pdf")
    )
    assert truth["due_date"] is None
    invoice = parse_pdf(data, row["local_pdf"])[0]
    assert invoice.due_date is not None
    assert "due_date not in XML: read from the page" in invoice.problems
