"""Client departments (afdelinger): a sports federation's clubs, a company's branches."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.office import audit
from caplegal_desktop.services.office.actor import current_actor, require
from caplegal_desktop.services.office.roles import SETUP_READ, SETUP_WRITE
from models import Client, ClientDepartment

UNKNOWN_CLIENT = "Klient {no} findes ikke."
UNKNOWN_DEPARTMENT = "Klient {client_no} har ingen afdeling med koden {code}."
DUPLICATE = "Klient {client_no} har allerede en afdeling med koden {code}."


@dataclass(frozen=True)
class DepartmentRow:
    client_no: str
    code: str
    name: str

    def to_json_dict(self) -> dict[str, str]:
        return {"client_no": self.client_no, "code": self.code, "name": self.name}


def client_by_no(session: Session, client_no: str) -> Client:
    client = session.scalar(select(Client).where(Client.no == client_no))
    if client is None:
        raise NotFound(UNKNOWN_CLIENT.format(no=client_no))
    return client


def add_department(session: Session, *, client_no: str, code: str, name: str) -> DepartmentRow:
    actor = require(session, SETUP_WRITE, target=f"klient {client_no}")
    code, name = code.strip().upper(), name.strip()
    problems = []
    if not code or len(code) > 20:
        problems.append(Problem("kode", "Koden skal have 1-20 tegn."))
    if not name or len(name) > 100:
        problems.append(Problem("navn", "Navnet skal have 1-100 tegn."))
    if problems:
        raise ValidationError(problems)
    client = client_by_no(session, client_no)
    if department_by_code(session, client.id, code) is not None:
        raise ValidationError(Problem("kode", DUPLICATE.format(client_no=client_no, code=code)))
    session.add(ClientDepartment(client_id=client.id, code=code, name=name))
    audit.record(
        session,
        login=actor.login,
        kind=audit.AuditKind.DEPARTMENT_ADDED,
        target=f"klient {client_no}",
        detail={"code": code, "name": name},
    )
    session.flush()
    return DepartmentRow(client.no, code, name)


def department_by_code(session: Session, client_id: int, code: str) -> ClientDepartment | None:
    return session.scalar(
        select(ClientDepartment).where(
            ClientDepartment.client_id == client_id, ClientDepartment.code == code.strip().upper()
        )
    )


def departments_for(
    session: Session, client_id: int, codes: list[str], *, field: str = "afdeling"
) -> list[ClientDepartment]:
    """The client's departments by code; an unknown code is a ValidationError naming it."""
    found, problems = [], []
    client_no = session.scalar(select(Client.no).where(Client.id == client_id))
    for code in codes:
        department = department_by_code(session, client_id, code)
        if department is None:
            problems.append(
                Problem(field, UNKNOWN_DEPARTMENT.format(client_no=client_no, code=code))
            )
        else:
            found.append(department)
    if problems:
        raise ValidationError(problems)
    return found


def list_departments(session: Session, *, client_no: str | None = None) -> list[DepartmentRow]:
    require(session, SETUP_READ)
    query = (
        select(Client.no, ClientDepartment.code, ClientDepartment.name)
        .join(Client, Client.id == ClientDepartment.client_id)
        .order_by(Client.no, ClientDepartment.code)
    )
    if client_no:
        query = query.where(Client.no == client_no)
    return [DepartmentRow(*row) for row in session.execute(query)]


def department_names(session: Session) -> dict[str, str]:
    """Code → name of the departments the acting user sees: a Klient user's own client's (or
    the ones granted), so a client is shown names, not codes; staff: every client's."""
    actor = current_actor(session)
    query = select(ClientDepartment.code, ClientDepartment.name).order_by(ClientDepartment.code)
    if actor.is_scoped:
        query = query.where(ClientDepartment.client_id == (actor.client_id or -1))
        if actor.department_ids:
            query = query.where(ClientDepartment.id.in_(sorted(actor.department_ids)))
    return dict(session.execute(query).all())
