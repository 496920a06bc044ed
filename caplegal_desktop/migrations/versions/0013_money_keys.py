"""natural keys unique: one client per CVR, one party per CPR/personnummer and per
CVR/organisationsnummer, one case per client reference (client_id, external_ref)

Existing duplicates are NOT merged: merging clients or debtors moves cases, ledger entries and
letters between them, which is a decision for a person, not a migration. The upgrade refuses
instead, with one Danish message that names every duplicate (the numbers and who holds them), and
changes nothing; the program keeps running on the previous revision's schema until they are
resolved (docs/amounts.md, "Natural keys").

Revision ID: 0013_money_keys
Revises: 0012_money
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from caplegal_desktop.errors import ServiceError

# revision identifiers, used by Alembic.
revision: str = "0013_money_keys"
down_revision: str | Sequence[str] | None = "0012_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column(s), index that becomes unique (or None: new), what a person calls the number)
KEYS = (
    ("client", ("cvr",), "ix_client_cvr", "CVR-nr.", "klient"),
    ("party", ("cpr",), "ix_party_cpr", "CPR-/personnr.", "part"),
    ("party", ("cvr",), "ix_party_cvr", "CVR-/org.nr.", "part"),
)
CASE_REF_INDEX = "uq_collection_case_client_ref"
SHOWN_GROUPS = 10


class DuplicateKeysError(ServiceError):
    """Natural keys used twice: the upgrade is refused, the message names them."""


def duplicate_keys(connection) -> list[str]:
    """One Danish line per number used more than once ('CVR-nr. 12345678: klient K0001, K0007')."""
    lines = []
    for table, (column,), _index, label, who in KEYS:
        rows = connection.exec_driver_sql(
            f"SELECT {column}, no FROM {table} WHERE {column} IN "
            f"(SELECT {column} FROM {table} WHERE {column} IS NOT NULL "
            f"GROUP BY {column} HAVING count(*) > 1) ORDER BY {column}, no"
        ).fetchall()
        groups: dict[str, list[str]] = {}
        for number, no in rows:
            groups.setdefault(number, []).append(no)
        lines += [f"{label} {n}: {who} {', '.join(nos)}" for n, nos in groups.items()]
    rows = connection.exec_driver_sql(
        "SELECT c.no, k.no, c.external_ref FROM collection_case c JOIN client k ON k.id = c.client_id "
        "WHERE c.external_ref IS NOT NULL AND (c.client_id, c.external_ref) IN "
        "(SELECT client_id, external_ref FROM collection_case WHERE external_ref IS NOT NULL "
        "GROUP BY client_id, external_ref HAVING count(*) > 1) ORDER BY k.no, c.external_ref, c.no"
    ).fetchall()
    groups = {}
    for case_no, client_no, ref in rows:
        groups.setdefault((client_no, ref), []).append(case_no)
    lines += [f"klient {k} reference {r}: sag {', '.join(n)}" for (k, r), n in groups.items()]
    return lines


def upgrade() -> None:
    connection = op.get_bind()
    duplicates = duplicate_keys(connection)
    if duplicates:
        shown = duplicates[:SHOWN_GROUPS]
        more = len(duplicates) - len(shown)
        raise DuplicateKeysError(
            "Databasen kan ikke opgraderes: disse numre bruges mere end én gang, og hver må kun "
            "høre til én klient, part eller sag. Ret eller sammenlæg dem i den tidligere version, "
            "og start igen (intet er ændret): "
            + "; ".join(shown)
            + (f"; og {more} flere." if more else ".")
        )
    # plain index statements: no table is rebuilt, the ledger's triggers stay as they are
    for table, (column,), index, _label, _who in KEYS:
        op.drop_index(index, table_name=table)
        op.create_index(index, table, [column], unique=True)
    op.create_index(CASE_REF_INDEX, "collection_case", ["client_id", "external_ref"], unique=True)


def downgrade() -> None:
    op.drop_index(CASE_REF_INDEX, table_name="collection_case")
    for table, (column,), index, _label, _who in KEYS:
        op.drop_index(index, table_name=table)
        op.create_index(index, table, [column], unique=False)
