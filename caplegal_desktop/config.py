"""Where things live and which database to open.

Order of precedence for the database URL: --db on the command line, CAPLEGAL_DB in the
environment, the settings file, then the embedded SQLite file in the user's data folder.
A server password never goes in the URL, the settings file or a log: it is kept in the OS
keyring (see caplegal_desktop.secrets).
"""

from __future__ import annotations

import getpass
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from caplegal_desktop.errors import SettingsError
from workflows.private_files import private_folder, tighten, write_private_bytes

APP_NAME = "CapLegal Desktop"
APP_AUTHOR = "CapLegal"


def data_dir() -> Path:
    override = os.environ.get("CAPLEGAL_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return _own_folder(path, default=not override)


def config_dir() -> Path:
    override = os.environ.get("CAPLEGAL_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return _own_folder(path, default=not override)


def log_dir() -> Path:
    """Where an unexpected error's details are written (the CLI's one line names the file)."""
    override = os.environ.get("CAPLEGAL_LOG_DIR")
    if override:
        path = Path(override)
    elif os.environ.get("CAPLEGAL_DATA_DIR"):
        path = data_dir() / "logs"
    else:
        path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return _own_folder(path, default=not override)


def _own_folder(path: Path, *, default: bool) -> Path:
    """One of the program's folders, owner-only (0700). A folder named by an environment
    variable may be shared with other things: it is made 0700 when the program makes it, but
    an existing one is left as it is; the program's own default folders are tightened."""
    private_folder(path)
    if default:
        tighten(path, 0o700)
    return path


def default_database_url() -> str:
    return f"sqlite:///{default_database_file().as_posix()}"


def default_database_file() -> Path:
    return data_dir() / "caplegal.sqlite3"


def needs_first_start(db_url: str | None = None) -> bool:
    """True on a machine without anything: no database named (--db, CAPLEGAL_DB, the settings
    file) and the embedded database file does not exist yet (caplegal_desktop.first_start)."""
    if db_url or os.environ.get("CAPLEGAL_DB"):
        return False
    if Settings.path().exists() and Settings.load().database_url:
        return False
    return not default_database_file().exists()


def current_user() -> str:
    """The Windows/Unix login of the person at the keyboard; history rows carry it."""
    return os.environ.get("CAPLEGAL_USER") or getpass.getuser()


@dataclass
class Settings:
    database_url: str | None = None
    language: str = "da"
    company: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        path = cls.path()
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise SettingsError(
                f"Indstillingsfilen {path} kan ikke læses ({_why(exc)}); ret eller slet den."
            ) from exc
        if not isinstance(raw, dict):
            raise SettingsError(
                f"Indstillingsfilen {path} skal være et JSON-objekt; ret eller slet den."
            )
        known = {k: raw[k] for k in ("database_url", "language", "company", "extra") if k in raw}
        for key in ("database_url", "language", "company"):
            if known.get(key) is not None and not isinstance(known[key], str):
                raise SettingsError(f"Indstillingsfilen {path}: {key} skal være tekst.")
        if not isinstance(known.get("extra", {}), dict):
            raise SettingsError(f"Indstillingsfilen {path}: extra skal være et JSON-objekt.")
        return cls(**known)

    def save(self) -> None:
        if self.database_url and _has_password(self.database_url):
            raise SettingsError(
                "Adgangskoden må ikke gemmes i indstillingerne; brug 'caplegal db set-password'."
            )
        write_private_bytes(self.path(), json.dumps(asdict(self), indent=2).encode("utf-8"))


def _why(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"ugyldig JSON i linje {exc.lineno}"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return "ugyldig tekst"


# SQLAlchemy's own pattern for "user:password@": read without importing SQLAlchemy (start path).
_USER_PASSWORD = re.compile(r"^[\w+.-]+://[^:/?#]*(?::(?P<password>[^@]*))?@")


def _has_password(url: str) -> bool:
    """Whether the URL carries a password (a password-only "postgresql://:pw@host" too)."""
    found = _USER_PASSWORD.match(url.strip())
    return found is not None and found.group("password") is not None


PASSWORD_IN_URL = (
    "Databaseadressen fra {source} indeholder en adgangskode. Skriv adressen uden adgangskode "
    "og gem adgangskoden i nøgleringen med 'caplegal db set-password'."
)


def resolve_database_url(cli_url: str | None = None) -> str:
    """The URL to open; a URL carrying a password is refused from every source (SettingsError)."""
    if cli_url:
        url, source = cli_url, "--db"
    elif os.environ.get("CAPLEGAL_DB"):
        url, source = os.environ["CAPLEGAL_DB"], "CAPLEGAL_DB"
    else:
        url, source = Settings.load().database_url, f"indstillingsfilen {Settings.path()}"
    if not url:
        return default_database_url()
    if _has_password(url):
        raise SettingsError(PASSWORD_IN_URL.format(source=source))
    return url
