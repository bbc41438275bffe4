"""Learned templates live in the blob store; each node parses from its own copy of them."""

from __future__ import annotations

from pathlib import Path

import peewee

from ingest.learning import creditor_templates
from ledger.models import Creditor, LearnedTemplate
from ledger.storage import BlobStore


def test_a_template_learned_on_another_node_is_copied_here_and_a_stale_copy_rewritten(
    creditor: Creditor, blob_store: BlobStore, ledger_db: peewee.Database, tmp_path: Path
) -> None:
    key = blob_store.put(b"issuer: Vauban\nkeywords: [Facture]\n", ".yml")
    LearnedTemplate.create(creditor=creditor, name="learned-f-1", path=key)
    here, there = tmp_path / "here" / "templates", tmp_path / "there" / "templates"
    copy = creditor_templates(here, creditor) / "learned-f-1.yml"
    assert copy.read_bytes() == blob_store.get(key)
    copy.write_bytes(b"issuer: edited by hand on this node\n")
    assert creditor_templates(here, creditor) == copy.parent
    assert copy.read_bytes() == blob_store.get(key)
    elsewhere = creditor_templates(there, creditor) / "learned-f-1.yml"
    assert elsewhere.read_bytes() == blob_store.get(key)
