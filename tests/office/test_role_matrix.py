"""The role matrix in docs/office.md is the seeded rows, on both backends."""

from __future__ import annotations

import re
from pathlib import Path

from caplegal_desktop.services.office.roles import role_matrix

DOC = Path(__file__).parents[2] / "docs" / "office.md"


def _documented() -> set[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    table = text.split("<!-- matrix:start -->")[1].split("<!-- matrix:end -->")[0]
    lines = [line for line in table.strip().splitlines() if line.startswith("|")]
    roles = [cell.strip() for cell in lines[0].strip("|").split("|")][1:]
    granted = set()
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        permission = re.search(r"`([^`]+)`", cells[0]).group(1)
        granted |= {
            (r, permission) for r, cell in zip(roles, cells[1:], strict=True) if "✔" in cell
        }
    return granted


def test_the_documented_matrix_is_the_seeded_rows(app):
    with app.uow() as uow:
        roles, permissions, granted = role_matrix(uow.session)
    assert set(roles) == {"Administrator", "Sagsbehandler", "Sekretaer", "Bogholder",
                          "Revisor", "Klient"}  # fmt: skip
    assert granted == _documented()
