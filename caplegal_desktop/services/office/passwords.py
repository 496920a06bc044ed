"""Password hashing (argon2id) and the lock-out rule. Nothing here keeps a password in clear."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from caplegal_desktop.errors import Problem, ValidationError

_HASHER = PasswordHasher()  # argon2id, RFC 9106 low-memory profile
MIN_LENGTH = 10
FREE_ATTEMPTS = 3  # wrong passwords before the first lock-out
FIRST_DELAY_S = 30
MAX_DELAY_S = 3600

TOO_SHORT = f"Adgangskoden skal have mindst {MIN_LENGTH} tegn."
EMPTY = "Adgangskoden mangler."


def check_password_rules(password: str) -> None:
    if not password:
        raise ValidationError(Problem("adgangskode", EMPTY))
    if len(password) < MIN_LENGTH:
        raise ValidationError(Problem("adgangskode", TOO_SHORT))


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    if not stored_hash:
        _HASHER.hash(password)  # the same work whether or not the user has a password
        return False
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def lock_delay(failures: int) -> timedelta | None:
    """How long a user is locked after this many failures in a row: none for the first few,
    then 30 s, doubling with each further failure, at most an hour."""
    over = failures - FREE_ATTEMPTS
    if over < 0:
        return None
    return timedelta(seconds=min(MAX_DELAY_S, FIRST_DELAY_S * 2**over))


def locked_until(failures: int, now: datetime) -> datetime | None:
    delay = lock_delay(failures)
    return None if delay is None else now + delay


def new_token() -> str:
    """A token for a client's own system: 32 random bytes, URL-safe."""
    return "clt_" + secrets.token_urlsafe(32)


def temporary_password() -> str:
    """A temporary password an administrator reads out or passes on: 12 characters without the
    ones that are easily mixed up (0/O, 1/l/I)."""
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(12))


def token_hash(token: str) -> str:
    """Tokens are long and random, so a plain SHA-256 is enough to keep them unusable at rest."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
