"""A database made before December 2026 gets the older Danish rows and the new marks on upgrade."""

import itertools
import os
from datetime import date
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import Boolean, Integer, MetaData, Numeric, create_engine, insert, select, text

from caplegal_desktop.migrate import alembic_config

_names = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite3'}"
    server = request.getfixturevalue("postgres_server")
    name = f"old_{os.getpid()}_{next(_names)}"
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server.url(name)


def upgrade(engine, target: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def filler(column):
    """A value for a NOT NULL column without a server default (schema as of revision 0007)."""
    if isinstance(column.type, Boolean):
        return False
    if isinstance(column.type, Integer | Numeric):
        return 0
    return "x"


OLD_ROWS = [  # as seeded before this revision (MED/UNVERIFIED marks, from 2010 on)
    ("DK-UDLAAN", date(2010, 1, 1), "1.20", "HIGH", "forbrug.dk morarente list"),
    ("DK-UDLAAN", date(2025, 1, 1), "2.80", "MED", "a rate a user had changed"),
    ("DK-UDLAAN", date(2025, 7, 1), "1.75", "MED", "derived: lending rate 1.75"),
    ("DK-UDLAAN", date(2026, 1, 1), "1.75", "UNVERIFIED", "assumes no change in H2 2025"),
    ("SE-REF", date(2025, 7, 1), "2.00", "MED", "mystep.se"),
]


def test_upgrading_a_seeded_database_adds_the_older_rows_and_takes_over_the_marks(empty_url):
    engine = create_engine(empty_url)
    try:
        upgrade(engine, "0007")
        meta = MetaData()
        meta.reflect(engine, only=["company_setup", "reference_rate"])
        company = meta.tables["company_setup"]
        reference = meta.tables["reference_rate"]
        required = {
            c.name: filler(c)
            for c in company.columns
            if not c.nullable and not c.primary_key and c.server_default is None
        }
        with engine.begin() as connection:
            connection.execute(insert(company).values({**required, "company_name": "Firma"}))
            for series, day, rate, confidence, source in OLD_ROWS:
                connection.execute(
                    insert(reference).values(
                        series=series, valid_from=day, rate_pct=Decimal(rate),
                        confidence=confidence, source=source,
                    )
                )  # fmt: skip
        upgrade(engine, "heads")
        with engine.connect() as connection:
            rows = {
                (r.series, r.valid_from): r for r in connection.execute(select(reference)).all()
            }
            caps = connection.execute(text("SELECT country, margin_pct FROM rate_cap")).all()
    finally:
        engine.dispose()
    danish = sorted(day for series, day in rows if series == "DK-UDLAAN")
    assert danish[:7] == [
        date(2006, 7, 1), date(2007, 1, 1), date(2007, 7, 1), date(2008, 1, 1),
        date(2008, 7, 1), date(2009, 1, 1), date(2009, 7, 1),
    ]  # fmt: skip
    assert rows["DK-UDLAAN", date(2006, 7, 1)].confidence == "MED"
    july = rows["DK-UDLAAN", date(2025, 7, 1)]
    assert (july.confidence, july.source) == (
        "HIGH",
        "lending rate 2.00 -> 1.75 on 2025-06-05 (two sources)",
    )
    assert rows["DK-UDLAAN", date(2026, 1, 1)].confidence == "MED"
    changed = rows["DK-UDLAAN", date(2025, 1, 1)]  # its rate differs from the file: left alone
    assert (changed.rate_pct, changed.confidence) == (Decimal("2.8"), "MED")
    assert rows["SE-REF", date(2025, 7, 1)].confidence == "HIGH"
    assert ("SE-REF", date(2010, 1, 1)) in rows  # rows the old database lacked are added too
    assert [(c, Decimal(m)) for c, m in caps] == [("SE", Decimal(20))]


def test_a_new_empty_database_is_left_to_the_seed(empty_url):
    engine = create_engine(empty_url)
    try:
        upgrade(engine, "heads")
        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM reference_rate")).scalar()
            caps = connection.execute(text("SELECT count(*) FROM rate_cap")).scalar()
    finally:
        engine.dispose()
    assert (count, caps) == (0, 0)
