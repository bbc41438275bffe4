"""Reminder ladders from rules.yaml, the channels that carry them, exactly-once sending."""
