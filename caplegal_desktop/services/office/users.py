"""Users: add, list, disable, passwords and API tokens. Every change needs `users.manage`
(but anyone may change their own password) and is written to the audit log."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.office import audit
from caplegal_desktop.services.office.actor import current_actor, require
from caplegal_desktop.services.office.departments import departments_for
from caplegal_desktop.services.office.passwords import (
    check_password_rules,
    hash_password,
    new_token,
    temporary_password,
    token_hash,
    verify_password,
)
from caplegal_desktop.services.office.roles import ADMINISTRATOR, USERS_MANAGE, role
from caplegal_desktop.services.office.web_sessions import end_sessions_of
from models import ApiToken, AppUser, Client, ClientDepartment, Employee, Role, UserDepartment

_LOGIN = re.compile(r"^[\w.@\\-]{1,100}$")
UNKNOWN_USER = "Brugeren {login} findes ikke."
UNKNOWN_ROLE = "Rollen {role} findes ikke; vælg en af: {roles}."
LAST_ADMIN = "Den sidste aktive administrator kan ikke deaktiveres."
WRONG_CURRENT = "Den nuværende adgangskode er forkert."
SAME_AS_BEFORE = "Den nye adgangskode skal være en anden end den nuværende."
NOT_A_PERSON = "Kun en oprettet bruger kan skifte adgangskode."


@dataclass(frozen=True)
class UserRow:
    login: str
    name: str
    role: str
    active: bool
    language: str
    employee: str | None
    client_no: str | None
    departments: tuple[str, ...]
    must_change_password: bool
    locked_until: datetime | None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "name": self.name,
            "role": self.role,
            "active": self.active,
            "language": self.language,
            "employee": self.employee,
            "client_no": self.client_no,
            "departments": list(self.departments),
            "must_change_password": self.must_change_password,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
        }


def user_by_login(session: Session, login: str) -> AppUser:
    user = session.scalar(select(AppUser).where(AppUser.login == login))
    if user is None:
        raise NotFound(UNKNOWN_USER.format(login=login))
    return user


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def add_user(
    session: Session,
    *,
    login: str,
    role_name: str,
    password: str | None,
    name: str | None = None,
    employee: str | None = None,
    client_no: str | None = None,
    departments: list[str] | tuple[str, ...] = (),
    language: str = "da",
) -> UserRow:
    """A new user. A password given here is temporary: it must be changed at the first sign-in."""
    actor = require(session, USERS_MANAGE, target=f"bruger {login}")
    login = login.strip()
    problems: list[Problem] = []
    if not _LOGIN.match(login):
        problems.append(Problem("login", "Brugernavnet skal have 1-100 tegn uden mellemrum."))
    elif session.scalar(select(AppUser.id).where(AppUser.login == login)) is not None:
        problems.append(Problem("login", f"Brugeren {login} findes allerede."))
    found_role = role(session, role_name)
    if found_role is None:
        roles = ", ".join(session.scalars(select(Role.name).order_by(Role.name)))
        problems.append(Problem("rolle", UNKNOWN_ROLE.format(role=role_name, roles=roles)))
    if language not in ("da", "sv", "en"):
        problems.append(Problem("sprog", "Sproget skal være da, sv eller en."))
    if password is not None:
        try:
            check_password_rules(password)
        except ValidationError as exc:
            problems.extend(exc.problems)
    employee_row = None
    if employee:
        employee_row = session.scalar(select(Employee).where(Employee.initials == employee))
        if employee_row is None:
            problems.append(Problem("medarbejder", f"Medarbejder {employee} findes ikke."))
    client = None
    if found_role is not None and found_role.client_scoped:
        if not client_no:
            problems.append(Problem("klient", "En klientbruger skal have --client KLIENTNR."))
        else:
            client = session.scalar(select(Client).where(Client.no == client_no))
            if client is None:
                problems.append(Problem("klient", f"Klient {client_no} findes ikke."))
    elif client_no or departments:
        problems.append(
            Problem("klient", "Kun brugere med rollen Klient kan have klient og afdelinger.")
        )
    granted: list[ClientDepartment] = []
    if client is not None and departments:
        try:
            granted = departments_for(session, client.id, list(departments))
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    user = AppUser(
        login=login,
        name=(name or login).strip(),
        language=language,
        active=True,
        role_code=found_role.code,
        employee_id=employee_row.id if employee_row else None,
        client_id=client.id if client else None,
        password_hash=hash_password(password) if password is not None else None,
        must_change_password=password is not None,
        failed_sign_ins=0,
        created_at=_now(),
        created_by=actor.login,
        version=0,
    )
    session.add(user)
    session.flush()
    for department in granted:
        session.add(UserDepartment(user_id=user.id, department_id=department.id))
    audit.record(
        session,
        login=actor.login,
        kind=audit.AuditKind.USER_ADDED,
        target=f"bruger {login}",
        detail={
            "role": found_role.code,
            "employee": employee,
            "client": client_no,
            "departments": [d.code for d in granted],
        },
    )
    session.flush()
    return _rows(session, AppUser.id == user.id)[0]


def first_administrator(session: Session, *, login: str) -> AppUser | None:
    """On a database without users the first person to start the program becomes Administrator
    (signed in by the operating system, so without a password). None when users exist."""
    if session.scalar(select(func.count(AppUser.id))):
        return None
    user = AppUser(
        login=login,
        name=login,
        language="da",
        active=True,
        role_code=ADMINISTRATOR,
        must_change_password=False,
        failed_sign_ins=0,
        created_at=_now(),
        created_by="system",
        version=0,
    )
    session.add(user)
    audit.record(
        session,
        login="system",
        kind=audit.AuditKind.USER_ADDED,
        target=f"bruger {login}",
        detail={"role": ADMINISTRATOR, "first_start": True},
    )
    session.flush()
    return user


def list_users(session: Session) -> list[UserRow]:
    require(session, USERS_MANAGE)
    return _rows(session)


def _rows(session: Session, *where) -> list[UserRow]:
    query = (
        select(AppUser, Employee.initials, Client.no)
        .outerjoin(Employee, Employee.id == AppUser.employee_id)
        .outerjoin(Client, Client.id == AppUser.client_id)
        .where(*where)
        .order_by(AppUser.login)
    )
    grants: dict[int, list[str]] = {}
    for user_id, code in session.execute(
        select(UserDepartment.user_id, ClientDepartment.code)
        .join(ClientDepartment, ClientDepartment.id == UserDepartment.department_id)
        .order_by(ClientDepartment.code)
    ):
        grants.setdefault(user_id, []).append(code)
    return [
        UserRow(
            login=user.login,
            name=user.name,
            role=user.role_code,
            active=user.active,
            language=user.language,
            employee=initials,
            client_no=client_no,
            departments=tuple(grants.get(user.id, ())),
            must_change_password=user.must_change_password,
            locked_until=user.locked_until,
        )
        for user, initials, client_no in session.execute(query)
    ]


def disable_user(session: Session, *, login: str) -> UserRow:
    actor = require(session, USERS_MANAGE, target=f"bruger {login}")
    user = user_by_login(session, login)
    if user.role_code == ADMINISTRATOR and user.active:
        others = session.scalar(
            select(func.count(AppUser.id)).where(
                AppUser.role_code == ADMINISTRATOR, AppUser.active, AppUser.id != user.id
            )
        )
        if not others:
            raise ValidationError(Problem("login", LAST_ADMIN))
    if user.active:
        user.active = False
        user.version += 1
        session.execute(
            update(ApiToken)
            .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
        end_sessions_of(session, user.id)  # signed out of the portal, in every server process
        audit.record(
            session,
            login=actor.login,
            kind=audit.AuditKind.USER_CHANGED,
            target=f"bruger {login}",
            detail={"active": {"old": True, "new": False}},
        )
    session.flush()
    return _rows(session, AppUser.id == user.id)[0]


def set_password(session: Session, *, login: str, password: str) -> bool:
    """A new password. Your own: you chose it, so it stands. Someone else's (users.manage): it is
    temporary and must be changed at their next sign-in. Returns whether a change is forced."""
    actor = current_actor(session)
    own = actor.login == login and actor.user_id is not None
    if not own:
        actor = require(session, USERS_MANAGE, target=f"bruger {login}")
    check_password_rules(password)
    user = user_by_login(session, login)
    user.password_hash = hash_password(password)
    user.must_change_password = not own
    if not own:  # someone else's new password: whoever holds the old one is signed out
        end_sessions_of(session, user.id)
    user.failed_sign_ins = 0
    user.locked_until = None
    user.version += 1
    audit.record(
        session,
        login=actor.login,
        kind=audit.AuditKind.PASSWORD_CHANGED,
        target=f"bruger {login}",
        detail={"own": own},
    )
    session.flush()
    return user.must_change_password


def create_token(session: Session, *, login: str) -> str:
    """A new API token, returned once in clear; only its hash is kept."""
    actor = require(session, USERS_MANAGE, target=f"bruger {login}")
    user = user_by_login(session, login)
    if not user.active:
        raise ValidationError(Problem("login", f"Brugeren {login} er deaktiveret."))
    token = new_token()
    session.add(ApiToken(user_id=user.id, token_hash=token_hash(token), created_at=_now()))
    audit.record(
        session, login=actor.login, kind=audit.AuditKind.TOKEN_CREATED, target=f"bruger {login}"
    )
    session.flush()
    return token


def revoke_tokens(session: Session, *, login: str) -> int:
    actor = require(session, USERS_MANAGE, target=f"bruger {login}")
    user = user_by_login(session, login)
    revoked = session.execute(
        update(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=_now())
    ).rowcount
    audit.record(
        session,
        login=actor.login,
        kind=audit.AuditKind.TOKEN_REVOKED,
        target=f"bruger {login}",
        detail={"revoked": revoked},
    )
    session.flush()
    return revoked


def enable_user(session: Session, *, login: str) -> UserRow:
    """A disabled user may sign in again (their revoked tokens stay revoked)."""
    actor = require(session, USERS_MANAGE, target=f"bruger {login}")
    user = user_by_login(session, login)
    if not user.active:
        user.active = True
        user.failed_sign_ins, user.locked_until = 0, None
        user.version += 1
        audit.record(
            session,
            login=actor.login,
            kind=audit.AuditKind.USER_CHANGED,
            target=f"bruger {login}",
            detail={"active": {"old": False, "new": True}},
        )
    session.flush()
    return _rows(session, AppUser.id == user.id)[0]


def reset_password(session: Session, *, login: str) -> str:
    """A new temporary password for someone else, made here and returned once (the desk shows
    it to the administrator); the user must change it at their next sign-in."""
    password = temporary_password()
    set_password(session, login=login, password=password)
    return password


def change_own_password(session: Session, *, current: str, new: str) -> None:
    """The signed-in user changes their own password: the current one must be right (a user the
    operating system signed in, who has none yet, gives none), the new one must differ and keep
    the rules. A temporary password stops being temporary."""
    actor = current_actor(session)
    user = session.get(AppUser, actor.user_id) if actor.user_id is not None else None
    if user is None:
        raise ValidationError(Problem("adgangskode", NOT_A_PERSON))
    if user.password_hash and not verify_password(user.password_hash, current or ""):
        audit.record_now(session, login=actor.login, kind=audit.AuditKind.REFUSED,
                         target=f"bruger {actor.login}",
                         detail={"reason": "wrong current password"})  # fmt: skip
        raise ValidationError(Problem("nuvaerende", WRONG_CURRENT))
    if current and new == current:
        raise ValidationError(Problem("ny", SAME_AS_BEFORE))
    check_password_rules(new)
    set_password(session, login=user.login, password=new)


def role_choices(session: Session) -> list[tuple[str, str, bool]]:
    """(code, name, client-scoped) of every role, for the desk's new-user dialog."""
    require(session, USERS_MANAGE)
    return [
        (r.code, r.name, r.client_scoped) for r in session.scalars(select(Role).order_by(Role.name))
    ]


LANGUAGES = ("da", "sv", "en")


def own_language(session: Session) -> str:
    """The signed-in user's language (da, sv or en); the office's default for the program."""
    actor = current_actor(session)
    if actor.user_id is None:
        return "da"
    return session.scalar(select(AppUser.language).where(AppUser.id == actor.user_id)) or "da"


def set_own_language(session: Session, *, language: str) -> str:
    """The signed-in user chooses their language (the portal's switch); audited."""
    actor = current_actor(session)
    if language not in LANGUAGES:
        raise ValidationError(Problem("sprog", "Sproget skal være da, sv eller en."))
    if actor.user_id is None:
        raise ValidationError(Problem("login", "Log ind for at vælge sprog."))
    user = session.get(AppUser, actor.user_id)
    if user is not None and user.language != language:
        audit.record(
            session,
            login=actor.login,
            kind=audit.AuditKind.USER_CHANGED,
            target=f"bruger {actor.login}",
            detail={"language": {"old": user.language, "new": language}},
        )
        user.language = language
        user.version += 1
        session.flush()
    return language
