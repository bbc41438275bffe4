"""A randomised invoice composer (issue 12): see README.md beside this file."""

from __future__ import annotations

from tests.parsing.composer.compose import Composed, compose

__all__ = ["Composed", "compose"]
