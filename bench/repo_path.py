"""Put the repository, not this folder, first on sys.path.

Run as scripts, the bench files have `bench/` first on sys.path, where `ingest.py` and
`admin.py` would hide the packages of the same name. Each script imports this module first.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_HERE = Path(__file__).resolve().parent

sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != _HERE)]
