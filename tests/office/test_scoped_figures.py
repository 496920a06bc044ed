"""Counts and figures honour a Klient user's scope (SQLite and PostgreSQL): the Role Center's
cues and key figures, the monthly chart, the reports and the case list's count, each read by a
Klient actor through the services, show only their client's (or departments') cases."""

from __future__ import annotations

from datetime import date

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.office import AccessDenied
from caplegal_desktop.services.reports import figures
from caplegal_desktop.services.reports.reports import run_report
from caplegal_desktop.services.reports.role_center import monthly_figures, role_center_figures
from caplegal_desktop.services.search.browse import case_ids
from tests.office.builders import a_user, signed_in
from workflows.reports import ReportParams
from workflows.reports.catalogue import STATUS

INTAKE_DAY = date(2026, 11, 23)  # the day the builders' cases are created


@pytest.fixture
def seats(office):
    admin, cases = office
    nord = signed_in(admin, "nord", change_to="Ny-Adgang-2026")
    k100 = signed_in(admin, "k100", change_to="Ny-Adgang-2026")
    return admin, cases, {"admin": admin, "nord": nord, "k100": k100}


def _role_center(seat):
    return role_center_figures(seat.database, today=INTAKE_DAY, user=seat.user, actor=seat.actor)


def test_role_center_cues_and_key_figures(seats):
    _, _, seat = seats
    shown = {who: _role_center(s) for who, s in seat.items()}
    assert [shown[w].cases_created_today for w in ("admin", "k100", "nord")] == [4, 3, 1]
    assert [shown[w].active_cases for w in ("admin", "k100", "nord")] == [4, 3, 1]
    one_case = shown["nord"].total_outstanding
    assert one_case > 0
    assert shown["k100"].total_outstanding == 3 * one_case
    assert shown["admin"].total_outstanding == 4 * one_case


def test_monthly_chart(seats):
    _, _, seat = seats
    for who, expected in (("admin", 4), ("k100", 3), ("nord", 1)):
        with seat[who].uow() as uow:
            months = monthly_figures(uow.session, today=INTAKE_DAY, months=3)
        assert sum(m.cases_created for m in months) == expected, who


def test_case_list_count(seats):
    _, _, seat = seats
    for who, expected in (("admin", 4), ("k100", 3), ("nord", 1)):
        with seat[who].uow() as uow:
            assert len(case_ids(uow.session)) == expected, who


def test_report_figures(seats):
    _, cases, seat = seats
    with seat["nord"].uow() as uow:
        rows = figures.case_figures(uow.session, as_of=INTAKE_DAY)
    assert [r.case_no for r in rows] == [cases["nord"][1]]
    with seat["k100"].uow() as uow:
        rows = figures.case_figures(uow.session, as_of=INTAKE_DAY)
    assert sorted(r.case_no for r in rows) == sorted(cases[k][1] for k in ("nord", "syd", "k100"))


def test_a_klient_runs_a_report_of_their_own_cases_only(seats):
    admin, _, seat = seats
    params = ReportParams(as_of=INTAKE_DAY, detailed=True)
    with seat["nord"].uow() as uow:
        mine = run_report(uow.session, report_id=STATUS, params=params)
    with admin.uow() as uow:
        everyone = run_report(uow.session, report_id=STATUS, params=params)
    assert len(mine.rows) < len(everyone.rows)
    # another client's number is answered as a client that does not exist
    with seat["nord"].uow() as uow, pytest.raises(ValidationError, match="Klient K200 findes ikke"):
        run_report(uow.session, report_id=STATUS,
                   params=ReportParams(as_of=INTAKE_DAY, client_no="K200"))  # fmt: skip


def test_staff_without_reports_read_are_refused(seats):
    admin, _, _ = seats
    a_user(admin, "sek", "Sekretaer")
    a_user(admin, "bog", "Bogholder")
    # every staff role holds reports.read today; the check is still the one place that decides
    with signed_in(admin, "bog", change_to="Ny-Adgang-2026").uow() as uow:
        run_report(uow.session, report_id=STATUS, params=ReportParams(as_of=INTAKE_DAY))
    temporary = signed_in(admin, "sek")  # a temporary password: nothing until it is changed
    with temporary.uow() as uow, pytest.raises(AccessDenied, match="Skift din adgangskode"):
        run_report(uow.session, report_id=STATUS, params=ReportParams(as_of=INTAKE_DAY))
