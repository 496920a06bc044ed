"""Money is exact on both backends: integer øre on SQLite, NUMERIC(18, 2) on PostgreSQL; the
0012_money migration converts an existing SQLite file and proves every amount unchanged."""

import importlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    Table,
    create_engine,
    func,
    insert,
    inspect,
    select,
    text,
)

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.migrate import alembic_config
from caplegal_desktop.services.demo.generate import generate_demo
from caplegal_desktop.services.reports.role_center import role_center_figures
from models import Base, LedgerEntry
from models.base import MONEY_HOLDS, MoneyColumnError, MoneyType
from workflows.amounts import MAX_AMOUNT

migration = importlib.import_module("caplegal_desktop.migrations.versions.0012_money_exact")

amounts = st.decimals(
    min_value=-MONEY_HOLDS, max_value=MONEY_HOLDS, places=2, allow_nan=False, allow_infinity=False
)


def _scratch_table(url: str):
    engine = create_engine(url)
    metadata = MetaData()
    table = Table(
        "money_probe", metadata, Column("id", Integer, primary_key=True), Column("a", MoneyType())
    )
    metadata.drop_all(engine)
    metadata.create_all(engine)
    return engine, table


def _money_columns_of_the_migrations() -> dict[str, set[str]]:
    """0012_money_exact's list, and the tables a later migration created with money columns
    (each names them in its own MONEY_COLUMNS)."""
    columns = {t: set(c) for t, c in migration.MONEY_COLUMNS.items()}
    folder = Path(migration.__file__).parent
    for path in sorted(folder.glob("001[4-9]_*.py")) + sorted(folder.glob("00[2-9]*_*.py")):
        later = importlib.import_module(f"caplegal_desktop.migrations.versions.{path.stem}")
        for table, names in getattr(later, "MONEY_COLUMNS", {}).items():
            columns.setdefault(table, set()).update(names)
    return columns


def test_every_money_column_of_the_models_is_one_type_and_in_the_migration():
    found: dict[str, set[str]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, MoneyType):
                found.setdefault(table.name, set()).add(column.name)
    assert found == _money_columns_of_the_migrations()
    assert MONEY_HOLDS == Decimal("9999999999999999.99")  # what NUMERIC(18, 2) holds
    assert MAX_AMOUNT < MONEY_HOLDS


def test_the_issues_amounts_come_back_exactly_and_sums_are_exact(database_url):
    backend = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    engine, table = _scratch_table(database_url)
    try:
        values = [
            Decimal("9999999999999999.99"),
            Decimal("1234567890123456.78"),
            Decimal("0.10"),
            Decimal("0.20"),
            Decimal("-0.01"),
        ]
        with engine.begin() as connection:
            connection.execute(insert(table), [{"a": v} for v in values])
            stored = connection.scalars(select(table.c.a).order_by(table.c.id)).all()
            assert stored == values
            assert [str(v) for v in stored][2] == "0.10"
            total = connection.scalar(select(func.sum(table.c.a)).where(table.c.id > 1))
            assert total == Decimal("1234567890123457.07")
            if backend == "sqlite":
                raw = connection.execute(text("SELECT a, typeof(a) FROM money_probe")).all()
                assert raw[1] == (123456789012345678, "integer")
                assert connection.execute(text("SELECT sum(a) FROM money_probe")).scalar() == (
                    sum(int(v * 100) for v in values)
                )
    finally:
        with engine.begin() as connection:
            table.drop(connection)
        engine.dispose()


@pytest.mark.parametrize("value", [Decimal("10000000000000000.00"), 10**25, Decimal("NaN"), 0.1])
def test_an_amount_the_column_cannot_hold_is_refused_not_rounded(database_url, value):
    engine, table = _scratch_table(database_url)
    try:
        with pytest.raises(Exception) as raised, engine.begin() as connection:
            connection.execute(insert(table), [{"a": value}])
        assert isinstance(raised.value.__cause__ or raised.value, MoneyColumnError) or isinstance(
            getattr(raised.value, "orig", None), MoneyColumnError
        )
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(table)) == 0
    finally:
        with engine.begin() as connection:
            table.drop(connection)
        engine.dispose()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(amounts, min_size=1, max_size=8))
