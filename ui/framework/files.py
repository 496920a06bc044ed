"""Where file dialogs start: the user's documents folder, never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    """The user's documents folder (Dokumenter / Documents), as the platform names it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


def in_documents(file_name: str) -> str:
    """A suggested file name placed in the documents folder (a full path is kept as it is)."""
    if Path(file_name).is_absolute():
        return file_name
    return str(Path(documents_folder()) / file_name)
