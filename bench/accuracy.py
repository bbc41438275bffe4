"""Exact rate per field on the generator's and the held-out layouts, and the wrong records that
carried no problem (a wrong record must always name a doubt, so that a person sees it).

    PYTHONPATH=. .venv/bin/python bench/accuracy.py [--seeds 12] [--misses] [--adversarial]

--adversarial also reads the pages drawn to be misread (tests/parsing/adversarial.py) and
counts those read wrong with an empty `problems`.

The blind set (tests/parsing/blind/) has its own scorer, run through `relance parse`:
`python -m tests.parsing.blind.score`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

import repo_path  # noqa: F401  (first: the repository on sys.path)

from parsing import ParsedInvoice, ParseOptions, parse_pdf
from tests.parsing.accuracy import CORE, DEBTOR, actual, expected
from tests.parsing.adversarial import CASES, wrong_fields
from tests.parsing.generator import LAYOUTS, invoice_pdf
from tests.parsing.generator.data import Facts
from tests.parsing.heldout import HELDOUT, heldout_pdf
from tests.parsing.pages import parse


def measure(
    names: list[str], seeds: int, make: Callable[[str, int], tuple[bytes, Facts]], misses: bool
) -> None:
    fields = (*CORE, *DEBTOR)
    right = dict.fromkeys(fields, 0)
    count = wrong = silent = doubted = 0
    for name in names:
        for seed in range(seeds):
            data, truth = make(name, seed)
            invoices = parse_pdf(data, f"{name}-{seed}.pdf", ParseOptions(use_xml=False))
            invoice: ParsedInvoice = invoices[0]
            want, got = expected(truth), actual(invoice)
            bad = [field for field in fields if want[field] != got[field]]
            count += 1
            doubted += bool(invoice.problems)
            for field in fields:
                right[field] += field not in bad
            if bad:
                wrong += 1
                silent += not invoice.problems
                if misses:
                    shown = {field: (want[field], got[field]) for field in bad}
                    print(f"  {name}-{seed} {shown} problems={list(invoice.problems)}")
    print("  exact: " + "  ".join(f"{field}={right[field] / count:.1%}" for field in fields))
    print(f"  {count} invoices, {wrong} with a wrong field, {silent} of them with empty problems")
    print(f"  {doubted} with problems (sent to review)")


def adversarial(misses: bool) -> None:
    wrong = silent = doubted = 0
    for case in CASES:
        invoice = parse(case.sheet)
        bad = wrong_fields(case, invoice)
        wrong += bool(bad)
        silent += bool(bad) and not invoice.problems
        doubted += bool(invoice.problems)
        if misses and bad:
            print(f"  {case.name}: {bad} problems={list(invoice.problems)}")
    print(f"  {len(CASES)} pages, {wrong} with a wrong field, {silent} of them with empty problems")
    print(f"  {doubted} with problems (sent to review)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=12)
    parser.add_argument("--misses", action="store_true", help="print each wrong record")
    parser.add_argument("--adversarial", action="store_true", help="also the misleading pages")
    args = parser.parse_args()
    print(f"generator ({len(LAYOUTS)} layouts × {args.seeds} seeds)")
    measure(sorted(LAYOUTS), args.seeds, invoice_pdf, args.misses)
    print(f"held-out ({len(HELDOUT)} layouts × {args.seeds} seeds)")
    measure(sorted(HELDOUT), args.seeds, heldout_pdf, args.misses)
    if args.adversarial:
        print(f"adversarial pages ({len(CASES)})")
        adversarial(args.misses)


if __name__ == "__main__":
    main()
