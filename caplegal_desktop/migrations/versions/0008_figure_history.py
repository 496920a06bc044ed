"""legal-figure history, the consumer rate cap, and the updated reference-rate rows

Creates the append-only history of legal-figure rows (legal_figure_change) and the rate_cap
setup table. A database seeded before this revision gets the Danish reference rates back to
1 Jul 2006 (shared/rules/dk_reference_rate.csv, December 2026), the updated confidence marks and
sources of the DK and SE rows whose rate is unchanged, and the Swedish consumer rate cap. A new,
empty database gets all of it from caplegal_desktop/seed instead. The data is written here, not
read from the seed files, so this revision does the same whenever it runs.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# shared/rules/dk_reference_rate.csv and se_reference_rate.csv as of December 2026
DK_ROWS = (
    ("2006-07-01", "3.00", "MED", "forbrug.dk morarente list (morarente 10.00 - 7)"),
    ("2007-01-01", "3.75", "MED", "forbrug.dk morarente list (10.75 - 7)"),
    ("2007-07-01", "4.25", "MED", "forbrug.dk morarente list (11.25 - 7)"),
    ("2008-01-01", "4.25", "MED", "forbrug.dk morarente list (11.25 - 7)"),
    ("2008-07-01", "4.35", "MED", "forbrug.dk morarente list (11.35 - 7)"),
    ("2009-01-01", "3.75", "MED", "forbrug.dk morarente list (10.75 - 7)"),
    ("2009-07-01", "1.55", "MED", "forbrug.dk morarente list (8.55 - 7)"),
    ("2010-01-01", "1.20", "HIGH", "forbrug.dk morarente list"),
    ("2010-07-01", "1.05", "HIGH", "forbrug.dk"),
    ("2011-01-01", "1.05", "HIGH", "forbrug.dk"),
    ("2011-07-01", "1.30", "HIGH", "forbrug.dk"),
    ("2012-01-01", "0.70", "HIGH", "forbrug.dk"),
    ("2012-07-01", "0.45", "HIGH", "forbrug.dk"),
    ("2013-01-01", "0.20", "HIGH", "forbrug.dk"),
    ("2013-07-01", "0.20", "HIGH", "forbrug.dk; da.wikipedia Morarente"),
    ("2014-01-01", "0.20", "HIGH", "forbrug.dk"),
    ("2014-07-01", "0.20", "HIGH", "forbrug.dk; interestia.dk"),
    ("2015-01-01", "0.20", "HIGH", "forbrug.dk"),
    ("2015-07-01", "0.05", "HIGH", "forbrug.dk; Nationalbanken"),
    ("2016-01-01", "0.05", "HIGH", "forbrug.dk"),
    ("2016-07-01", "0.05", "HIGH", "forbrug.dk"),
    ("2017-01-01", "0.05", "HIGH", "forbrug.dk"),
    ("2017-07-01", "0.05", "HIGH", "forbrug.dk"),
    ("2018-01-01", "0.05", "HIGH", "forbrug.dk"),
    ("2018-07-01", "0.05", "HIGH", "forbrug.dk"),
    ("2019-01-01", "0.05", "HIGH", "forbrug.dk"),
    ("2019-07-01", "0.05", "HIGH", "forbrug.dk"),
    ("2020-01-01", "0.05", "HIGH", "forbrug.dk"),
    ("2020-07-01", "0.05", "HIGH", "forbrug.dk"),
    ("2021-01-01", "0.05", "HIGH", "forbrug.dk"),
    ("2021-07-01", "-0.35", "HIGH", "forbrug.dk (morarente 7.65); Nationalbanken"),
    ("2022-01-01", "-0.45", "HIGH", "forbrug.dk (morarente 7.55)"),
    ("2022-07-01", "-0.45", "HIGH", "rate hike only on 2022-07-22"),
    ("2023-01-01", "1.90", "HIGH", "lending rate 1.90 from 2022-12-15"),
    ("2023-07-01", "3.25", "HIGH", "lending rate 3.25 from 2023-06-15"),
    ("2024-01-01", "3.75", "HIGH", "selandiaadvokater.dk (morarente 11.75)"),
    ("2024-07-01", "3.50", "MED", "derived: lending rate 3.50 from 2024-06-06"),
    (
        "2025-01-01",
        "2.75",
        "HIGH",
        "lending rate cut to 2.75 in Dec 2024; next cut 30 Jan 2025 from 2.75 (two sources)",
    ),
    ("2025-07-01", "1.75", "HIGH", "lending rate 2.00 -> 1.75 on 2025-06-05 (two sources)"),
    (
        "2026-01-01",
        "1.75",
        "MED",
        "no Danish rate move found in H2 2025 (ECB unchanged June-Dec 2025); confirm at nationalbanken.dk",
    ),
)
SE_ROWS = (
    ("2010-01-01", "0.50", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2010-07-01", "0.50", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2011-01-01", "1.50", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2011-07-01", "2.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2012-01-01", "2.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2012-07-01", "1.50", "HIGH", "Riksbank 2012-07-02; SFS 2012:533"),
    ("2013-01-01", "1.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2013-07-01", "1.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2014-01-01", "1.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2014-07-01", "1.00", "HIGH", "Riksbank archive 2014"),
    ("2015-01-01", "0.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2015-07-01", "0.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2016-01-01", "0.00", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2016-07-01", "-0.50", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2017-01-01", "-0.50", "HIGH", "loanster.se; matches riksbank.se statistics page"),
    ("2017-07-01", "-0.50", "HIGH", "srfkonsult"),
    ("2018-01-01", "-0.50", "HIGH", "riksbank.se"),
    ("2018-07-01", "-0.50", "HIGH", "riksbank.se"),
    ("2019-01-01", "-0.50", "HIGH", "riksbank.se"),
    ("2019-07-01", "0.00", "HIGH", "riksbank.se"),
    ("2020-01-01", "0.00", "HIGH", "riksbank.se"),
    ("2020-07-01", "0.00", "HIGH", "riksbank.se"),
    ("2021-01-01", "0.00", "HIGH", "riksbank.se"),
    ("2021-07-01", "0.00", "HIGH", "riksbank.se"),
    ("2022-01-01", "0.00", "HIGH", "riksbank.se"),
    ("2022-07-01", "0.50", "HIGH", "riksbank.se"),
    ("2023-01-01", "2.50", "HIGH", "riksbank.se"),
    ("2023-07-01", "3.50", "HIGH", "riksbank.se"),
    ("2024-01-01", "4.00", "HIGH", "riksbank.se"),
    ("2024-07-01", "4.00", "HIGH", "riksbank.se"),
    ("2025-01-01", "3.00", "HIGH", "mystep.se"),
    ("2025-07-01", "2.00", "HIGH", "mystep.se"),
    ("2026-01-01", "2.00", "HIGH", "mystep.se"),
)

SE_CAP = {
    "country": "SE",
    "reference_series": "SE-REF",
    "valid_from": date(2025, 3, 1),
    "margin_pct": Decimal("20"),
    "legal_rule": "Konsumentkreditlagen (2010:1846) 19 a §",
    "confidence": "HIGH",
    "source": "Prop. 2024/25:17 (i kraft 1 mar 2025): räntetaket sänks från 40 till 20 "
    "procentenheter över referensräntan och gäller flertalet konsumentkrediter",
}


def upgrade() -> None:
    op.create_table(
        "legal_figure_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.String(length=300), nullable=True),
        sa.Column("new_value", sa.String(length=300), nullable=True),
        sa.Column("changed_by", sa.String(length=50), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_figure_change")),
    )
    op.create_index(
        "ix_legal_figure_change_row", "legal_figure_change", ["table_name", "row_id"], unique=False
    )
    rate_cap = op.create_table(
        "rate_cap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("reference_series", sa.String(length=20), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("margin_pct", sa.Numeric(precision=9, scale=4), nullable=False),
        sa.Column("legal_rule", sa.String(length=120), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("confidence", sa.String(length=12), nullable=False),
        sa.Column("confirmed_by", sa.String(length=50), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate_cap")),
        sa.UniqueConstraint("country", "valid_from", name=op.f("uq_rate_cap_country")),
    )
    _update_seeded_figures(rate_cap)


def _update_seeded_figures(rate_cap: sa.Table) -> None:
    connection = op.get_bind()
    if not connection.execute(sa.text("SELECT count(*) FROM company_setup")).scalar():
        return  # a new database: seed_setup fills everything from caplegal_desktop/seed
    reference = sa.table(
        "reference_rate",
        sa.column("id", sa.Integer()),
        sa.column("series", sa.String()),
        sa.column("valid_from", sa.Date()),
        sa.column("rate_pct", sa.Numeric(9, 4)),
        sa.column("confidence", sa.String()),
        sa.column("source", sa.String()),
    )
    for series, rows in (("DK-UDLAAN", DK_ROWS), ("SE-REF", SE_ROWS)):
        existing = dict(
            connection.execute(
                sa.select(reference.c.valid_from, reference.c.rate_pct).where(
                    reference.c.series == series
                )
            ).all()
        )
        for valid_from, rate, confidence, source in rows:
            day, pct = date.fromisoformat(valid_from), Decimal(rate)
            if day not in existing:
                connection.execute(
                    reference.insert().values(
                        series=series, valid_from=day, rate_pct=pct,
                        confidence=confidence, source=source,
                    )
                )  # fmt: skip
            elif Decimal(existing[day]) == pct:  # a rate a user changed keeps its own marks
                connection.execute(
                    reference.update()
                    .where(reference.c.series == series, reference.c.valid_from == day)
                    .values(confidence=confidence, source=source)
                )
    connection.execute(rate_cap.insert().values(**SE_CAP))


def downgrade() -> None:
    op.drop_table("rate_cap")
    op.drop_index("ix_legal_figure_change_row", table_name="legal_figure_change")
    op.drop_table("legal_figure_change")
