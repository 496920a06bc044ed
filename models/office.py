"""The office: users, roles and their permissions (data, not code), client departments, API
tokens and the append-only audit log (docs/office.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class EditVersion:
    """A record two seats may edit at once: a save names the version it read and is refused when
    someone saved meanwhile, naming who and when (services.office.versions, docs/office.md)."""

    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    changed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    changed_at: Mapped[datetime | None] = mapped_column(default=None)


class Role(Base):
    """Administrator, Sagsbehandler, Sekretær, Bogholder, Revisor, Klient (seeded rows)."""

    __tablename__ = "office_role"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(300))
    client_scoped: Mapped[bool] = mapped_column(Boolean, default=False)


class Permission(Base):
    """One thing a role may do, e.g. `case.read` or `setup.write` (seeded rows)."""

    __tablename__ = "office_permission"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    description: Mapped[str] = mapped_column(String(300))


class RolePermission(Base):
    __tablename__ = "office_role_permission"
    role_code: Mapped[str] = mapped_column(
        ForeignKey("office_role.code", ondelete="CASCADE"), primary_key=True
    )
    permission_code: Mapped[str] = mapped_column(
        ForeignKey("office_permission.code", ondelete="CASCADE"), primary_key=True
    )


class ClientDepartment(Base):
    """Afdeling: a client's club or branch; a case may belong to one."""

    __tablename__ = "client_department"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    __table_args__ = (UniqueConstraint("client_id", "code"),)


class AppUser(Base):
    """A person who signs in: staff (with their employee) or a client's user (Klient)."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(2), default="da")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    role_code: Mapped[str] = mapped_column(ForeignKey("office_role.code"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    # Klient users: the client they belong to; their grants are in app_user_department
    # (none granted = the whole client).
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, default=0)


class UserDepartment(Base):
    """A Klient user's grant of one of their client's departments."""

    __tablename__ = "app_user_department"
    user_id: Mapped[int] = mapped_column(
        ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True
    )
    department_id: Mapped[int] = mapped_column(
        ForeignKey("client_department.id", ondelete="CASCADE"), primary_key=True
    )


class ApiToken(Base):
    """A token for a client's own system: only its SHA-256 is kept; shown once when made."""

    __tablename__ = "api_token"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class AuditEntry(Base):
    """One line of the audit log. Append-only: the database refuses UPDATE and DELETE."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    login: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # services.office.audit.AuditKind
    target: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)
    # SHA-256 over this line's content and its predecessor's chain_hash (hex), written by the one
    # audit writer (services/shared/audit_chain.py); `caplegal db verify` recomputes the chain.
    chain_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    __table_args__ = (Index("ix_audit_log_kind_at", "kind", "at"),)


class AuditChainHead(Base):
    """The head of the audit log's hash chain (one row, id 1): the number of chained lines, the
    last one's id and hash, and the latest full check."""

    __tablename__ = "audit_chain"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    entries: Mapped[int]
    last_id: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    verified_ok: Mapped[bool | None] = mapped_column(default=None)
    verify_problem: Mapped[str | None] = mapped_column(String(500), default=None)
