"""Relance: reads a creditor's invoice mailbox and runs its reminder ladders."""

__version__ = "0.1.0"
