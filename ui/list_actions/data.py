"""The list actions' calls into the services, each in its own unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from caplegal_desktop.services.cases import list_actions as case_list_actions
from caplegal_desktop.services.cases.requests import ClientInput, PartyInput
from caplegal_desktop.services.master_data import master_data


class ListActionsData:
    def __init__(self, app_context, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._context = app_context
        self._today = today

    def _write(self, function: Callable[..., Any], **kwargs) -> Any:
        with self._context.uow(write=True) as uow:
            if "user" in kwargs:
                kwargs["user"] = uow.user
            result = function(uow.session, **kwargs)
            uow.commit()
            return result

    def toggle_favourite(self, case_id: int) -> case_list_actions.Favourite:
        return self._write(case_list_actions.toggle_favourite, case_id=case_id, user=None)

    def case_delete_blockers(self, case_id: int) -> list[str]:
        with self._context.uow() as uow:
            return case_list_actions.case_delete_blockers(uow.session, case_id=case_id)

    def delete_case(self, case_id: int) -> master_data.Deleted:
        return self._write(case_list_actions.delete_case, case_id=case_id, user=None)

    def create_client(self, client: ClientInput) -> master_data.Created:
        with self._context.uow(write=True) as uow:
            created = master_data.create_client(uow.session, client, today=self._today())
            uow.commit()
            return created

    def delete_client(self, client_id: int) -> master_data.Deleted:
        return self._write(master_data.delete_client, client_id=client_id)

    def create_party(self, party: PartyInput) -> master_data.Created:
        with self._context.uow(write=True) as uow:
            created = master_data.create_party(uow.session, party)
            uow.commit()
            return created

    def delete_party(self, party_id: int) -> master_data.Deleted:
        return self._write(master_data.delete_party, party_id=party_id)

    def employee_problems(self, *, initials: str, name: str, email: str | None):
        with self._context.uow() as uow:
            return master_data.employee_problems(
                uow.session, initials=initials, name=name, email=email
            )

    def create_employee(self, **fields) -> master_data.Created:
        return self._write(master_data.create_employee, **fields)

    def create_setup_code(self, table: str, **fields) -> master_data.Created:
        create = {
            "case": master_data.create_case_type,
            "court": master_data.create_court_district,
        }[table]
        return self._write(create, **fields)
