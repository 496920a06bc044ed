"""One client per CVR, one party per CPR/CVR, one case per client reference — also when eight
seats import the same file at the same moment (real processes, both backends)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from caplegal_desktop.cli import main as cli_main
from caplegal_desktop.db import open_database
from caplegal_desktop.errors import ServiceError
from caplegal_desktop.migrate import alembic_config
from caplegal_desktop.services.cases.case_import import import_cases_file
from models import Case, Client, Party

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = json.loads((ROOT / "docs/examples/cases.json").read_text())
TODAY = date(2026, 11, 23)
NEW_CVR = "25313763"  # valid modulus 11; no client has it yet


def _file(tmp_path, refs=("K-1", "K-2", "K-3"), cvr=NEW_CVR) -> Path:
    cases = []
    for ref in refs:
        case = copy.deepcopy(EXAMPLE["cases"][0])
        case["external_ref"] = ref
        case["client"] = {"name": "Fjordens Fitness ApS", "cvr": cvr}
        cases.append(case)
    path = tmp_path / "cases.json"
    path.write_text(json.dumps({"cases": cases}, ensure_ascii=False), encoding="utf-8")
    return path


def _count(app, model, *where) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(func.count(model.id)).where(*where))


def _seat(url: str, path: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.cases.import_worker", url, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CAPLEGAL_USER": "seat"},
    )
    return process


@pytest.mark.slow
def test_eight_seats_importing_the_same_new_client_make_one_client_and_each_case_once(
    app, database_url, tmp_path
):
    # GIVEN eight files naming a client no one has yet (by CVR) and the same two debtors: one
    # reference in all of them, two of each seat's own
    paths = []
    for n in range(8):
        folder = tmp_path / f"seat{n}"
        folder.mkdir()
        paths.append(_file(folder, refs=(f"S{n}-1", "FÆLLES-1", f"S{n}-2")))
    seats = [_seat(database_url, path) for path in paths]
    for seat in seats:
        assert seat.stdout.readline().strip() == "READY", seat.stderr.read()
    # WHEN the eight seats import at the same moment
    for seat in seats:
        seat.stdin.write("go\n")
        seat.stdin.flush()
    outcomes = []
    for seat in seats:
        out, err = seat.communicate(timeout=180)
        assert seat.returncode == 0, err
        outcomes.append(json.loads(out))
    # THEN there is one client with that CVR, each debtor once and each reference once
    assert all(not o["rejected"] for o in outcomes), outcomes
    assert _count(app, Client, Client.cvr == NEW_CVR) == 1
    assert _count(app, Party) == 2
    assert _count(app, Case) == 1 + 8 * 2
    assert _count(app, Case, Case.external_ref == "FÆLLES-1") == 1
    # AND the seats that found the shared reference made say which case it is
    created = {no for outcome in outcomes for no in outcome["created"]}
    assert len(created) == 17
    existing = [e for outcome in outcomes for e in outcome["existing"]]
    assert len(existing) == 7 and {ref for ref, _ in existing} == {"FÆLLES-1"}
    assert len({no for _, no in existing}) == 1 and existing[0][1] in created


def test_importing_the_same_file_again_creates_nothing_and_names_the_cases(
    app, tmp_path, capsys, database_url
):
    path = _file(tmp_path)
    with app.uow(write=True) as uow:
        first = import_cases_file(uow, path, today=TODAY)
    assert first.ok and len(first.created) == 3
    # WHEN the same file comes again, from the command line
    code = cli_main(["--db", database_url, "import", "cases", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Ingen nye sager oprettet." in out
    for created in first.created:
        assert created.case_no in out
    assert "post 0 (K-1) findes allerede som sag" in out
    assert _count(app, Case) == 3 and _count(app, Client, Client.cvr == NEW_CVR) == 1
    # AND a file with one new reference creates only that one
    with app.uow(write=True) as uow:
        again = import_cases_file(uow, _file(tmp_path, refs=("K-1", "K-4")), today=TODAY)
    assert [e.external_ref for e in again.existing] == ["K-1"] and len(again.created) == 1
    assert _count(app, Case) == 4


@pytest.mark.parametrize(
    "make",
    [
        lambda n: Client(no=f"KX{n}", name="Dublet", cvr=NEW_CVR, created_on=TODAY),
        lambda n: Party(no=f"PX{n}", name="Dublet", cpr="0707614285"),
        lambda n: Party(no=f"PX{n}", kind="business", name="Dublet", cvr=NEW_CVR),
    ],
)
def test_the_database_itself_refuses_a_second_client_or_party_with_the_same_number(app, make):
    with app.uow(write=True) as uow:
        uow.session.add(make(1))
        uow.commit()
    with pytest.raises(IntegrityError), app.uow(write=True) as uow:
        uow.session.add(make(2))
        uow.session.flush()


def test_the_key_migration_refuses_existing_duplicates_and_names_them(database_url):
    config = alembic_config(database_url)
    command.downgrade(config, "0012_money")
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO party (no, kind, party_type, name, country, cpr,"
                " in_debt_restructuring, deceased, in_bankruptcy) VALUES"
                " ('PX1', 'person', 'DEBITOR', 'A', 'DK', '0707614285', false, false, false),"
                " ('PX2', 'person', 'DEBITOR', 'B', 'DK', '0707614285', false, false, false)"
            )
        )
    # the program's start: one Danish line (a ServiceError), naming the duplicates
    with pytest.raises(ServiceError, match=r"CPR-/personnr\. 0707614285: part PX1, PX2"):
        open_database(database_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "0012_money"
        )
        connection.rollback()
    with engine.begin() as connection:
        connection.execute(text("UPDATE party SET cpr = NULL WHERE no = 'PX2'"))
    engine.dispose()
    command.upgrade(config, "heads")


@pytest.mark.slow
def test_demo_data_never_repeats_a_cpr_or_cvr_even_across_runs(app):
    from caplegal_desktop.services.demo.generate import generate_demo

    generate_demo(app, cases=3000, seed=7, today=TODAY)  # ~2,500 CPR: birthdays would repeat
    generate_demo(app, cases=500, seed=7, today=TODAY)  # the same seed again: same draws
    with app.uow() as uow:
        for column in (Party.cpr, Party.cvr, Client.cvr):
            repeated = uow.session.execute(
                select(column).where(column.is_not(None)).group_by(column).having(func.count() > 1)
            ).all()
            assert repeated == []


def test_a_case_with_a_reference_its_client_already_has_is_refused_in_danish(app, tmp_path):
    from caplegal_desktop.errors import ValidationError
    from caplegal_desktop.services.cases.case_import import parse_case_record
    from caplegal_desktop.services.cases.intake import create_case
    from caplegal_desktop.services.master_data import SetupSnapshot

    path = _file(tmp_path, refs=("K-9",))
    with app.uow(write=True) as uow:
        first = import_cases_file(uow, path, today=TODAY)
    request = parse_case_record(json.loads(path.read_text())["cases"][0])
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        setup = SetupSnapshot.load(uow.session)
        create_case(uow.session, request, user="test", setup=setup, today=TODAY)
    assert f"har allerede sag {first.created[0].case_no} med referencen K-9" in str(
        refused.value.problems[0]
    )
    assert _count(app, Case) == 1
