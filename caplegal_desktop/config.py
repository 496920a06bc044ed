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
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "CapLegal Desktop"
APP_AUTHOR = "CapLegal"


def data_dir() -> Path:
    override = os.environ.get("CAPLEGAL_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("CAPLEGAL_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{(data_dir() / 'caplegal.sqlite3').as_posix()}"


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
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {k: raw[k] for k in ("database_url", "language", "company", "extra") if k in raw}
        return cls(**known)

    def save(self) -> None:
        if self.database_url and _has_password(self.database_url):
            raise ValueError(
                "Adgangskoden må ikke gemmes i indstillingerne; brug 'caplegal db set-password'."
            )
        self.path().write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")


def _has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url

    return make_url(url).password is not None


def resolve_database_url(cli_url: str | None = None) -> str:
    return (
        cli_url
        or os.environ.get("CAPLEGAL_DB")
        or Settings.load().database_url
        or default_database_url()
    )
