"""An independent held-out set of invoice layouts that measures `relance parse` as a black box.

Written without reading `parsing/`, `ingest/` or any earlier generator: see README.md.
"""
