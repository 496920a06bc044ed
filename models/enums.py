"""Small enumerations shared by the models, the rules and the UI.

Values are stable strings stored in the database; Danish labels live in the UI.
"""

from __future__ import annotations

from enum import StrEnum


class PartyKind(StrEnum):
    PERSON = "person"
    BUSINESS = "business"


class PartyType(StrEnum):
    DEBTOR = "DEBITOR"
    CLIENT = "KLIENT"
    COURT_DISTRICT = "RETSKREDS"
    BAILIFF_COURT = "FOGEDRET"
    LAWYER = "ADVOKAT"
    OTHER = "ANDEN"


class DayCount(StrEnum):
    THIRTY_E_360 = "30E/360"
    ACT_365 = "ACT/365"
    ACT_ACT = "ACT/ACT"


class RateKind(StrEnum):
    REFERENCE_PLUS_MARGIN = "reference_plus_margin"
    FIXED = "fixed"
    CLAIM_FIXED = "claim_fixed"  # the claim's own agreed rate (code FAST)


class FeeKind(StrEnum):
    REMINDER = "reminder"  # rykkergebyr
    COLLECTION = "collection"  # inkassogebyr
    COMPENSATION = "compensation"  # kompensationsbeløb
    SALARY = "salary"  # inkassosalær
    COURT = "court"  # retsafgift
    OTHER = "other"


class FeeLevel(StrEnum):
    CLAIM = "claim"
    CASE = "case"


class EntryType(StrEnum):
    PRINCIPAL = "principal"
    FEE = "fee"
    SALARY = "salary"
    DISBURSEMENT = "disbursement"
    INTEREST = "interest"
    PAYMENT = "payment"
    CREDIT = "credit"
    WRITE_OFF = "write_off"
    REVERSAL = "reversal"


class AllocationOrder(StrEnum):
    COSTS_INTEREST_PRINCIPAL = "costs_interest_principal"  # Danish practice
    OLDEST_CLAIM_FIRST = "oldest_claim_first"
    PRO_RATA = "pro_rata"
    USER_CHOICE = "user_choice"


class AllocationTarget(StrEnum):
    """The buckets a user may point a payment at (Swedish portal: kapital, avgift, ränta, kostnad)."""

    CAPITAL = "capital"
    FEE = "fee"
    INTEREST = "interest"
    COST = "cost"


class CaseStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    RECALL_REQUESTED = "recall_requested"
    CLOSED = "closed"


class CaseStage(StrEnum):
    INVOICING = "invoicing"
    COLLECTION = "collection"
    SURVEILLANCE = "surveillance"  # efterbevakning
    LEGAL = "legal"


class Confidence(StrEnum):
    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"
    UNVERIFIED = "UNVERIFIED"


class PaymentType(StrEnum):
    """Register payment (the portal's pound icon): what the money is."""

    PAYMENT_TO_CLIENT = "payment_to_client"  # the debtor paid the client directly
    CREDIT_FROM_AMOUNT = "credit_from_amount"  # the client credits part of the claim
    RETURNED_ORDER = "returned_order"  # goods returned: the claim is credited
