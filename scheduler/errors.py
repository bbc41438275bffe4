"""What the scheduler refuses or fails at, with the data a person needs to act."""

from __future__ import annotations

from pathlib import Path


class SchedulerError(Exception):
    """Base of the scheduler's own errors."""


class RulesError(SchedulerError):
    """One problem in rules.yaml: which file, which line, which key, and what is wrong."""

    def __init__(self, path: Path | str, line: int | None, key: str, message: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.key = key
        self.message = message


class InvalidRules(SchedulerError):
    """rules.yaml was refused; `errors` lists every problem found."""

    def __init__(self, errors: list[RulesError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


class ChannelError(SchedulerError):
    """A channel could not deliver; stored on the Reminder as last_error."""
