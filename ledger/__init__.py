"""The ledger: debtors, invoices, payments, documents and reminders, and the rules that keep
them consistent. Imports nothing else of Relance, so every other package can share it."""
