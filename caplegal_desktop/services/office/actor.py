"""Who is acting, and the one access check every service asks (docs/office.md).

An actor travels with the unit of work (`session.info["actor"]`), so services keep their
signatures and the desktop, the CLI and the portal get the same answer. A session without an
actor belongs to the program itself (migrations, scheduled jobs, tests of other features): it
may do everything. Klient users are scoped to their client, or to the departments granted.
"""

from __future__ import annotations

from sqlalchemy import false
from sqlalchemy.orm import Session

from caplegal_desktop.actor import Actor, case_in_scope
from caplegal_desktop.errors import NotFound, ServiceError
from caplegal_desktop.services.office import audit

NOT_ALLOWED = "Du har ikke adgang til at {what} (rolle: {role})."
MUST_CHANGE = (
    "Skift din adgangskode, før du fortsætter: caplegal users password {login} --password-stdin"
)
CASE_NOT_FOUND = "Sag {case_no} findes ikke."
CASE_ID_NOT_FOUND = "Sag med id {id} findes ikke."

# What each permission lets one do, as the refusal says it ("Du har ikke adgang til at ...").
WHAT = {
    "case.read": "se sager",
    "case.write": "ændre sager",
    "letters.write": "danne breve og udføre opfølgninger",
    "plans.write": "ændre betalingsordninger",
    "fundaments.write": "ændre fundamenter",
    "journal.post": "bogføre",
    "funds.read": "se klientmidler",
    "funds.write": "ændre klientmidler",
    "settlement.write": "afregne med klienter",
    "setup.read": "se opsætningen",
    "setup.write": "ændre opsætningen",
    "reports.read": "se rapporter og eksportere lister",
    "users.manage": "administrere brugere",
    "audit.read": "læse revisionsloggen",
    "portal.use": "bruge klientportalen",
    "portal.register": "registrere sager og indbetalinger i klientportalen",
}


class AccessDenied(ServiceError):
    """A refusal: nothing was changed, and the audit log has a line about it."""


ALL_PERMISSIONS = frozenset(WHAT)
SYSTEM = Actor(login="system", role="System", permissions=ALL_PERMISSIONS, name="CapLegal")


def current_actor(session: Session) -> Actor:
    return session.info.get("actor") or SYSTEM


def require(session: Session, permission: str, *, target: str | None = None) -> Actor:
    """The acting user if they may; else AccessDenied in Danish, with the refusal audited and the
    unit of work's changes thrown away."""
    actor = current_actor(session)
    if actor.may(permission):
        return actor
    if actor.must_change_password:
        message = MUST_CHANGE.format(login=actor.login)
    else:
        message = NOT_ALLOWED.format(what=WHAT.get(permission, permission), role=actor.role)
    refuse(session, actor, message, permission=permission, target=target)
    raise AccessDenied(message)  # refuse raises; this line keeps type checkers content


def refuse(
    session: Session,
    actor: Actor,
    message: str,
    *,
    permission: str,
    target: str | None = None,
    error: type[ServiceError] = AccessDenied,
) -> None:
    audit.record_now(
        session,
        login=actor.login,
        kind=audit.AuditKind.REFUSED,
        target=target,
        detail={"permission": permission, "role": actor.role, "message": message},
    )
    raise error(message)


def case_scope(actor: Actor, case_columns) -> object | None:
    """A WHERE clause limiting cases to the actor's scope, or None for all cases.

    `case_columns` is anything with `client_id` and `department_id` columns: the Case model or
    an aliased/selected case table."""
    if not actor.is_scoped:
        return None
    if actor.client_id is None:
        return false()
    if not actor.department_ids:
        return case_columns.client_id == actor.client_id
    return (case_columns.client_id == actor.client_id) & case_columns.department_id.in_(
        sorted(actor.department_ids)
    )


def refuse_case(session: Session, actor: Actor, case_no: str) -> None:
    message = CASE_NOT_FOUND.format(case_no=case_no)
    refuse(session, actor, message, permission="case.read", target=f"sag {case_no}",
           error=NotFound)  # fmt: skip


def case_scope_sql(actor: Actor, column: str) -> str | None:
    """The same scope as plain SQL for the hand-written searches: `column` (a case id) limited to
    the actor's cases, or None for all. A correlated EXISTS, so each hit costs one primary-key
    probe however many cases the client has. The numbers come from the actor, never from input."""
    if not actor.is_scoped:
        return None
    if actor.client_id is None:
        return "1 = 0"
    where = f"c.id = {column} AND c.client_id = {int(actor.client_id)}"
    if actor.department_ids:
        ids = ", ".join(str(int(d)) for d in sorted(actor.department_ids))
        where += f" AND c.department_id IN ({ids})"
    return f"EXISTS (SELECT 1 FROM collection_case c WHERE {where})"


def require_case(
    session: Session,
    case_id: int | None,
    *,
    case_no: str | None = None,
    permission: str = "case.read",
) -> Actor:
    """The check for one case: the permission, then the scope. A case outside the scope is
    answered exactly like a case that does not exist (nothing leaks), and audited."""
    actor = require(session, permission, target=f"sag {case_no or case_id}")
    if not actor.is_scoped:
        return actor
    row = None if case_id is None else _case_owner(session, case_id)
    # the same words as the not-found of the path asking: by number, or by id
    message = (
        CASE_NOT_FOUND.format(case_no=case_no) if case_no else CASE_ID_NOT_FOUND.format(id=case_id)
    )
    if row is None:
        raise NotFound(message)
    client_id, department_id, no = row
    if not case_in_scope(actor, client_id, department_id):
        refuse(session, actor, message, permission=permission, target=f"sag {no}",
               error=NotFound)  # fmt: skip
    return actor


_OWNER_QUERY: list = []  # built on first use (the models load on first use here, as before)


def _case_owner(session: Session, case_id: int) -> tuple | None:
    """(client id, department id, case no.) of a case, read once per unit of work: a portal
    page checks the same case in every service it calls. A Klient user never moves a case."""
    known = session.info.setdefault("case_owner", {})
    if case_id not in known:
        if not _OWNER_QUERY:
            from sqlalchemy import bindparam, select

            from models import Case

            _OWNER_QUERY.append(
                select(Case.client_id, Case.department_id, Case.no).where(
                    Case.id == bindparam("case_id")
                )
            )
        row = session.connection().execute(_OWNER_QUERY[0], {"case_id": case_id}).first()
        known[case_id] = tuple(row) if row is not None else None
    return known[case_id]
