"""Who is acting: the signed-in user's login, role, permissions and (for Klient users) scope.

Plain data without SQLAlchemy, so the program can sign the operating-system user in on the
embedded file before the data layer loads (start-up time). The check itself is
services.office (`require`, `require_case`, `case_scope`); docs/office.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    login: str
    role: str
    permissions: frozenset[str]
    name: str = ""
    employee_initials: str | None = None
    # Klient users only: their client and the departments granted (empty: the whole client)
    client_id: int | None = None
    department_ids: frozenset[int] = field(default_factory=frozenset)
    client_scoped: bool = False
    must_change_password: bool = False
    user_id: int | None = None

    def sees_case(self, client_id: int, department_id: int | None) -> bool:
        return case_in_scope(self, client_id, department_id)

    def refuse_case(self, session, case_no: str) -> None:
        """A case outside the scope, answered as one that does not exist (and audited)."""
        from caplegal_desktop.services.office import refuse_case

        refuse_case(session, self, case_no)

    def may(self, permission: str) -> bool:
        return permission in self.permissions and not self.must_change_password

    @property
    def is_scoped(self) -> bool:
        return self.client_scoped


def case_in_scope(actor: Actor, client_id: int, department_id: int | None) -> bool:
    if not actor.is_scoped:
        return True
    if actor.client_id is None or client_id != actor.client_id:
        return False
    return not actor.department_ids or department_id in actor.department_ids


_USER_SQL = (
    "SELECT u.id, u.name, u.role_code, u.active, u.must_change_password, u.client_id, "
    "e.initials, r.client_scoped FROM app_user u JOIN office_role r ON r.code = u.role_code "
    "LEFT JOIN employee e ON e.id = u.employee_id WHERE u.login = :login"
)


def read_os_actor(database, login: str) -> Actor | None:
    """The active user with this login, read with plain SQL (no SQLAlchemy); None when there
    is none (the services then decide: first Administrator, or a refusal)."""
    rows = database.fetch_all(_USER_SQL, {"login": login})
    if not rows or not rows[0][3]:
        return None
    user_id, name, role, _active, must_change, client_id, initials, scoped = rows[0]
    permissions = database.fetch_all(
        "SELECT permission_code FROM office_role_permission WHERE role_code = :role",
        {"role": role},
    )
    departments = database.fetch_all(
        "SELECT department_id FROM app_user_department WHERE user_id = :id", {"id": user_id}
    )
    return Actor(
        login=login,
        role=role,
        permissions=frozenset(p for (p,) in permissions),
        name=name,
        employee_initials=initials,
        client_id=client_id,
        department_ids=frozenset(d for (d,) in departments),
        client_scoped=bool(scoped),
        must_change_password=bool(must_change),
        user_id=user_id,
    )
