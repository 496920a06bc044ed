"""`caplegal payments import`, `journal post` and `suspense` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from caplegal_desktop.app import AppContext
from tests.journal.builders import new_case
from tests.journal.test_payments_import import DAY
from workflows.bankfiles import PaymentSpec, ReferenceKind, make_camt054, make_fik71_reference

ROOT = Path(__file__).resolve().parents[2]


def caplegal(url: str, *args: str):
    return subprocess.run(
        [sys.executable, "-m", "main", "--db", url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def test_import_preview_post_and_resolve_from_the_command_line(sqlite_url, tmp_path):
    # GIVEN a case and a bank file with one payment for it and one for no case
    app = AppContext.open(sqlite_url)
    _, case_no = new_case(app)
    app.close()
    bank_file = tmp_path / "camt054.xml"
    bank_file.write_bytes(
        make_camt054(
            [
                PaymentSpec(
                    Decimal("120.00"), DAY, make_fik71_reference(case_no), ReferenceKind.FIK71
                ),
                PaymentSpec(Decimal("80.00"), DAY, "hvem?"),
            ],
            msg_id="CLI-1",
        )
    )
    # WHEN it is imported, previewed and posted
    imported = caplegal(sqlite_url, "payments", "import", str(bank_file), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout) | {"import_id": 0} == {
        "import_id": 0,
        "format": "camt.054",
        "file_id": "CLI-1",
        "payments": 2,
        "matched": 1,
        "suspense": 1,
        "total": "200.00",
        "batches": ["STANDARD"],
    }
    again = caplegal(sqlite_url, "payments", "import", str(bank_file))
    assert again.returncode == 2 and "Filen er allerede indlæst" in again.stderr
    preview = json.loads(
        caplegal(sqlite_url, "journal", "post", "STANDARD", "--preview", "--json").stdout
    )
    assert (preview["preview"], preview["entries"][0]["amount"]) == (True, "120.00")
    posted = caplegal(sqlite_url, "journal", "post", "STANDARD", "--yes")
    assert posted.stdout.strip() == "Kladden STANDARD er bogført: 1 post."
    twice = caplegal(sqlite_url, "journal", "post", "STANDARD", "--yes")
    assert twice.returncode == 2 and "Der er intet at bogføre i kladden STANDARD" in twice.stderr
    # THEN the unmatched payment waits in suspense until it is put on the case
    waiting = json.loads(caplegal(sqlite_url, "suspense", "list", "--json").stdout)
    assert [(w["amount"], w["reference"]) for w in waiting] == [("80.00", "hvem?")]
    resolved = caplegal(sqlite_url, "suspense", "resolve", str(waiting[0]["id"]), case_no)
    assert resolved.returncode == 0, resolved.stderr
    listed = caplegal(sqlite_url, "journal", "list", "--json")
    assert json.loads(listed.stdout)[0] | {"version": 0} == {
        "name": "STANDARD",
        "description": "Fælles standardkladde",
        "lines": 1,
        "total": "80.00",
        "version": 0,
    }
