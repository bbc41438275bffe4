"""Mailbox → attachments → parsing → ledger, or quarantine with a reason."""
