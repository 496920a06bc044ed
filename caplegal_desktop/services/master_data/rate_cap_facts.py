"""Whether a case falls under the Swedish consumer rate cap, for the claims window's warning.

The statement decides the cap per claim (services.rate_caps: a case in SEK with a private
person among the claim's debtors); while claims are typed the window only needs to know whether
to ask `se_rate_cap_warning` at all: the case is in SEK and a debtor is a private person.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services.master_data.rate_caps import CAP_CURRENCY
from models import Case, CaseParty, Client, CompanySetup, Party
from models.enums import PartyKind

SE_CURRENCY = CAP_CURRENCY["SE"]
PERSON = PartyKind.PERSON.value


def case_under_se_cap(session: Session, *, case_id: int) -> bool:
    currency = session.scalar(select(Case.currency).where(Case.id == case_id))
    if currency != SE_CURRENCY:
        return False
    person = session.scalar(
        select(Party.id)
        .join(CaseParty, CaseParty.party_id == Party.id)
        .where(
            CaseParty.case_id == case_id,
            CaseParty.party_type == "DEBITOR",
            CaseParty.removed.is_(False),
            Party.kind == PERSON,
        )
        .limit(1)
    )
    return person is not None


def new_case_under_se_cap(
    session: Session,
    *,
    client_no: str | None,
    currency: str | None,
    debtor_nos: Sequence[str],
    new_debtor_kinds: Sequence[str],
) -> bool:
    """The same for a case being created: its currency as the intake will set it (the request's,
    else the client's, else the company's), and its debtors, existing (by no) or new (by kind)."""
    if not currency:
        if client_no:
            currency = session.scalar(select(Client.currency).where(Client.no == client_no))
        else:  # a new client gets the column's default
            currency = Client.__table__.c.currency.default.arg
    if not currency:
        currency = session.scalar(select(CompanySetup.currency).limit(1))
    if currency != SE_CURRENCY:
        return False
    if PERSON in new_debtor_kinds:
        return True
    if not debtor_nos:
        return False
    kinds = session.scalars(select(Party.kind).where(Party.no.in_(list(debtor_nos))))
    return PERSON in set(kinds)
