"""Clients, departments, cases and signed-in contexts for the office tests (real rows, real
services)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from caplegal_desktop.app import AppContext
from caplegal_desktop.services.office import departments, users
from models import Case, CaseType, Client

PASSWORD = "Korrekt-Hest-9"


def a_client(app, no: str, name: str) -> int:
    with app.uow(write=True) as uow:
        client = Client(no=no, name=name)
        uow.session.add(client)
        uow.session.flush()
        uow.commit()
        return client.id


def a_department(app, client_no: str, code: str, name: str) -> None:
    with app.uow(write=True) as uow:
        departments.add_department(uow.session, client_no=client_no, code=code, name=name)
        uow.commit()


def a_bare_case(app, no: str, client_no: str, department: str | None = None) -> int:
    with app.uow(write=True) as uow:
        session = uow.session
        client = session.scalar(select(Client).where(Client.no == client_no))
        dep = departments.department_by_code(session, client.id, department) if department else None
        case = Case(
            no=no,
            case_type_code=session.scalar(select(CaseType.code).limit(1)),
            client_id=client.id,
            department_id=dep.id if dep else None,
            created_on=date(2026, 1, 5),
            created_by="test",
        )
        session.add(case)
        session.flush()
        uow.commit()
        return case.id


def a_user(app, login: str, role: str, **extra) -> None:
    with app.uow(write=True) as uow:
        users.add_user(uow.session, login=login, role_name=role, password=PASSWORD, **extra)
        uow.commit()


def signed_in(app, login: str, *, password: str = PASSWORD, change_to: str | None = None):
    """A second context on the same database, signed in as `login` (and, when asked, with the
    temporary password changed)."""
    other = AppContext(app.database, app.settings, login)
    other.sign_in(login=login, password=password)
    if change_to:
        with other.uow(write=True) as uow:
            users.set_password(uow.session, login=login, password=change_to)
            uow.commit()
        other.sign_in(login=login, password=change_to)
    return other


def a_case(app, client_no: str, debtor: str, *, department: str | None = None) -> tuple[int, str]:
    """A real case through the intake (a debtor, a claim, the principal posted)."""
    from decimal import Decimal

    from caplegal_desktop.services.cases.intake import create_case
    from caplegal_desktop.services.cases.requests import (
        ClaimInput,
        ClientInput,
        NewCase,
        PartyInput,
    )
    from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot

    request = NewCase(
        client=ClientInput(no=client_no),
        debtors=[PartyInput(name=debtor, kind="person")],
        claims=[
            ClaimInput(
                description="Kontingent",
                invoice_date=date(2026, 1, 5),
                due_date=date(2026, 2, 1),
                principal=Decimal("1200.00"),
            )
        ],
        department=department,
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session),
            today=date(2026, 11, 23),
        )  # fmt: skip
        uow.commit()
    return created.case_id, created.case_no
