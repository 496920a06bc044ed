"""Start-up reads: schema check, seed check and Role Center figures before SQLAlchemy is loaded.

The embedded file is read through the standard library's sqlite3 until something needs the
engine; the figures must be the same, to the øre, whichever way they were read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from caplegal_desktop.app import AppContext
from caplegal_desktop.db import Database, open_database, sqlite_file
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.reports import role_center
from models import LedgerEntry
from models.ledger_sign import DEBT_TYPES
from models.money import round_ore

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)

START_PROBE = """
import json, sys
from datetime import date
from caplegal_desktop.app import AppContext
from caplegal_desktop.services.reports import role_center
context = AppContext.open(sys.argv[1], user="probe")
figures = role_center.role_center_figures(context.database, today=date(2026, 11, 23), user="x")
loaded = sorted(m for m in ("sqlalchemy", "alembic", "keyring") if m in sys.modules)
print(json.dumps({
    "loaded": loaded,
    "outstanding": str(figures.total_outstanding),
    "company": role_center.company_name(context.database),
    "display": context.database.display_name(),
}))
"""


def test_a_start_on_a_current_embedded_file_loads_no_sqlalchemy(sqlite_url):
    result = subprocess.run(
        [sys.executable, "-c", START_PROBE, sqlite_url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    probe = json.loads(result.stdout)
    assert probe["loaded"] == []
    assert probe["company"]  # the seeded firm, read through sqlite3
    assert probe["display"] == f"SQLite: {sqlite_file(sqlite_url)}"


def test_a_new_embedded_file_is_still_created_upgraded_and_seeded(tmp_path):
    url = f"sqlite:///{tmp_path / 'folder' / 'new.sqlite3'}"
    context = AppContext.open(url, user="test")
    try:
        assert role_center.company_name(context.database)
    finally:
        context.close()


def _independent_outstanding(session) -> Decimal:
    """Sum of the ledger through the ORM, with Decimal amounts: debt up, the rest down."""
    rows = session.execute(
        select(LedgerEntry.entry_type, func.sum(LedgerEntry.amount)).group_by(
            LedgerEntry.entry_type
        )
    ).all()
    total = sum(
        (Decimal(amount) if kind in DEBT_TYPES else -Decimal(amount) for kind, amount in rows),
        Decimal(0),
    )
    return round_ore(total)


def test_role_center_figures_are_the_same_before_and_after_the_engine_exists(database_url):
    context = AppContext(open_database(database_url), None, "test")
    generate_demo(context, cases=60, seed=11, today=TODAY)
    context.close()

    fresh = Database(database_url)  # no engine yet: sqlite3 on the embedded file
    before = role_center.role_center_figures(fresh, today=TODAY, user="test")
    fresh.engine  # noqa: B018 -- from here on reads go through the engine's pool
    after = role_center.role_center_figures(fresh, today=TODAY, user="test")
    with fresh.session_factory() as session:
        expected = _independent_outstanding(session)
        negative_amounts = session.scalar(
            select(func.count()).select_from(LedgerEntry).where(LedgerEntry.amount < 0)
        )
    fresh.dispose()

    assert before == after
    assert before.total_outstanding == expected
    # the figures sign amounts by entry type, so the ledger must hold them unsigned
    assert before.active_cases > 0 and negative_amounts == 0
    assert before.collected_this_year >= before.collected_this_month >= 0


def test_plain_reads_take_named_parameters_dates_and_percent_signs_on_both_backends(app):
    rows = app.database.fetch_all(
        "SELECT count(*) FROM collection_case WHERE created_on <= :day AND 'x%' LIKE :pattern",
        {"day": TODAY, "pattern": "x%"},
    )
    assert rows == [(0,)]
