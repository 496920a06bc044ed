"""SQLAlchemy models and small value types (money, enums). No Qt, no services."""

from models.base import Base
from models.case import (
    Case,
    CaseHistory,
    CaseParty,
    Claim,
    ClaimDebtor,
    FeeLine,
    Note,
    OptionalFieldValue,
)
from models.ledger import LedgerEntry
from models.master import Client, Employee, EmployeeFunction, Party, PartyContact
from models.setup import (
    CaseType,
    CompanySetup,
    CourtDistrict,
    FeeAmount,
    FeeCode,
    InterestCode,
    InterestCodeRate,
    NumberSeries,
    OptionalFieldDef,
    PostcodeArea,
    PostingTemplate,
    ReferenceRate,
    TariffAmount,
    TariffCode,
)

__all__ = [
    "Base",
    "Case",
    "CaseHistory",
    "CaseParty",
    "CaseType",
    "Claim",
    "ClaimDebtor",
    "Client",
    "CompanySetup",
    "CourtDistrict",
    "Employee",
    "EmployeeFunction",
    "FeeAmount",
    "FeeCode",
    "FeeLine",
    "InterestCode",
    "InterestCodeRate",
    "LedgerEntry",
    "Note",
    "NumberSeries",
    "OptionalFieldDef",
    "OptionalFieldValue",
    "Party",
    "PartyContact",
    "PostcodeArea",
    "PostingTemplate",
    "ReferenceRate",
    "TariffAmount",
    "TariffCode",
]
