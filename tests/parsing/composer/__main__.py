"""python -m tests.parsing.composer DIR --seeds A-B [--score]: write composed invoices and
their truth, and score `relance parse --json` on them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tests.parsing.composer.compose import compose
from tests.parsing.composer.score import Score
from tests.parsing.relance_json import parse_files


def seeds(text: str) -> range:
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seeds", type=seeds, default=seeds("0-299"), help="A-B, inclusive")
    parser.add_argument("--score", action="store_true")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    truth, choices = {}, {}
    for seed in args.seeds:
        composed = compose(seed)
        (args.folder / composed.name).write_bytes(composed.pdf)
        truth[composed.name] = composed.truth
        choices[composed.name] = composed.choices
    (args.folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    (args.folder / "choices.json").write_text(json.dumps(choices, indent=1, ensure_ascii=False))
    if not args.score:
        return
    found = parse_files(args.folder, truth)
    score = Score()
    for name, want in truth.items():
        score.add(name, want, found.get(name, {}))
    print(score.report())


if __name__ == "__main__":
    main()
