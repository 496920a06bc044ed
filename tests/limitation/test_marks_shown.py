"""Disputed and time-barred claims are marked wherever a case is shown: the case list's rows,
the printed statement (time-barred claims kept out of what is demanded) and the portal's API
(SQLite and PostgreSQL, the API through the portal's row-secured role)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from caplegal_desktop.services.search.browse import case_rows
from caplegal_desktop.services.statements.queries import statement_pdf
from tests.limitation.builders import old_case
from tests.limitation.test_objections_and_hold_backs import RECENT_DUE, claim_id_of, objection
from tests.portal.conftest import browser, server, world  # noqa: F401  (fixtures)

TODAY = date(2026, 12, 1)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_case_list_marks_disputed_and_time_barred_cases(app):
    barred, _ = old_case(app)
    disputed, _ = old_case(app, due=RECENT_DUE)
    objection(app, disputed)
    both, _ = old_case(app)
    objection(app, both)
    plain, _ = old_case(app, due=RECENT_DUE)
    with app.uow() as uow:
        rows = case_rows(uow.session, ids=[barred, disputed, both, plain])
    assert {k: r.marks for k, r in rows.items()} == {
        barred: "time_barred",
        disputed: "disputed",
        both: "disputed+time_barred",
        plain: "",
    }


def test_the_printed_statement_marks_claims_and_demands_only_what_is_not_time_barred(app, tmp_path):
    barred, _ = old_case(app)
    with app.uow() as uow:
        target = statement_pdf(uow.session, case_id=barred, as_of=TODAY, target=tmp_path / "f.pdf")
    text = pdf_text(target)
    assert re.search(r"Forældet pr\. \d\d-\d\d-20\d\d", text)
    assert re.search(r"Heraf forældet, kræves ikke\s+−7\.700,00", text)
    assert re.search(r"Der kræves betalt\s+0,00 kr\.", text)
    assert "Sådan betaler du" not in text  # nothing may be demanded

    disputed, _ = old_case(app, due=RECENT_DUE, claims=2)
    objection(app, disputed, claim_id=claim_id_of(app, disputed, 2))
    with app.uow() as uow:
        target = statement_pdf(uow.session, case_id=disputed, as_of=TODAY,
                               target=tmp_path / "d.pdf")  # fmt: skip
    text = pdf_text(target)
    assert text.count("Bestridt") == 1 and "Varmeregning 2 Bestridt" in re.sub(r"\s+", " ", text)
    assert "Forældet" not in text and "Sådan betaler du" in text
    assert re.search(r"Beløb\s+10\.\d{3},\d\d kr\.", text)  # both claims still demanded


def test_the_api_case_carries_limitation_and_disputed_per_claim(server, world, app):  # noqa: F811
    case_id, case_no = world["A"]
    objection(app, case_id)
    with browser(server) as client:
        got = client.get(
            f"/api/v1/cases/{case_no}",
            headers={"Authorization": f"Bearer {world['tokens']['fyn']}"},
        )
    assert got.status_code == 200, got.text
    (claim,) = got.json()["claims"]
    assert claim["disputed"] is True and claim["time_barred"] is False
    assert claim["limitation"]["date"] == "2029-02-01"  # § 3: three years from the due date
    assert claim["limitation"]["rule"]
