"""The limitation windows' one door to the services: each call is one unit of work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caplegal_desktop.services.limitation import objections as objection_svc
from caplegal_desktop.services.limitation import queries, user_events
from ui.framework.service_calls import ServiceCalls


@dataclass(frozen=True)
class FactBoxFigures:
    """What the case card's limitation FactBox shows."""

    earliest: dt.date | None
    claim_no: int | None
    rule: str
    days_left: int | None
    time_barred: int  # claims (and components) already time-barred
    open_objections: int


class LimitationData(ServiceCalls):
    # --- reading ------------------------------------------------------------------------------
    def specification(self, case_id: int) -> list[queries.ClaimLimitation]:
        return self.read(queries.case_limitations, case_id=case_id)

    def factbox(self, case_id: int) -> FactBoxFigures:
        today = self.today()
        with self._context.uow() as uow:
            items = queries.case_limitations(uow.session, case_id=case_id)
            objections = objection_svc.open_objections(uow.session, [case_id]).get(case_id, [])
        first = queries.earliest_per_case(items)
        return FactBoxFigures(
            earliest=first.date if first else None,
            claim_no=first.claim_no if first else None,
            rule=first.result.rule if first else "",
            days_left=first.result.days_left(today) if first else None,
            time_barred=sum(1 for i in items if i.result.time_barred(today)),
            open_objections=len(objections),
        )

    def soon(self, within_days: int) -> list[queries.ClaimLimitation]:
        return self.read(queries.limitation_list, as_of=self.today(), within_days=within_days)

    def cue(self) -> queries.LimitationCue:
        return self.read(queries.limitation_cue, as_of=self.today())

    def objections(self, case_id: int) -> list[objection_svc.ObjectionRow]:
        return self.read(objection_svc.case_objections, case_id=case_id)

    def claims(self, case_id: int) -> list[tuple[int, int, str]]:
        """(claim id, claim no., description) of the case's claims, for the pickers."""
        from sqlalchemy import select

        from models import Claim

        with self._context.uow() as uow:
            rows = uow.session.execute(
                select(Claim.id, Claim.line_no, Claim.description)
                .where(Claim.case_id == case_id, Claim.deleted.is_(False))
                .order_by(Claim.line_no)
            )
            return [tuple(r) for r in rows]

    # --- changing -----------------------------------------------------------------------------
    def register_objection(self, request: objection_svc.NewObjection):
        return self.write(objection_svc.register_objection, request=request, today=self.today())

    def close_objection(
        self, objection_id: int, outcome: str, answer: str, reduce_by: Decimal | None
    ):
        return self.write(
            objection_svc.close_objection,
            objection_id=objection_id,
            outcome=outcome,
            answer=answer,
            reduce_by=reduce_by,
            today=self.today(),
        )

    def ask_client(self, objection_id: int, question: str):
        return self.write(
            objection_svc.ask_client_about_objection, objection_id=objection_id, question=question
        )

    def add_event(self, request: user_events.NewLimitationEvent):
        return self.write(user_events.add_event, request=request, today=self.today())
