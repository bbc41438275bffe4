"""A third independent held-out set of invoice layouts that measures `relance parse` blind.

Written without reading `parsing/`, `ingest/`, `relance/` or the layouts of the first two blind
sets: see README.md.
"""
