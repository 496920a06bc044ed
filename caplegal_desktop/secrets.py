"""Database server passwords in the OS keyring, never in a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from caplegal_desktop.errors import SettingsError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SERVICE = "caplegal-desktop"


class KeyringUnavailable(RuntimeError):
    pass


# keyrings.alt writes passwords to a file (plain or weakly encrypted); the tests use it, a user
# never does: it is chosen only when CAPLEGAL_TEST_KEYRING=1 says this is a test run.
TEST_KEYRING_FLAG = "CAPLEGAL_TEST_KEYRING"
NO_KEYRING = (
    "Ingen sikker nøglering til rådighed ({name}); adgangskoden er ikke gemt. Installér "
    "systemets nøglering (Windows Credential Manager, macOS Keychain, Secret Service)."
)


def secure_keyring():
    """The OS keyring backend, refusing the file-based and the failing ones (KeyringUnavailable)."""
    import os

    import keyring

    backend = keyring.get_keyring()
    module = type(backend).__module__
    name = f"{module}.{type(backend).__name__}"
    insecure = module.startswith("keyrings.alt") or module.startswith(
        ("keyring.backends.fail", "keyring.backends.null")
    )
    if module.startswith("keyring.backends.chainer"):
        insecure = not any(
            not type(b).__module__.startswith(("keyrings.alt", "keyring.backends.fail"))
            for b in getattr(backend, "backends", ())
        )
    if insecure and not (
        module.startswith("keyrings.alt") and os.environ.get(TEST_KEYRING_FLAG) == "1"
    ):
        raise KeyringUnavailable(NO_KEYRING.format(name=name))
    return backend


def keyring_account(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or ''}/{url.database}"


def set_password(url_text: str, password: str) -> str:
    import keyring.errors

    url = make_url(url_text)
    if url.password is not None:
        raise SettingsError("Databaseadressen må ikke indeholde adgangskoden.")
    if not url.username:
        raise SettingsError(
            "Databaseadressen mangler et brugernavn (fx postgresql://bruger@server/db)."
        )
    backend = secure_keyring()
    try:
        backend.set_password(SERVICE, keyring_account(url), password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"Ingen nøglering til rådighed: {exc}") from exc
    return keyring_account(url)


def url_with_password(url_text: str) -> URL:
    """The URL to connect with: the keyring's password added for a server database."""
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" or url.password is not None or not url.username:
        return url
    import keyring.errors  # only a server database needs the keyring; keeps start-up light

    try:
        password = secure_keyring().get_password(SERVICE, keyring_account(url))
    except (keyring.errors.KeyringError, KeyringUnavailable):
        password = None
    return url.set(password=password) if password else url


def user_password(login: str) -> str | None:
    """A CapLegal user's own sign-in password kept in the keyring (account `user:LOGIN`), or None."""
    import keyring.errors

    try:
        return secure_keyring().get_password(SERVICE, f"user:{login}")
    except (keyring.errors.KeyringError, KeyringUnavailable):
        return None
