"""The audit log is append-only in the database itself, like the ledger (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from caplegal_desktop.services.office.audit import list_entries


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET login = 'someone else'", "DELETE FROM audit_log"],
)
def test_audit_lines_cannot_be_changed_or_deleted_even_with_plain_sql(admin, statement):
    with admin.uow(write=True) as uow, pytest.raises(DBAPIError, match="Revisionsloggen"):
        uow.session.execute(text(statement))
    with admin.uow() as uow:
        (line,) = list_entries(uow.session)
    assert (line.login, line.kind) == ("system", "user_added")  # the first start, untouched
