"""A Klient user sees exactly the cases of the departments granted: a probe of every other case
through every case read path finds nothing, and is told nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services.cases.card import case_card
from caplegal_desktop.services.cases.queries import get_case_detail
from caplegal_desktop.services.office.audit import list_entries
from caplegal_desktop.services.search.browse import case_factbox, case_ids, case_rows
from caplegal_desktop.services.search.case_search import find_cases
from caplegal_desktop.services.search.quick_search import quick_search
from caplegal_desktop.services.shared.case_refs import case_id_by_no
from caplegal_desktop.services.statements import case_statement
from tests.office.builders import a_user, signed_in

AS_OF = date(2026, 11, 30)


def _probe_everything(seat, case_id: int, case_no: str, debtor: str) -> list[str]:
    """Every read path asked about one case: what each one let out (nothing, for a hidden case)."""
    leaks = []
    with seat.uow() as uow:
        s = uow.session
        if case_id in case_ids(s):
            leaks.append("case list")
        if case_rows(s, ids=[case_id]):
            leaks.append("case rows")
        if quick_search(s, text=case_no):
            leaks.append("quick search")
        if find_cases(s, text=debtor) or find_cases(s, text=case_no):
            leaks.append("case find")
    probes = {
        "case card": (lambda s: case_card(s, case_id=case_id), f"Sag med id {case_id}"),
        "factbox": (lambda s: case_factbox(s, record_id=case_id), f"Sag med id {case_id}"),
        "statement": (
            lambda s: case_statement(s, case_id=case_id, as_of=AS_OF),
            f"Sag med id {case_id}",
        ),  # fmt: skip
        "case show": (lambda s: get_case_detail(s, case_no), f"Sag {case_no}"),
        "case by number": (lambda s: case_id_by_no(s, case_no), f"Sag {case_no}"),
    }
    for name, (probe, said) in probes.items():
        with seat.uow() as uow:
            try:
                probe(uow.session)
                leaks.append(name)
            except NotFound as exc:
                if str(exc) != f"{said} findes ikke.":  # word for word what a missing case says
                    leaks.append(f"{name}: {exc}")
    return leaks


def test_a_department_user_sees_their_department_and_nothing_else(office):
    admin, cases = office
    seat = signed_in(admin, "nord", change_to="Ny-Adgang-2026")
    debtors = {"nord": "Nora Nordahl", "syd": "Søren Sydbo", "k100": "Klaus Uden Afdeling",
               "k200": "Fie Fynbo"}  # fmt: skip
    for key in ("syd", "k100", "k200"):
        case_id, case_no = cases[key]
        assert _probe_everything(seat, case_id, case_no, debtors[key]) == [], key
    # the own department's case is there on every path
    case_id, case_no = cases["nord"]
    with seat.uow() as uow:
        assert case_ids(uow.session) == [case_id]
        assert quick_search(uow.session, text=case_no) == [case_id]
        assert [h.case_no for h in find_cases(uow.session, text="nora")] == [case_no]
        assert case_card(uow.session, case_id=case_id).general.case_no == case_no
        assert case_statement(uow.session, case_id=case_id, as_of=AS_OF).totals.principal > 0
    # every probe of a hidden case is in the audit log, without the case's contents
    with admin.uow() as uow:
        refused = list_entries(uow.session, login="nord", kind="refused")
    assert len(refused) == 3 * 5
    assert not any("Sydbo" in (r.detail or "") or "Fynbo" in (r.detail or "") for r in refused)


def test_a_user_granted_the_client_sees_all_its_cases_and_no_other_clients(office):
    admin, cases = office
    seat = signed_in(admin, "k100", change_to="Ny-Adgang-2026")
    with seat.uow() as uow:
        visible = set(case_ids(uow.session))
    assert visible == {cases[k][0] for k in ("nord", "syd", "k100")}
    assert _probe_everything(seat, *cases["k200"], "Fie Fynbo") == []


def test_staff_see_every_case(office):
    admin, cases = office
    a_user(admin, "abh", "Sagsbehandler")
    seat = signed_in(admin, "abh", change_to="Ny-Adgang-2026")
    with seat.uow() as uow:
        assert set(case_ids(uow.session)) == {case_id for case_id, _ in cases.values()}
