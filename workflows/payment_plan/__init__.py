"""Payment plans (betalingsplan / afdragsordning): calculator, agreements, ÅOP, follow-through.

Pure rules: no database, no Qt. The services layer stores quotes as plans and lines.
"""

from workflows.payment_plan.agreements import (
    GeneralAgreement,
    GeneralKind,
    PeriodAgreement,
    PeriodKind,
    apply_agreements,
)
from workflows.payment_plan.allocation import Share
from workflows.payment_plan.apr import (
    AprPeriod,
    AprResult,
    AprTimeBasis,
    annual_percentage_rate,
    apr_for_dated_flows,
    apr_from_json,
)
from workflows.payment_plan.calculator import PlanQuote, PlanRequest, plan_apr, quote_plan
from workflows.payment_plan.engine import PlanLine
from workflows.payment_plan.errors import PaymentPlanError
from workflows.payment_plan.items import (
    Bucket,
    ItemKind,
    PaymentOrder,
    PlanAllocation,
    PlanItem,
    PlanSetup,
    PlanTerm,
    ProblemHandling,
)
from workflows.payment_plan.tracking import (
    LineFollowUp,
    LineStatus,
    PlanAction,
    PlanFollowUp,
    PlanStatus,
    follow_up,
    next_status,
)

__all__ = [
    "AprPeriod",
    "AprResult",
    "AprTimeBasis",
    "Bucket",
    "GeneralAgreement",
    "GeneralKind",
    "ItemKind",
    "LineFollowUp",
    "LineStatus",
    "PaymentOrder",
    "PaymentPlanError",
    "PeriodAgreement",
    "PeriodKind",
    "PlanAction",
    "PlanAllocation",
    "PlanFollowUp",
    "PlanItem",
    "PlanLine",
    "PlanQuote",
    "PlanRequest",
    "PlanSetup",
    "PlanStatus",
    "PlanTerm",
    "ProblemHandling",
    "Share",
    "annual_percentage_rate",
    "apr_for_dated_flows",
    "apr_from_json",
    "apply_agreements",
    "follow_up",
    "next_status",
    "plan_apr",
    "quote_plan",
]
