"""Database server passwords in the OS keyring, never in a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SERVICE = "caplegal-desktop"


class KeyringUnavailable(RuntimeError):
    pass


def keyring_account(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or ''}/{url.database}"


def set_password(url_text: str, password: str) -> str:
    import keyring
    import keyring.errors

    url = make_url(url_text).set(password=None)
    if not url.username:
        raise ValueError(
            "Databaseadressen mangler et brugernavn (fx postgresql://bruger@server/db)."
        )
    try:
        keyring.set_password(SERVICE, keyring_account(url), password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"Ingen nøglering til rådighed: {exc}") from exc
    return keyring_account(url)


def url_with_password(url_text: str) -> URL:
    """The URL to connect with: the keyring's password added for a server database."""
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" or url.password is not None or not url.username:
        return url
    import keyring  # only a server database needs the keyring; keeps start-up light
    import keyring.errors

    try:
        password = keyring.get_password(SERVICE, keyring_account(url))
    except keyring.errors.KeyringError:
        password = None
    return url.set(password=password) if password else url
