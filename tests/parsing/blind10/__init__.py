"""A tenth independent held-out set of invoice layouts measuring `relance parse` as a black box.

Written without reading `parsing/`, `ingest/`, `relance/` or any earlier generator: see README.md.
"""
