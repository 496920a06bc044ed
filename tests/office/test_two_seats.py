"""Two people on one case (SQLite and PostgreSQL): a save on a version someone else changed
meanwhile is refused with who and when, and nothing is overwritten."""

from __future__ import annotations

import re

import pytest

from caplegal_desktop.errors import Conflict
from caplegal_desktop.services.cases.general import case_version, save_case_general
from models import Case, Employee
from tests.office.builders import a_case, a_client, a_user, signed_in


@pytest.fixture
def two_seats(admin):
    a_client(admin, "K100", "Dansk Boldspil")
    case_id, _ = a_case(admin, "K100", "Nora Nordahl")
    with admin.uow(write=True) as uow:
        uow.session.add_all([Employee(initials="ABH", name="Anne B. Hansen"),
                             Employee(initials="KLM", name="Kim L. Mortensen")])  # fmt: skip
        uow.commit()
    a_user(admin, "abh", "Sagsbehandler", employee="ABH")
    a_user(admin, "klm", "Sekretaer", employee="KLM")
    first = signed_in(admin, "abh", change_to="Ny-Adgang-2026")
    second = signed_in(admin, "klm", change_to="Ny-Adgang-2026")
    return admin, case_id, first, second


def test_the_second_save_of_the_same_version_is_refused_with_who_and_when(two_seats):
    admin, case_id, first, second = two_seats
    # GIVEN both seats have the case open at the same version
    with first.uow() as uow:
        read_by_first = case_version(uow.session, case_id=case_id).version
    with second.uow() as uow:
        read_by_second = case_version(uow.session, case_id=case_id).version
    # WHEN the first saves
    with first.uow(write=True) as uow:
        saved = save_case_general(uow.session, case_id=case_id, expected_version=read_by_first,
                                  changes={"regarding": "Kontingent 2026, rykket"})  # fmt: skip
        uow.commit()
    # THEN the second's save is refused, naming the first and the time
    with second.uow(write=True) as uow, pytest.raises(Conflict) as refused:
        save_case_general(uow.session, case_id=case_id, expected_version=read_by_second,
                          changes={"regarding": "Noget helt andet"})  # fmt: skip
    assert re.fullmatch(r"Sagen er ændret af ABH kl\. \d\d:\d\d — genindlæs\.", str(refused.value))
    assert f"{saved.changed_at:%H:%M}" in str(refused.value)
    # AND nothing of the second's was written
    with admin.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert (case.regarding, case.version, case.changed_by) == (
            "Kontingent 2026, rykket",
            1,
            "ABH",
        )
    # AND after reloading, the second may save on the new version
    with second.uow(write=True) as uow:
        again = save_case_general(uow.session, case_id=case_id, expected_version=1,
                                  changes={"regarding": "Noget helt andet"})  # fmt: skip
        uow.commit()
    assert (again.version, again.changed_by) == (2, "KLM")


def test_a_revisor_cannot_save_a_case(two_seats):
    admin, case_id, _, _ = two_seats
    a_user(admin, "rev", "Revisor")
    seat = signed_in(admin, "rev", change_to="Ny-Adgang-2026")
    from caplegal_desktop.services.office import AccessDenied

    with seat.uow(write=True) as uow, pytest.raises(AccessDenied, match="ændre sager"):
        save_case_general(uow.session, case_id=case_id, expected_version=0,
                          changes={"regarding": "x"})  # fmt: skip
