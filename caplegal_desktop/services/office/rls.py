"""PostgreSQL row-level security for the portal (docs/office.md): a second wall behind the
service layer's check. The portal runs each transaction as the role `caplegal_portal` with the
Klient user's scope set; the database itself then returns only that client's (departments')
cases and what hangs on them, whatever a query forgets to filter."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from caplegal_desktop.errors import ServiceError
from caplegal_desktop.services.office.actor import Actor

PORTAL_ROLE = "caplegal_portal"
NOT_SCOPED = "Kun en klientbruger kan bruge portalens databaserolle."


def enter_portal_role(session: Session, actor: Actor) -> None:
    """For the rest of the session's transaction: the portal's role with `actor`'s scope."""
    if not actor.is_scoped or actor.client_id is None:
        raise ServiceError(NOT_SCOPED)
    session.execute(
        text(
            "SELECT set_config('caplegal.client_id', :client, true), "
            "set_config('caplegal.department_ids', :departments, true)"
        ),
        {
            "client": str(int(actor.client_id)),
            "departments": ",".join(str(int(d)) for d in sorted(actor.department_ids)),
        },
    )
    session.execute(text(f"SET LOCAL ROLE {PORTAL_ROLE}"))
