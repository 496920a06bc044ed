"""Posted means posted: the database itself refuses to change or delete a ledger entry."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.journal.builders import new_case


def _first_entry_id(app) -> int:
    with app.uow() as uow:
        return uow.session.execute(text("SELECT min(id) FROM ledger_entry")).scalar_one()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ledger_entry SET amount = amount + 1 WHERE id = :id",
        "UPDATE ledger_entry SET entry_type = 'credit' WHERE id = :id",
        "DELETE FROM ledger_entry WHERE id = :id",
    ],
)
def test_the_database_refuses_to_change_or_delete_a_posted_entry(app, statement):
    new_case(app)
    entry_id = _first_entry_id(app)
    with app.uow(write=True) as uow, pytest.raises(DBAPIError, match="Bogførte poster kan ikke"):
        uow.session.execute(text(statement), {"id": entry_id})


def test_the_description_of_a_posted_entry_may_be_corrected(app):
    new_case(app)
    entry_id = _first_entry_id(app)
    with app.uow(write=True) as uow:
        uow.session.execute(
            text("UPDATE ledger_entry SET description = 'Rettet tekst' WHERE id = :id"),
            {"id": entry_id},
        )
        uow.commit()
    with app.uow() as uow:
        description = uow.session.execute(
            text("SELECT description FROM ledger_entry WHERE id = :id"), {"id": entry_id}
        ).scalar_one()
    assert description == "Rettet tekst"


def test_truncating_the_ledger_is_refused_on_postgresql(app):
    if app.database.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE")
    new_case(app)
    with app.uow(write=True) as uow, pytest.raises(DBAPIError, match="Bogførte poster kan ikke"):
        uow.session.execute(text("TRUNCATE ledger_entry CASCADE"))
