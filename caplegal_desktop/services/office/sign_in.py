"""Signing in: by password (argon2id, lock-out with a growing delay), by API token, or — on the
embedded file, or where setup allows — as the operating-system user. Each returns an Actor.

The functions write the failure count and the audit line into the caller's unit of work and
return a `SignIn`; the caller commits either way, then shows `message` when `actor` is None.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.office import audit
from caplegal_desktop.services.office.actor import Actor
from caplegal_desktop.services.office.passwords import locked_until, token_hash, verify_password
from caplegal_desktop.services.office.roles import ADMINISTRATOR, permissions_of
from caplegal_desktop.services.office.users import first_administrator
from models import ApiToken, AppUser, Employee, Role, UserDepartment

WRONG = "Forkert brugernavn eller adgangskode."
LOCKED = "Brugeren er spærret efter for mange forkerte forsøg; prøv igen om {seconds} sekunder."
DISABLED = "Brugeren {login} er deaktiveret; kontakt en administrator."
BAD_TOKEN = "API-nøglen er ugyldig eller tilbagekaldt."
NOT_A_USER = (
    "{login} er ikke oprettet som bruger i denne database; en administrator kan oprette dig "
    "med 'caplegal users add {login} --role ROLLE'."
)


@dataclass(frozen=True)
class SignIn:
    actor: Actor | None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.actor is not None


def actor_for(session: Session, user: AppUser) -> Actor:
    role = session.get(Role, user.role_code)
    initials = (
        session.scalar(select(Employee.initials).where(Employee.id == user.employee_id))
        if user.employee_id
        else None
    )
    departments = frozenset(
        session.scalars(
            select(UserDepartment.department_id).where(UserDepartment.user_id == user.id)
        )
    )
    return Actor(
        login=user.login,
        role=user.role_code,
        permissions=permissions_of(session, user.role_code),
        name=user.name,
        employee_initials=initials,
        client_id=user.client_id,
        department_ids=departments,
        client_scoped=bool(role and role.client_scoped),
        must_change_password=user.must_change_password,
        user_id=user.id,
    )


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def sign_in_password(
    session: Session, *, login: str, password: str, now: datetime | None = None
) -> SignIn:
    now = now or _now()
    user = session.scalar(select(AppUser).where(AppUser.login == login))
    if user is not None and user.locked_until is not None and user.locked_until > now:
        seconds = int((user.locked_until - now).total_seconds()) + 1
        audit.record(session, login=login, kind=audit.AuditKind.SIGN_IN_FAILED, at=now,
                     detail={"reason": "locked"})  # fmt: skip
        return SignIn(None, LOCKED.format(seconds=seconds))
    if not verify_password(user.password_hash if user else None, password):
        detail: dict = {"reason": "password" if user else "unknown user"}
        if user is not None:
            user.failed_sign_ins += 1
            user.locked_until = locked_until(user.failed_sign_ins, now)
            if user.locked_until is not None:
                detail["locked_until"] = user.locked_until.isoformat()
                audit.record(session, login=login, kind=audit.AuditKind.LOCKED_OUT, at=now,
                             detail={"failures": user.failed_sign_ins})  # fmt: skip
        audit.record(session, login=login, kind=audit.AuditKind.SIGN_IN_FAILED, at=now,
                     detail=detail)  # fmt: skip
        session.flush()
        return SignIn(None, WRONG)
    if not user.active:
        audit.record(session, login=login, kind=audit.AuditKind.SIGN_IN_FAILED, at=now,
                     detail={"reason": "disabled"})  # fmt: skip
        return SignIn(None, DISABLED.format(login=login))
    user.failed_sign_ins = 0
    user.locked_until = None
    audit.record(session, login=login, kind=audit.AuditKind.SIGN_IN, at=now,
                 detail={"by": "password"})  # fmt: skip
    session.flush()
    return SignIn(actor_for(session, user))


def sign_in_token(session: Session, *, token: str) -> SignIn:
    row = session.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == token_hash(token.strip()), ApiToken.revoked_at.is_(None)
        )
    )
    user = session.get(AppUser, row.user_id) if row is not None else None
    if user is None or not user.active:
        audit.record(session, login=user.login if user else "?", detail={"reason": "token"},
                     kind=audit.AuditKind.SIGN_IN_FAILED)  # fmt: skip
        return SignIn(None, BAD_TOKEN)
    audit.record(session, login=user.login, kind=audit.AuditKind.SIGN_IN, detail={"by": "token"})
    # a token is a client's system, not a person at a prompt: no password to change
    return SignIn(replace(actor_for(session, user), must_change_password=False))


def sign_in_os_user(session: Session, *, login: str, may_write: bool = True) -> SignIn:
    """The operating-system user as the user; on a database without users they become its
    first Administrator (on a file opened read-only: for this session only)."""
    user = session.scalar(select(AppUser).where(AppUser.login == login))
    if user is None and not may_write:
        if session.scalar(select(AppUser.id).limit(1)) is None:
            return SignIn(Actor(login=login, role=ADMINISTRATOR, name=login,
                                permissions=permissions_of(session, ADMINISTRATOR)))  # fmt: skip
    elif user is None:
        user = first_administrator(session, login=login)
    if user is None:
        audit.record(session, login=login, kind=audit.AuditKind.SIGN_IN_FAILED,
                     detail={"reason": "not a user", "by": "os"})  # fmt: skip
        return SignIn(None, NOT_A_USER.format(login=login))
    if not user.active:
        audit.record(session, login=login, kind=audit.AuditKind.SIGN_IN_FAILED,
                     detail={"reason": "disabled", "by": "os"})  # fmt: skip
        return SignIn(None, DISABLED.format(login=login))
    return SignIn(actor_for(session, user))
