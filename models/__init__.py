"""SQLAlchemy models and small value types (money, enums). No Qt, no services.

The model classes load on first use (`from models import Case`), so code that needs only
`models.money` or `models.enums` (the UI's fields, start-up) does not pay for SQLAlchemy.
Anything that needs the whole schema (migrations, create_all) calls `load_all()`.
"""

from __future__ import annotations

import importlib

_MODEL_MODULES = {
    "models.activity": (
        "ActivityRun",
        "ActivityRunItem",
        "ActivityStep",
        "ActivityWorkflow",
        "FollowUp",
    ),
    "models.base": ("Base",),
    "models.case": (
        "Case",
        "CaseHistory",
        "CaseParty",
        "Claim",
        "ClaimDebtor",
        "FeeLine",
        "Note",
        "OptionalFieldValue",
    ),
    "models.client_funds": (
        "ClientFundsAgreement",
        "ClientFundsEntry",
        "ClientFundsSetup",
        "FundsChainHead",
        "FundsReconciliation",
        "FundsShareRule",
        "FundsVatRate",
        "PaymentAllocation",
        "PaymentSplitPart",
        "Settlement",
        "SettlementLine",
        "UnsettledPayment",
    ),
    "models.figure_history": ("LegalFigureChange",),
    "models.fundament": ("Fundament",),
    "models.journal": (
        "CaseRequest",
        "JournalBatch",
        "JournalLine",
        "PaymentFileImport",
        "SuspensePayment",
    ),
    "models.ledger": ("LedgerChainHead", "LedgerEntry"),
    "models.limitation": ("LimitationEventRecord", "LimitationPeriod", "Objection"),
    "models.master": ("Client", "Employee", "EmployeeFunction", "Party", "PartyContact"),
    "models.office": (
        "ApiToken",
        "AppUser",
        "AuditChainHead",
        "AuditEntry",
        "ClientDepartment",
        "Permission",
        "Role",
        "RolePermission",
        "UserDepartment",
    ),
    "models.payment_plan": (
        "PaymentPlan",
        "PaymentPlanAgreement",
        "PaymentPlanDebtor",
        "PaymentPlanItem",
        "PaymentPlanLine",
    ),
    "models.portal_search": ("FavouriteCase", "SavedSearch"),
    "models.web_session": ("WebSession",),
    "models.record_history": ("RecordChange",),
    "models.report_schedule": ("ReportFile", "ReportRun", "ReportSchedule"),
    "models.request_thread": ("RequestMessage", "RequestThread"),
    "models.portal_news": ("PortalNews",),
    "models.search": ("CaseSearch", "ClientSearch", "PartySearch"),
    "models.setup": (
        "CaseType",
        "CompanySetup",
        "CourtDistrict",
        "FeeAmount",
        "FeeCode",
        "InterestCode",
        "InterestCodeRate",
        "NumberSeries",
        "OptionalFieldDef",
        "PostcodeArea",
        "PostingTemplate",
        "RateCap",
        "ReferenceRate",
        "TariffAmount",
        "TariffCode",
    ),
}
_WHERE = {name: module for module, names in _MODEL_MODULES.items() for name in names}

__all__ = sorted(_WHERE)


def load_all() -> None:
    """Import every model module, so Base.metadata holds the whole schema."""
    for module in _MODEL_MODULES:
        importlib.import_module(module)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    load_all()  # relationships name classes in other modules: configure them together
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
