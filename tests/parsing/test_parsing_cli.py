"""`relance parse`: records on stdout, errors as {"file", "error"}, exit 0 only when all read."""

from __future__ import annotations

import json

from click.testing import CliRunner

from relance.commands.parse import parse
from tests.parsing.generator import batch_pdf, invoice_pdf


def _run(*args: str):
    return CliRunner().invoke(parse, list(args))


def test_it_prints_one_json_object_per_invoice_in_the_record_contract_shape(tmp_path):
    path = tmp_path / "run.pdf"
    path.write_bytes(batch_pdf(3, seed=2)[0])
    result = _run(str(path), "--json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 3
    assert set(records[0]) >= {
        "file", "pages", "invoice_number", "issue_date", "due_date", "total_due", "currency",
        "debtor", "source", "confidence", "problems",
    }  # fmt: skip
    assert set(records[0]["debtor"]) == {
        "name", "email", "phone", "street", "postcode", "city", "country", "customer_ref",
    }  # fmt: skip
    assert isinstance(records[0]["total_due"], str)


def test_an_unreadable_file_gives_file_and_error_and_exit_one(tmp_path):
    good = tmp_path / "good.pdf"
    good.write_bytes(invoice_pdf("classic_window", 0)[0])
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"")
    result = _run(str(good), str(bad), str(tmp_path / "missing.pdf"), "--json")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines[1] == {"file": str(bad), "error": "empty file (0 bytes)"}
    assert lines[2]["error"].startswith("cannot read file")


def test_without_json_it_prints_a_readable_table(tmp_path):
    path = tmp_path / "f.pdf"
    data, truth = invoice_pdf("labelled_client", 0)
    path.write_bytes(data)
    result = _run(str(path))
    assert result.exit_code == 0
    assert truth.number in result.output and "layout" in result.output


def test_no_xml_makes_the_layout_path_read_a_factur_x_pdf(tmp_path):
    from tests.parsing.test_parsing_templates import facturx_pdf

    path = tmp_path / "fx.pdf"
    path.write_bytes(facturx_pdf())
    with_xml = json.loads(_run(str(path), "--json").output)
    without = json.loads(_run(str(path), "--json", "--no-xml").output)
    assert with_xml["source"] == "facturx"
    assert without["source"] == "layout"


def test_no_bad_input_crashes_the_cli(tmp_path):
    from tests.parsing.test_parsing_bad_input import _corrupt, _encrypted, _image_only, _invoice

    inputs = {
        "zero.pdf": b"",
        "zip.pdf": b"PK\x03\x04 not a pdf",
        "locked.pdf": _encrypted(),
        "cut.pdf": _invoice()[: len(_invoice()) // 2],
        "junk.pdf": _corrupt(),
        "scan.pdf": _image_only(),
    }
    for name, data in inputs.items():
        (tmp_path / name).write_bytes(data)
    result = _run(*(str(tmp_path / name) for name in inputs), "--json")
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [sorted(r) for r in records] == [["error", "file"]] * len(inputs)


def test_month_end_terms_choose_how_n_jours_fin_de_mois_is_counted(tmp_path):
    from tests.parsing.pages import Sheet, pdf

    path = tmp_path / "fdm.pdf"
    meta = (("Facture N°", "F-2026-118"), ("Date", "10/07/2026"),
            ("Conditions", "45 jours fin de mois"))  # fmt: skip
    path.write_bytes(pdf(Sheet(meta=meta)))
    days_first = json.loads(_run(str(path), "--json").output)
    month_end_first = json.loads(
        _run(str(path), "--json", "--month-end-terms", "month-end-then-days").output
    )
    assert (days_first["due_date"], month_end_first["due_date"]) == ("2026-08-31", "2026-09-14")
    assert "[default: days-then-month-end]" in _run("--help").output
