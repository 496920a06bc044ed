"""`caplegal import cases` as a user runs it, on SQLite and PostgreSQL: every valid person number
is taken, every amount no one meant is refused with its record and field, and nothing is written."""

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from models import Case, Party
from tests.foundation.test_cli import caplegal

EXAMPLE = json.loads((Path(__file__).parents[2] / "docs/examples/cases.json").read_text())


def a_file(tmp_path, records) -> Path:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps({"cases": records}, ensure_ascii=False), encoding="utf-8")
    return path


def a_record(ref: str, **person) -> dict:
    record = copy.deepcopy(EXAMPLE["cases"][0])
    record["external_ref"] = ref
    debtor = record["debtors"][0]
    del debtor["cpr"]
    debtor.update(person, name=f"Debitor {ref}")
    return record


def counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        cases = connection.scalar(select(func.count(Case.id)))
        parties = connection.scalar(select(func.count(Party.id)))
    engine.dispose()
    return cases, parties


PERSON_NUMBERS = [
    ("MOD11", {"cpr": "070761-4285"}, "0707614285"),
    ("NOT-MOD11", {"cpr": "070761-4286"}, "0707614286"),
    ("JAN-1960", {"cpr": "010160-0000"}, "0101600000"),
    ("JAN-1995", {"cpr": "0101952000"}, "0101952000"),
    ("DIGIT-4-2000", {"cpr": "290200-4000"}, "2902004000"),
    ("DIGIT-9-1937", {"cpr": "010137-9000"}, "0101379000"),
    ("DIGIT-5-2007", {"cpr": "010107-5000"}, "0101075000"),
    ("DIGIT-8-1858", {"cpr": "010158-8000"}, "0101588000"),
    ("SAMORDNING", {"personnummer": "701063-2391"}, "7010632391"),
]


def test_every_valid_person_number_is_imported_from_the_command_line(database_url, tmp_path):
    records = [a_record(ref, **person) for ref, person, _ in PERSON_NUMBERS]
    done = caplegal(
        "--db", database_url, "import", "cases", str(a_file(tmp_path, records)), "--json"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(json.loads(done.stdout)["created"]) == len(PERSON_NUMBERS)
    engine = create_engine(database_url)
    with engine.connect() as connection:
        stored = set(connection.scalars(select(Party.cpr).where(Party.cpr.is_not(None))))
    engine.dispose()
    assert stored == {number for _, _, number in PERSON_NUMBERS}


@pytest.mark.parametrize(
    ("person", "field", "message"),
    [
        ({"cpr": "310290-4285"}, "debitorer[0].cpr", "gyldig fødselsdato (310290)"),
        ({"cpr": "290221-4285"}, "debitorer[0].cpr", "gyldig fødselsdato (290221)"),
        ({"personnummer": "701093-2391"}, "debitorer[0].personnummer", "Personnummeret"),
    ],
)
def test_an_impossible_birth_date_is_refused_from_the_command_line(
    database_url, tmp_path, person, field, message
):
    records = [a_record("GOOD", cpr="070761-4285"), a_record("BAD", **person)]
    done = caplegal(
        "--db", database_url, "import", "cases", str(a_file(tmp_path, records)), "--json"
    )
    assert done.returncode == 1, done.stdout + done.stderr
    [rejected] = json.loads(done.stdout)["rejected"]
    assert (rejected["index"], rejected["external_ref"]) == (1, "BAD")
    [problem] = rejected["problems"]
    assert problem["field"] == field and message in problem["message"]
    assert counts(database_url) == (0, 0)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1e9999", "Hovedstol: beløbet er for stort (højst 9.999.999.999.999,99)."),
        ("1e308", "Hovedstol: beløbet er for stort (højst 9.999.999.999.999,99)."),
        ("9" * 40, "Hovedstol: beløbet er for stort (højst 9.999.999.999.999,99)."),
        ('"1e30"', "Hovedstol: '1e30' er ikke et beløb"),
        ('"١٢٣"', "Hovedstol: '١٢٣' er ikke et beløb"),
        ("NaN", "Hovedstol: 'NaN' er ikke et beløb"),
    ],
)
def test_an_amount_no_one_meant_is_refused_from_the_command_line(
    database_url, tmp_path, raw, message
):
    path = a_file(
        tmp_path, [a_record("GOOD", cpr="070761-4285"), a_record("BAD", cpr="0101600000")]
    )
    text = json.loads(path.read_text(encoding="utf-8"))
    text["cases"][1]["claims"][0]["principal"] = "@RAW@"
    path.write_text(json.dumps(text, ensure_ascii=False).replace('"@RAW@"', raw), encoding="utf-8")
    done = caplegal("--db", database_url, "import", "cases", str(path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    report = done.stdout + done.stderr
    assert "post 1 (BAD), claims[0].principal" in report and message in report, report
    assert counts(database_url) == (0, 0)
