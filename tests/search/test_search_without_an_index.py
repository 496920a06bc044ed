"""The trigram indexes make searches fast, never different: without them the same rows are found,
and a PostgreSQL server without pg_trgm gets a clear message."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from caplegal_desktop.services.search import browse, lookups
from caplegal_desktop.services.search.case_search import find_cases
from caplegal_desktop.services.shared import search_index
from tests.search.conftest import AERTEBJERG


def _everything_found(app, office) -> None:
    with app.uow() as uow:
        listed = browse.case_rows(
            uow.session, ids=browse.case_ids(uow.session, filter_text="ÆRTEBJERG")
        )
        found = find_cases(uow.session, text="åse ähnström")
        wildcard = browse.client_rows(
            uow.session, ids=browse.client_ids(uow.session, filter_text="t_s")
        )
        parties = lookups.search_parties(uow.session, text="üz")
    assert {r.no for r in listed.values()} == set(office.aertebjerg_cases)
    assert {r.client_name for r in listed.values()} == {AERTEBJERG}
    assert [h.case_no for h in found] == [office.case_of["Åse Ähnström"]]
    assert [c.name for c in wildcard.values()] == ["Rent_Service ApS"]
    assert [p.name for p in parties] == ["Émile Üzel"]


def test_searches_find_the_same_rows_with_and_without_the_trigram_index(app, office):
    _everything_found(app, office)
    with app.database.engine.begin() as connection:
        search_index.drop(connection)
    app.database.dispose()  # no connection remembers the index
    _everything_found(app, office)
    with app.database.engine.begin() as connection:
        assert search_index.install(connection) == []
    app.database.dispose()
    _everything_found(app, office)


def test_a_server_without_pg_trgm_gets_a_danish_message_and_unindexed_searches(request, tmp_path):
    server = request.getfixturevalue("postgres_server")
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE ROLE kontor LOGIN"))
        connection.execute(text("CREATE DATABASE no_trgm"))
    admin.dispose()
    # GIVEN a user who may not create extensions in a database that has none
    clerk = create_engine(server.url("no_trgm").replace("caplegal@", "kontor@"))
    try:
        with clerk.begin() as connection:
            problems = search_index.install(connection)
            has_trgm = connection.execute(
                text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")
            ).scalar()
    finally:
        clerk.dispose()
    # THEN the install says why and how to fix it, in Danish, and nothing was half made
    assert has_trgm == 0
    assert len(problems) == 1
    assert problems[0].startswith("PostgreSQL-udvidelsen pg_trgm kan ikke oprettes på serveren")
    assert "caplegal db search-index" in problems[0]


def test_the_sqlite_index_is_an_fts5_trigram_table_kept_by_triggers(sqlite_url):
    engine = create_engine(sqlite_url)
    with engine.connect() as connection:
        names = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE name LIKE '%search%'")
            ).scalars()
        )
    engine.dispose()
    for table in ("case_search", "party_search", "client_search"):
        assert {table, f"{table}_fts", f"{table}_ai", f"{table}_ad", f"{table}_au"} <= names
