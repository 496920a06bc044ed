"""Client departments and the intake's optional "department", on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.case_import import import_cases_file
from caplegal_desktop.services.office import departments
from models import Case, ClientDepartment
from tests.office.builders import a_client, a_department

TODAY = date(2026, 11, 23)


def _record(ref: str, department: str | None) -> dict:
    record = {
        "external_ref": ref,
        "client": {"no": "K100"},
        "debtors": [{"name": "Jens Sørensen", "kind": "person", "cpr": "070761-4285"}],
        "claims": [
            {"description": "Kontingent", "invoice_date": "2026-05-02",
             "due_date": "2026-06-01", "principal": "1200.00"}
        ],
    }  # fmt: skip
    if department is not None:
        record["department"] = department
    return record


def _import(app, tmp_path, records):
    path = tmp_path / "cases.json"
    path.write_text(json.dumps({"cases": records}), encoding="utf-8")
    with app.uow(write=True) as uow:
        return import_cases_file(uow, path, today=TODAY)


def test_a_case_is_imported_into_the_department_named(admin, tmp_path):
    # GIVEN a client with two departments
    a_client(admin, "K100", "Dansk Boldspil")
    a_department(admin, "K100", "NORD", "Klubber i Nordjylland")
    a_department(admin, "K100", "SYD", "Klubber i Sønderjylland")
    # WHEN a file names one department (in lower case) and another record none
    result = _import(admin, tmp_path, [_record("A-1", "nord"), _record("A-2", None)])
    # THEN each case has what its record said
    assert result.ok, [r.describe() for r in result.rejected]
    with admin.uow() as uow:
        rows = dict(
            uow.session.execute(
                select(Case.external_ref, ClientDepartment.code).outerjoin(
                    ClientDepartment, ClientDepartment.id == Case.department_id
                )
            ).all()
        )
    assert rows == {"A-1": "NORD", "A-2": None}


def test_an_unknown_department_refuses_the_file_naming_the_record(admin, tmp_path):
    a_client(admin, "K100", "Dansk Boldspil")
    a_department(admin, "K100", "NORD", "Klubber i Nordjylland")
    result = _import(admin, tmp_path, [_record("A-1", "NORD"), _record("B-7", "VEST")])
    assert not result.ok and not result.created
    (rejected,) = result.rejected
    assert rejected.describe() == (
        "post 1 (B-7), department: Klient K100 har ingen afdeling med koden VEST."
    )
    with admin.uow() as uow:
        assert uow.session.scalar(select(Case.id)) is None


def test_department_codes_are_unique_per_client_and_listed(admin):
    a_client(admin, "K100", "Dansk Boldspil")
    a_client(admin, "K200", "Fjernvarme Fyn")
    a_department(admin, "K100", "NORD", "Nord")
    a_department(admin, "K200", "NORD", "Nordfyn")
    with admin.uow(write=True) as uow, pytest.raises(ValidationError, match="allerede"):
        departments.add_department(uow.session, client_no="K100", code="nord", name="Igen")
    with admin.uow() as uow:
        listed = departments.list_departments(uow.session)
    assert [(d.client_no, d.code) for d in listed] == [("K100", "NORD"), ("K200", "NORD")]
