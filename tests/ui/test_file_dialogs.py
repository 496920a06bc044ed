"""Save and open dialogs start in the user's documents folder, never the program's folder."""

from __future__ import annotations

import re
from pathlib import Path

from ui.framework.files import documents_folder, in_documents

ROOT = Path(__file__).resolve().parents[2]


def test_a_suggested_file_name_is_placed_in_the_documents_folder(qapp):
    folder = documents_folder()
    assert folder and Path(folder).is_absolute()
    assert Path(in_documents("Sager.xlsx")) == Path(folder) / "Sager.xlsx"
    assert in_documents("/srv/out/x.pdf") == "/srv/out/x.pdf"


def test_every_file_dialog_of_the_program_starts_in_a_chosen_folder():
    """Each QFileDialog call names its start: the documents folder (or the templates folder
    for a template), so none opens in the folder the program was started from."""
    loose = []
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"QFileDialog(\.get\w+\(|\()(.{0,240})", text, re.S):
            call = match.group(2)
            if not re.search(r"in_documents\(|documents_folder\(|templates_folder\(", call):
                loose.append(f"{path.relative_to(ROOT)}: {call[:60]!r}")
    assert loose == []
