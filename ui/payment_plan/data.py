"""The payment-plan windows' one door to the services: each call is one unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from caplegal_desktop.services.payment_plans import plans
from caplegal_desktop.services.payment_plans.printing import credit_costs_pdf
from caplegal_desktop.services.payment_plans.queries import DebtorChoice
from caplegal_desktop.services.shared.case_refs import case_id_by_no
from models import Case
from ui.framework.service_calls import ServiceCalls


class PlanData(ServiceCalls):
    # --- reading ------------------------------------------------------------------------------
    def case_no(self, case_id: int) -> str:
        with self._context.uow() as uow:
            return uow.session.get(Case, case_id).no

    def debtors(self, case_no: str) -> list[DebtorChoice]:
        with self._context.uow() as uow:
            case_id = case_id_by_no(uow.session, case_no)
            return plans.case_debtors(uow.session, case_id=case_id)

    def active_plans(self, debtor_party_ids: Sequence[int]) -> list[str]:
        return self.read(plans.active_plans_for, debtor_party_ids=debtor_party_ids)

    def plan(self, plan_no: str):
        return self.read(plans.get_plan, plan_no=plan_no)

    def overview(self, status: str | None = None):
        return self.read(plans.plan_overview, status=status)

    def interest_specification(self, plan_no: str):
        return self.read(plans.interest_specification, plan_no=plan_no)

    def follow_up(self, plan_no: str):
        return self.read(plans.plan_follow_up, plan_no=plan_no, as_of=self.today())

    # --- changing -----------------------------------------------------------------------------
    def create(self, case_no: str, debtor_party_ids: Sequence[int]) -> plans.PlanChanged:
        return self.write(
            plans.create_plan,
            case_no=case_no,
            today=self.today(),
            debtor_party_ids=list(debtor_party_ids),
        )

    def calculate(self, plan_no: str, calculator, items=()) -> tuple[plans.PlanChanged, Any]:
        return self.write(plans.calculate_plan, plan_no=plan_no, calculator=calculator, items=items)

    def activate(self, plan_no: str) -> plans.PlanChanged:
        return self.write(plans.activate_plan, plan_no=plan_no, today=self.today())

    def close(self, plan_no: str) -> plans.PlanChanged:
        return self.write(plans.close_plan, plan_no=plan_no)

    def reopen(self, plan_no: str) -> plans.PlanChanged:
        return self.write(plans.reopen_plan, plan_no=plan_no)

    def agreements(self, plan_no: str, *, general, single, create_new: bool):
        return self.write(
            plans.make_agreements,
            plan_no=plan_no,
            today=self.today(),
            general=general,
            single=single,
            create_new=create_new,
        )

    def print_credit_costs(self, plan_no: str, target: Path, include_schedule: bool) -> Path:
        return self.read(
            credit_costs_pdf,
            plan_no=plan_no,
            target=target,
            today=self.today(),
            include_schedule=include_schedule,
        )
