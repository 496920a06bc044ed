"""PostgreSQL row-level security for the portal's role, checked with direct SQL as that role:
a query without any WHERE sees only the Klient user's cases and what hangs on them."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from caplegal_desktop.services.office.rls import enter_portal_role
from tests.office.builders import signed_in

TABLES = ("collection_case", "claim", "case_party", "ledger_entry", "party", "client",
          "case_history", "case_search")  # fmt: skip


@pytest.fixture
def pg_office(office, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("row-level security is PostgreSQL's")
    return office


def _counts(app, actor=None, *, settings: dict | None = None) -> dict[str, int]:
    with app.uow() as uow:
        session = uow.session
        if actor is not None:
            enter_portal_role(session, actor)
        elif settings is not None:
            for key, value in settings.items():
                session.execute(text("SELECT set_config(:k, :v, true)"), {"k": key, "v": value})
            session.execute(text("SET LOCAL ROLE caplegal_portal"))
        return {t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}


def test_the_portal_role_sees_only_the_departments_granted(pg_office):
    admin, cases = pg_office
    everything = _counts(admin)
    nord = signed_in(admin, "nord", change_to="Ny-Adgang-2026").actor
    k100 = signed_in(admin, "k100", change_to="Ny-Adgang-2026").actor
    seen_by_nord = _counts(admin, nord)
    seen_by_k100 = _counts(admin, k100)
    assert everything["collection_case"] == 4
    assert seen_by_nord["collection_case"] == 1 and seen_by_k100["collection_case"] == 3
    assert seen_by_nord["party"] == 1 and seen_by_nord["client"] == 1  # its own debtor only
    for table in TABLES:
        assert 0 < seen_by_nord[table] <= seen_by_k100[table] < everything[table], table
    with admin.uow() as uow:
        enter_portal_role(uow.session, nord)
        numbers = uow.session.execute(text("SELECT no FROM collection_case")).scalars().all()
    assert numbers == [cases["nord"][1]]


def test_the_portal_role_without_a_scope_sees_nothing_and_changes_nothing(pg_office):
    admin, cases = pg_office
    assert set(_counts(admin, settings={}).values()) == {0}
    with admin.uow() as uow, pytest.raises(ProgrammingError, match="permission denied"):
        uow.session.execute(text("SET LOCAL ROLE caplegal_portal"))
        uow.session.execute(text("UPDATE collection_case SET regarding = 'x'"))
