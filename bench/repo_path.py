"""Put the repository, not this folder, first on sys.path.

Run as scripts, the bench files have `bench/` first on sys.path, where `ingest.py` and
`admin.py` would hide the packages of the same name. Each script imports this module first.
`bench/` moves to the end rather than going: child processes (the parser pool) import the
script again, and with it this module.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_HERE = Path(__file__).resolve().parent

_others = [p for p in sys.path if Path(p or ".").resolve() not in (_HERE, ROOT)]
sys.path[:] = [str(ROOT), *_others, str(_HERE)]