def test_any_amount_round_trips_and_sums_exactly_on_sqlite(values, tmp_path_factory):
    path = tmp_path_factory.mktemp("money") / "p.sqlite3"
    engine, table = _scratch_table(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.execute(insert(table), [{"a": v} for v in values])
            assert connection.scalars(select(table.c.a).order_by(table.c.id)).all() == values
            assert connection.scalar(select(func.sum(table.c.a))) == sum(values)
            assert connection.scalar(select(func.sum(-table.c.a))) == -sum(values)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def postgres_url(postgres_server):
    return postgres_server.url()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(amounts, min_size=1, max_size=8))
def test_any_amount_round_trips_and_sums_exactly_on_postgresql(values, postgres_url):
    engine, table = _scratch_table(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(insert(table), [{"a": v} for v in values])
            assert connection.scalars(select(table.c.a).order_by(table.c.id)).all() == values
            assert connection.scalar(select(func.sum(table.c.a))) == sum(values)
    finally:
        with engine.begin() as connection:
            table.drop(connection)
        engine.dispose()


def _all_amounts(connection) -> dict[tuple[str, str], dict[int, Decimal]]:
    """Every money value of the file as the program reads it (through the models' type)."""
    amounts = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, MoneyType):
                [key] = table.primary_key.columns  # "id", or the entry's id on a list of entries
                rows = connection.execute(select(key, column)).all()
                amounts[(table.name, column.name)] = dict(rows)
    return amounts


def test_the_migration_converts_a_demo_file_and_keeps_every_amount_to_the_ore(sqlite_url):
    app = AppContext(open_database(sqlite_url), Settings(), "test")
    try:
        generate_demo(app, cases=150, seed=22, today=date(2026, 11, 2))
        engine = app.database.engine
        with engine.connect() as connection:
            before = _all_amounts(connection)
            figures = role_center_figures(app.database, today=date(2026, 11, 2), user="test")
    finally:
        app.close()
    assert sum(len(v) for v in before.values()) > 2000
    config = alembic_config(sqlite_url)
    command.downgrade(config, "0011_funds")  # the file as 0011 wrote it: REAL kroner
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        kinds = connection.execute(text("SELECT DISTINCT typeof(amount) FROM ledger_entry")).all()
        assert ("real",) in kinds
        # tables made after 0011 are gone with what they held (stored splits, the waiting list)
        kept = set(inspect(connection).get_table_names())
        before = {key: values for key, values in before.items() if key[0] in kept}
        # amounts an older program could have left: binary fractions and a third decimal
        connection.execute(text("UPDATE fee_amount SET amount = 0.1 + 0.2 WHERE id = 1"))
        connection.execute(text("UPDATE fee_amount SET amount = 0.125 WHERE id = 2"))
        connection.execute(text("UPDATE fee_amount SET amount = 9999999999999.99 WHERE id = 3"))
        connection.execute(text("UPDATE fee_amount SET amount = -1234.565 WHERE id = 4"))
    engine.dispose()
    before[("fee_amount", "amount")].update(
        {1: Decimal("0.30"), 2: Decimal("0.12"), 3: Decimal("9999999999999.99")}
    )
    before[("fee_amount", "amount")][4] = Decimal(f"{-1234.565:.2f}")

    command.upgrade(config, "heads")

    database = open_database(sqlite_url)
    try:
        with database.engine.connect() as connection:
            after = _all_amounts(connection)
            kinds = connection.execute(
                text("SELECT DISTINCT typeof(amount) FROM ledger_entry")
            ).all()
            # the ledger's triggers are back: a posted entry still cannot be changed
            with pytest.raises(Exception, match="bogf|posted|ændres|change"):
                connection.execute(text("UPDATE ledger_entry SET amount = 1 WHERE id = 1"))
        assert {key: values for key, values in after.items() if key[0] in kept} == before
        assert kinds == [("integer",)]
        assert role_center_figures(database, today=date(2026, 11, 2), user="test") == figures
    finally:
        database.dispose()


def test_the_migration_changes_nothing_on_postgresql_and_downgrades(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite: see the demo file test")
    config = alembic_config(database_url)
    command.downgrade(config, "0011_funds")
    command.upgrade(config, "heads")
    engine = create_engine(database_url)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(LedgerEntry.__table__)) == 0
    engine.dispose()
