"""Case import: the whole file or nothing, every rejected record reported with its field."""

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caplegal_desktop.services.case_import import import_cases_file
from models import Case, Party

EXAMPLE = json.loads((Path(__file__).parents[2] / "docs/examples/cases.json").read_text())
TODAY = date(2026, 11, 23)


def write(tmp_path, cases) -> Path:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps({"cases": cases}, ensure_ascii=False), encoding="utf-8")
    return path


def run_import(app, path):
    with app.uow(write=True) as uow:
        return import_cases_file(uow, path, today=TODAY)


def test_a_good_file_creates_every_case(app, tmp_path):
    cases = [copy.deepcopy(EXAMPLE["cases"][0]) for _ in range(3)]
    for i, case in enumerate(cases):
        case["external_ref"] = f"REF-{i}"
    result = run_import(app, write(tmp_path, cases))
    assert result.ok and len(result.created) == 3
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(Case.id))) == 3
        # the same two debtors (by CPR/CVR) are reused, not duplicated
        assert uow.session.scalar(select(func.count(Party.id))) == 2


BAD_RECORDS = [
    (lambda c: c["debtors"][0].update(cpr="070761-4286"), "debitorer[0].cpr"),
    (lambda c: c["debtors"][1].update(cvr="25313764"), "debitorer[1].cvr"),
    (lambda c: c["claims"][0].update(principal="12.500,00"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="-100.00"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(principal="1.005"), "claims[0].principal"),
    (lambda c: c["claims"][0].update(due_date="2026-02-30"), "claims[0].due_date"),
    (lambda c: c["claims"][0].update(invoice_date="02-05-2026"), "claims[0].invoice_date"),
    (lambda c: c["claims"][0].update(interest_code="XX"), "fordringer[0].rentekode"),
    (lambda c: c.update(case_type="NOPE"), "sagstype"),
    (lambda c: c["claims"][0].update(debtors=[0, 5]), "claims[0].debtors"),
    (lambda c: c["payments"][0].update(amount="abc"), "payments[0].amount"),
    (lambda c: c["client"].update(cvr="12345678"), "klient.cvr"),
]


@pytest.mark.parametrize(("spoil", "field"), BAD_RECORDS)
def test_a_bad_record_rejects_the_whole_file(app, tmp_path, spoil, field):
    good, bad = copy.deepcopy(EXAMPLE["cases"][0]), copy.deepcopy(EXAMPLE["cases"][0])
    bad["external_ref"] = "BAD-1"
    spoil(bad)
    result = run_import(app, write(tmp_path, [good, bad]))
    assert not result.ok and result.created == []
    assert [r.index for r in result.rejected] == [1]
    assert result.rejected[0].external_ref == "BAD-1"
    assert field in {p.field for p in result.rejected[0].problems}, result.rejected[0].problems
    with app.uow() as uow:
        assert uow.session.scalar(select(func.count(Case.id))) == 0


def test_every_bad_record_of_a_file_is_listed(app, tmp_path):
    records = []
    for spoil, _ in BAD_RECORDS[:5]:
        record = copy.deepcopy(EXAMPLE["cases"][0])
        spoil(record)
        records.append(record)
    result = run_import(app, write(tmp_path, records))
    assert [r.index for r in result.rejected] == list(range(5))
