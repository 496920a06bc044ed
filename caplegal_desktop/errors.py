"""Errors the services raise: each carries a Danish message a user can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # Danish, names the field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ServiceError(Exception):
    """Base of every error a user may see."""


class ValidationError(ServiceError):
    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """Someone else changed or is posting the same thing."""


class SettingsError(ServiceError):
    """The settings or the database address cannot be used as given (a password in a URL, a
    malformed settings file); the message names the file or the source."""


class ReadOnlyDatabase(ServiceError):
    """A change asked of a database opened read-only for viewing; the message says why."""
