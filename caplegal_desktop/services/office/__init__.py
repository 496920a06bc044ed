"""The office (issue 15): users, roles and permissions (rows, docs/office.md), client
departments, sign-in, the acting user and the one access check, and the append-only audit log.

May use: shared (and models). Every feature may use the public names below: `require` and
`require_case` for the check, `case_scope` for lists, `current_actor` for who is acting.
"""

from caplegal_desktop.services.office import sign_in
from caplegal_desktop.services.office.actor import (
    SYSTEM,
    AccessDenied,
    Actor,
    case_in_scope,
    case_scope,
    case_scope_sql,
    current_actor,
    refuse,
    refuse_case,
    require,
    require_case,
)
from caplegal_desktop.services.office.audit import AuditKind, list_entries, record
from caplegal_desktop.services.office.departments import (
    department_by_code,
    department_names,
    departments_for,
)
from caplegal_desktop.services.office.roles import (
    AUDIT_READ,
    CASE_READ,
    CASE_WRITE,
    FUNDAMENTS_WRITE,
    FUNDS_READ,
    FUNDS_WRITE,
    JOURNAL_POST,
    LETTERS_WRITE,
    PLANS_WRITE,
    PORTAL_REGISTER,
    PORTAL_USE,
    REPORTS_READ,
    SETTLEMENT_WRITE,
    SETUP_READ,
    SETUP_WRITE,
    USERS_MANAGE,
)
from caplegal_desktop.services.office.versions import RecordVersion, take_version, version_of

__all__ = [
    "AUDIT_READ",
    "CASE_READ",
    "CASE_WRITE",
    "FUNDAMENTS_WRITE",
    "FUNDS_READ",
    "FUNDS_WRITE",
    "JOURNAL_POST",
    "LETTERS_WRITE",
    "PLANS_WRITE",
    "PORTAL_REGISTER",
    "PORTAL_USE",
    "REPORTS_READ",
    "SETTLEMENT_WRITE",
    "SETUP_READ",
    "SETUP_WRITE",
    "SYSTEM",
    "USERS_MANAGE",
    "AccessDenied",
    "Actor",
    "RecordVersion",
    "AuditKind",
    "case_in_scope",
    "case_scope",
    "case_scope_sql",
    "current_actor",
    "department_by_code",
    "department_names",
    "departments_for",
    "list_entries",
    "record",
    "refuse",
    "refuse_case",
    "require",
    "require_case",
    "sign_in",
    "take_version",
    "version_of",
]
