"""The one error the statement engine raises: a Danish message plus the field and rule behind it."""

from __future__ import annotations


class StatementError(ValueError):
    """Bad input or a refused fee; `message` is Danish and meant for the user."""

    def __init__(self, message: str, *, field: str | None = None, rule: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.rule = rule

    def __repr__(self) -> str:
        return f"StatementError({self.message!r}, field={self.field!r}, rule={self.rule!r})"
