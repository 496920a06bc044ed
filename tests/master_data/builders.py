"""Cases for the list-action tests, made through the real services (or, for a case with nothing
posted, as bare rows: the wizard always posts the principal)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import Case, CaseHistory, CaseParty, Claim, Note

TODAY = date(2026, 11, 23)


def posted_case(app, *, principal: str = "5000.00") -> tuple[int, str]:
    request = NewCase(
        client=ClientInput(name="Fjernvarme Fyn A/S", cvr="13585628", vat_registered=True),
        debtors=[
            PartyInput(name="Jens Sørensen", kind="person", cpr="070761-4285", postcode="5000")
        ],
        claims=[
            ClaimInput(
                description="Varmeregning",
                invoice_date=date(2026, 1, 5),
                due_date=date(2026, 2, 1),
                principal=Decimal(principal),
            )
        ],
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session), today=TODAY
        )
        uow.commit()
    return created.case_id, created.case_no


def empty_case(app, *, like_case_id: int, no: str = "S-TOM-1") -> int:
    """A case with a party, a claim, a note and history but nothing posted (an imported or
    half-made case)."""
    with app.uow(write=True) as uow:
        model = uow.session.get(Case, like_case_id)
        party_id = model.parties[0].party_id
        case = Case(
            no=no,
            case_type_code=model.case_type_code,
            client_id=model.client_id,
            created_on=date(2026, 1, 5),
            created_by="test",
        )
        uow.session.add(case)
        uow.session.flush()
        uow.session.add(CaseParty(case_id=case.id, party_id=party_id, party_type="DEBITOR"))
        claim = model.claims[0]
        uow.session.add(  # registered, not yet posted
            Claim(
                case_id=case.id,
                line_no=1,
                description="Faktura",
                invoice_date=date(2026, 1, 5),
                principal=claim.principal,
                registered_principal=claim.principal,
                interest_code=claim.interest_code,
                interest_from=date(2026, 2, 1),
            )
        )
        uow.session.add(
            Note(case_id=case.id, created_at=datetime(2026, 11, 23), created_by="t", text="x")
        )
        uow.session.add(
            CaseHistory(
                case_id=case.id, at=datetime(2026, 11, 23), user="t", kind="info", action="Oprettet"
            )
        )
        uow.commit()
        return case.id
