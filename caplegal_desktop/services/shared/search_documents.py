"""The search texts (case_search, party_search, client_search): what each holds, and writing them.

A case's text is its number, its client's name and, for every debtor still on the case, the
debtor's names, e-mail and phone number with those of the debtor's contact persons. A party's
text is what its list filter and F4 lookup match; a client's likewise. Every part is folded with
workflows.text_fold, so the same comparison holds on SQLite and PostgreSQL.

Plain Core statements over lightweight table descriptions: the migration that fills the texts
for existing rows (0009) runs this same code, and it does not depend on the mapped classes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator

from sqlalchemy import bindparam, column, delete, false, insert, select, table
from sqlalchemy.engine import Connection

from workflows.text_fold import digits_only, document

CHUNK = 2000

_case = table("collection_case", column("id"), column("no"), column("client_id"))
_client = table(
    "client",
    *(column(c) for c in ("id", "no", "name", "cvr", "address", "postcode", "city", "email")),
)
_party = table(
    "party",
    *(
        column(c)
        for c in (
            "id",
            "no",
            "name",
            "name2",
            "co",
            "address",
            "postcode",
            "city",
            "email",
            "phone",
            "customer_no",
        )
    ),
)
_case_party = table(
    "case_party", column("case_id"), column("party_id"), column("party_type"), column("removed")
)
_contact = table(
    "party_contact", column("party_id"), column("name"), column("email"), column("phone")
)
_case_search = table("case_search", column("case_id"), column("text"))
_party_search = table("party_search", column("party_id"), column("text"))
_client_search = table("client_search", column("client_id"), column("text"))
_IDS = bindparam("ids", expanding=True)
SOURCES = {"collection_case": _case, "party": _party, "client": _client}


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def cases_of(
    connection: Connection, *, parties: Collection[int] = (), clients: Collection[int] = ()
) -> set[int]:
    """The cases whose text names one of these parties or clients."""
    found: set[int] = set()
    for chunk in _chunks(parties):
        query = select(_case_party.c.case_id).where(_case_party.c.party_id.in_(_IDS))
        found.update(connection.execute(query, {"ids": chunk}).scalars())
    for chunk in _chunks(clients):
        query = select(_case.c.id).where(_case.c.client_id.in_(_IDS))
        found.update(connection.execute(query, {"ids": chunk}).scalars())
    return found


def refresh(
    connection: Connection,
    *,
    cases: Collection[int] = (),
    parties: Collection[int] = (),
    clients: Collection[int] = (),
) -> None:
    """Rewrite the texts of these records, and of every case a changed party or client is on."""
    affected = set(cases) | cases_of(connection, parties=parties, clients=clients)
    _write(connection, _party_search, "party_id", parties, _party_texts)
    _write(connection, _client_search, "client_id", clients, _client_texts)
    _write(connection, _case_search, "case_id", affected, _case_texts)


def rebuild(connection: Connection) -> None:
    """Every search text from scratch (the migration; `caplegal db search-index`)."""
    for target, key, source, texts in (
        (_party_search, "party_id", _party, _party_texts),
        (_client_search, "client_id", _client, _client_texts),
        (_case_search, "case_id", _case, _case_texts),
    ):
        connection.execute(delete(target))
        ids = list(connection.execute(select(source.c.id)).scalars())
        _write(connection, target, key, ids, texts, fresh=True)


def _write(connection, target, key: str, ids, texts, *, fresh: bool = False) -> None:
    for chunk in _chunks(ids):
        if not fresh:
            connection.execute(delete(target).where(target.c[key].in_(_IDS)), {"ids": chunk})
        rows = [{key: record_id, "text": text} for record_id, text in texts(connection, chunk)]
        if rows:
            connection.execute(insert(target), rows)


def _contacts(connection: Connection, party_ids: Iterable[int]) -> dict[int, list[str]]:
    """Per party: its contact persons' names, e-mails and phone numbers."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(party_ids):
        query = select(_contact).where(_contact.c.party_id.in_(_IDS))
        for row in connection.execute(query, {"ids": chunk}):
            found[row.party_id] += [row.name, row.email, digits_only(row.phone)]
    return found


def _party_texts(connection: Connection, ids: list[int]) -> Iterator[tuple[int, str]]:
    rows = connection.execute(select(_party).where(_party.c.id.in_(_IDS)), {"ids": ids}).all()
    contacts = _contacts(connection, ids)
    for p in rows:
        yield (
            p.id,
            document(
                p.no,
                p.name,
                p.name2,
                p.co,
                p.address,
                p.postcode,
                p.city,
                p.email,
                p.customer_no,
                digits_only(p.phone),
                *contacts.get(p.id, ()),
            ),
        )


def _client_texts(connection: Connection, ids: list[int]) -> Iterator[tuple[int, str]]:
    rows = connection.execute(select(_client).where(_client.c.id.in_(_IDS)), {"ids": ids})
    for c in rows:
        yield c.id, document(c.no, c.name, c.cvr, c.address, c.postcode, c.city, c.email)


def _case_texts(connection: Connection, ids: list[int]) -> Iterator[tuple[int, str]]:
    cases = connection.execute(
        select(_case.c.id, _case.c.no, _client.c.name)
        .join(_client, _client.c.id == _case.c.client_id)
        .where(_case.c.id.in_(_IDS)),
        {"ids": ids},
    ).all()
    debtors: dict[int, list] = defaultdict(list)
    query = (
        select(
            _case_party.c.case_id,
            _party.c.id,
            _party.c.name,
            _party.c.name2,
            _party.c.email,
            _party.c.phone,
        )
        .join(_party, _party.c.id == _case_party.c.party_id)
        .where(
            _case_party.c.case_id.in_(_IDS),
            _case_party.c.party_type == "DEBITOR",
            _case_party.c.removed == false(),
        )
        .order_by(_case_party.c.case_id, _party.c.id)
    )
    for row in connection.execute(query, {"ids": ids}):
        debtors[row.case_id].append(row)
    contacts = _contacts(connection, {d.id for rows in debtors.values() for d in rows})
    for case_id, no, client_name in cases:
        # "46" finds case 000046 as a whole word, not only as a fragment
        parts: list[str | None] = [no, no.lstrip("0") if no.isdigit() else None, client_name]
        for d in debtors.get(case_id, ()):
            parts += [d.name, d.name2, d.email, digits_only(d.phone), *contacts.get(d.id, ())]
        yield case_id, document(*parts)
