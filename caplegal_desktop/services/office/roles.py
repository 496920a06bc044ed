"""Roles and permissions are rows (migration 0012_office seeds them); this module reads them.

The permission codes the services ask for are named here once, so a typo is an AttributeError
rather than a check that never passes.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Permission, Role, RolePermission

CASE_READ = "case.read"
CASE_WRITE = "case.write"
LETTERS_WRITE = "letters.write"
PLANS_WRITE = "plans.write"
FUNDAMENTS_WRITE = "fundaments.write"
JOURNAL_POST = "journal.post"
FUNDS_READ = "funds.read"
FUNDS_WRITE = "funds.write"
SETTLEMENT_WRITE = "settlement.write"
SETUP_READ = "setup.read"
SETUP_WRITE = "setup.write"
REPORTS_READ = "reports.read"
USERS_MANAGE = "users.manage"
AUDIT_READ = "audit.read"
PORTAL_USE = "portal.use"
PORTAL_REGISTER = "portal.register"  # migration 0013_preq

ADMINISTRATOR = "Administrator"
KLIENT = "Klient"


def permissions_of(session: Session, role_code: str) -> frozenset[str]:
    rows = session.scalars(
        select(RolePermission.permission_code).where(RolePermission.role_code == role_code)
    )
    return frozenset(rows)


def role(session: Session, code: str) -> Role | None:
    """The role by its code, or by its name (so `--role Sekretær` works as well as `Sekretaer`)."""
    found = session.get(Role, code)
    if found is None:
        found = session.scalar(select(Role).where(Role.name == code))
    if found is None:
        lowered = code.casefold()
        found = next(
            (
                r
                for r in session.scalars(select(Role))
                if lowered in (r.code.casefold(), r.name.casefold())
            ),
            None,
        )
    return found


def role_matrix(session: Session) -> tuple[list[str], list[str], set[tuple[str, str]]]:
    """(role codes, permission codes, granted (role, permission) pairs) for docs and the UI."""
    roles = list(session.scalars(select(Role.code).order_by(Role.client_scoped, Role.code)))
    permissions = list(session.scalars(select(Permission.code).order_by(Permission.code)))
    granted = {
        (r, p)
        for r, p in session.execute(
            select(RolePermission.role_code, RolePermission.permission_code)
        )
    }
    return roles, permissions, granted
