"""Where the program's own files are: templates, resources, migrations and seed rows.

From a source checkout they sit beside the packages; in the frozen (PyInstaller) program they
sit in the bundle folder `sys._MEIPASS` (`_internal/` beside the .exe), laid out the same way
(packaging/caplegal.spec). Every module that reads one of these files asks here, so the source
program and the frozen one find the same files. Standard library only: the start path is light.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True in the PyInstaller build."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def program_dir() -> Path:
    """The folder holding templates/, resources/ and the packages' data files."""
    if is_frozen():
        return Path(sys._MEIPASS)
    return _SOURCE_ROOT


def templates_dir(*parts: str) -> Path:
    """templates/<parts...> (the built-in letters, statements, exports...)."""
    return program_dir().joinpath("templates", *parts)


def resources_dir(*parts: str) -> Path:
    """resources/<parts...> (icons, style sheet, translations)."""
    return program_dir().joinpath("resources", *parts)


def package_data_dir(package: str) -> Path:
    """The folder of a package's data files, e.g. "caplegal_desktop.migrations"."""
    return program_dir().joinpath(*package.split("."))


def program_version() -> str:
    """The version in setup.cfg (bundled beside the packages in the frozen program)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(program_dir() / "setup.cfg", encoding="utf-8")
    return parser.get("metadata", "version", fallback="0")
