"""Keeping the search texts current: every write of a name, through any service, in one place.

The program's sessions are watched (db.Database.session_factory calls `watch`). A flush notes
which cases, parties and clients changed something their search text is made of (a new case, a
debtor added or removed, a rename, a new e-mail or contact person); bulk inserts and updates
through `session.execute` are noted too (the demo generator, imports). Before the transaction
commits, the noted texts are rewritten in the same transaction (caplegal_desktop.services.shared.search_documents),
so the texts never disagree with what was committed. A search inside an unfinished unit of work
calls `apply_pending` first, so it sees that unit's own changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from caplegal_desktop.services.shared import search_documents

_KEY = "caplegal_search_pending"
_WATCHED = "_caplegal_search_watched"
# the attributes each record's search text (or a case's, through it) is made of
_CASE = ("no", "client_id")
_CASE_PARTY = ("case_id", "party_id", "party_type", "removed")
_PARTY = ("no", "name", "name2", "co", "address", "postcode", "city", "email", "phone")
_PARTY += ("customer_no",)
_CONTACT = ("party_id", "name", "email", "phone")
_CLIENT = ("no", "name", "cvr", "address", "postcode", "city", "email")
# bulk statements: table -> (kind, the parameter holding the id of that kind, searchable columns)
_BULK = {
    "collection_case": ("cases", "id", _CASE),
    "case_party": ("cases", "case_id", _CASE_PARTY),
    "party": ("parties", "id", _PARTY),
    "party_contact": ("parties", "party_id", _CONTACT),
    "client": ("clients", "id", _CLIENT),
}
_SOURCE = {"cases": "collection_case", "parties": "party", "clients": "client"}


@dataclass
class Pending:
    cases: set[int] = field(default_factory=set)
    parties: set[int] = field(default_factory=set)
    clients: set[int] = field(default_factory=set)
    everything: set[str] = field(default_factory=set)  # kinds changed by an unkeyed bulk update
    new: list = field(default_factory=list)  # objects whose ids the flush will give

    def __bool__(self) -> bool:
        return bool(self.cases or self.parties or self.clients or self.everything or self.new)


def _pending(session: Session) -> Pending:
    return session.info.setdefault(_KEY, Pending())


def watch(factory: sessionmaker) -> None:
    """Keep the search texts current for every session this factory makes."""
    # Marked on the factory itself: event.contains() looks listeners up by id() of the factory's
    # session class, and a class that was garbage-collected leaves its entry behind, so a new
    # factory whose class reuses that id looked watched already and its names were never indexed.
    if getattr(factory, _WATCHED, False):
        return
    setattr(factory, _WATCHED, True)
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _forget)
    event.listen(factory, "do_orm_execute", _on_execute)


def apply_pending(session: Session) -> None:
    """Rewrite the noted search texts now (a search in the middle of a unit of work)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    pending = session.info.pop(_KEY, None)
    if not pending:
        return
    connection = session.connection()
    for kind in pending.everything:
        table = search_documents.SOURCES[_SOURCE[kind]]
        getattr(pending, kind).update(connection.execute(select(table.c.id)).scalars())
    search_documents.refresh(
        connection, cases=pending.cases, parties=pending.parties, clients=pending.clients
    )


def _changed(obj, names) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in names)


def _before_flush(session: Session, _context, _instances) -> None:
    from models import Case, CaseParty, Client, Party, PartyContact

    watched = (Case, CaseParty, Client, Party, PartyContact)
    pending = _pending(session)
    pending.new += [obj for obj in session.new if isinstance(obj, watched)]
    for obj in session.dirty:
        if isinstance(obj, Case) and _changed(obj, _CASE):
            pending.cases.add(obj.id)
        elif isinstance(obj, CaseParty) and _changed(obj, _CASE_PARTY):
            pending.cases.update(inspect(obj).attrs.case_id.history.sum())
        elif isinstance(obj, Party) and _changed(obj, _PARTY):
            pending.parties.add(obj.id)
        elif isinstance(obj, PartyContact) and _changed(obj, _CONTACT):
            pending.parties.update(inspect(obj).attrs.party_id.history.sum())
        elif isinstance(obj, Client) and _changed(obj, _CLIENT):
            pending.clients.add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, CaseParty):
            pending.cases.add(obj.case_id)
        elif isinstance(obj, PartyContact):
            pending.parties.add(obj.party_id)


def _after_flush(session: Session, _context) -> None:
    from models import Case, CaseParty, Client, Party, PartyContact

    pending = _pending(session)
    for obj in pending.new:
        if isinstance(obj, Case):
            pending.cases.add(obj.id)
        elif isinstance(obj, CaseParty):
            pending.cases.add(obj.case_id)
        elif isinstance(obj, Party):
            pending.parties.add(obj.id)
        elif isinstance(obj, PartyContact):
            pending.parties.add(obj.party_id)
        elif isinstance(obj, Client):
            pending.clients.add(obj.id)
    pending.new.clear()
    for ids in (pending.cases, pending.parties, pending.clients):
        ids.discard(None)


def _before_commit(session: Session) -> None:
    apply_pending(session)


def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)


def _on_execute(state) -> None:
    """Bulk statements bypass the flush: note the ids they name, or else the whole kind."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    statement = state.statement
    target = getattr(statement, "table", None)
    watched = _BULK.get(getattr(target, "name", None))
    if watched is None:
        return
    kind, key, searchable = watched
    if state.is_delete and target.name in _SOURCE.values():
        return  # the search rows go with their record (ON DELETE CASCADE)
    rows = state.parameters
    rows = [r for r in (rows if isinstance(rows, list) else [rows]) if isinstance(r, dict)]
    if state.is_update:
        columns = {getattr(c, "key", c) for c in getattr(statement, "_values", None) or {}}
        columns.update(name for row in rows for name in row)
        if not columns & set(searchable):
            return  # e.g. a case's status: nothing a search looks at
    ids = {row.get(key) for row in rows}
    pending = _pending(state.session)
    if rows and None not in ids and (state.is_insert or state.is_update):
        getattr(pending, kind).update(ids)
    else:
        pending.everything.add(kind)
