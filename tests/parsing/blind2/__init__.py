"""A second independent held-out set of invoice layouts that measures `relance parse` blind.

Written without reading `parsing/`, `ingest/` or the layouts of the first blind set: see
README.md.
"""
