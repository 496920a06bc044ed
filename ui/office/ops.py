"""The office pages' one door to the services: every call is its own unit of work; the
services check `users.manage` / `audit.read` and write the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from caplegal_desktop.services.office import AUDIT_READ, list_entries, require, users
from ui.framework.service_calls import ServiceCalls


@dataclass(frozen=True)
class NewUser:
    login: str
    role: str
    name: str = ""
    employee: str = ""
    language: str = "da"
    client_no: str = ""
    departments: str = ""  # codes, comma-separated


class OfficeOps(ServiceCalls):
    def users(self):
        return self.read(users.list_users)

    def audit_lines(self, limit: int = 500):
        with self.context.uow() as uow:
            require(uow.session, AUDIT_READ)
            return list_entries(uow.session, limit=limit)

    def roles(self) -> list[tuple[str, str, bool]]:
        return self.read(users.role_choices)

    def add_user(self, new: NewUser) -> str:
        """The user, with a temporary password made here and returned once."""
        departments = [c.strip().upper() for c in new.departments.split(",") if c.strip()]
        with self.context.uow(write=True) as uow:
            users.add_user(
                uow.session, login=new.login, role_name=new.role, password=None,
                name=new.name.strip() or None, employee=new.employee.strip().upper() or None,
                client_no=new.client_no.strip() or None, departments=departments,
                language=new.language,
            )  # fmt: skip
            password = users.reset_password(uow.session, login=new.login.strip())
            uow.commit()
        return password

    def set_active(self, login: str, active: bool):
        function = users.enable_user if active else users.disable_user
        with self.context.uow(write=True) as uow:
            row = function(uow.session, login=login)
            uow.commit()
        return row

    def reset_password(self, login: str) -> str:
        with self.context.uow(write=True) as uow:
            password = users.reset_password(uow.session, login=login)
            uow.commit()
        return password

    def new_token(self, login: str) -> str:
        with self.context.uow(write=True) as uow:
            token = users.create_token(uow.session, login=login)
            uow.commit()
        return token

    def revoke_tokens(self, login: str) -> int:
        with self.context.uow(write=True) as uow:
            revoked = users.revoke_tokens(uow.session, login=login)
            uow.commit()
        return revoked
