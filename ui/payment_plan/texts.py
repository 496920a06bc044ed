"""The payment-plan windows' texts: English sources, translated through Qt (caplegal_<lang>.ts).

`texts.PLAN_TITLE` etc. are looked up when read, so they follow the language installed then.
Role suffixes as in Business Central: ...Msg informs, ...Qst asks, ...Err refuses.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

CONTEXT = "PaymentPlanTexts"


_SOURCES: dict[str, object] = {
    "PLAN_TITLE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment plan {no}"),
    "OVERVIEW_TITLE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment plans"),
    "GENERAL_TAB": QT_TRANSLATE_NOOP("PaymentPlanTexts", "General"),
    "CALCULATOR_TAB": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Calculator"),
    "SPECIFICATION_TAB": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Specification"),
    "STATUS": {
        "draft": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Draft"),
        "active": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Active"),
        "closed": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Closed"),
    },
    "TERMS": {
        "month": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Month"),
        "quarter": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Quarter"),
        "half_year": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Half-year"),
        "year": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Year"),
    },
    "ALLOCATIONS": {
        "oldest_first": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Pay oldest first"),
        "pro_rata": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Pro rata"),
        "special": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Special settlement"),
    },
    "ORDERS": {
        "interest_first": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest first"),
        "costs_first": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Costs first"),
    },
    "KINDS": {
        "capital": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Principal"),
        "interest": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest"),
        "cost": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Cost"),
        "fee": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Fee"),
    },
    "BUCKETS": {
        "interest": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest"),
        "costs": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Costs"),
        "principal": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Principal"),
    },
    "GENERAL_KINDS": {
        "instalment_change": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Instalment change"),
        "interest_stop": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest stop"),
    },
    "PERIOD_KINDS": {
        "deferral": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment deferral"),
        "reduced": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Reduced payment"),
        "increased": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Increased payment"),
        "interest": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest agreement"),
    },
    # Field captions, as in CapLegal
    "NO": QT_TRANSLATE_NOOP("PaymentPlanTexts", "No."),
    "CASE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Case no."),
    "STATUS_FIELD": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Status"),
    "DEBTORS": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Debtors"),
    "CREATED": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Created"),
    "ACTIVATED": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Activated"),
    "CLOSED": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Closed"),
    "REPLACES": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Replaces plan"),
    "EXTRA_AMOUNT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Extraordinary payment amount"),
    "EXTRA_DATE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Extraordinary payment date"),
    "FIRST_DATE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "First payment date"),
    "TERM": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment term"),
    "PERIODS": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Number of periods"),
    "LAST_DATE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Last payment date"),
    "INSTALMENT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Instalment"),
    "ACCRUED": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Accrued interest"),
    "ALLOCATION": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Limit payment type"),
    "ORDER": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment order"),
    "DEBT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Debt at the start of the plan"),
    "CREDIT_AMOUNT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Credit amount"),
    "CREDIT_COST": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Credit costs"),
    "APR": QT_TRANSLATE_NOOP("PaymentPlanTexts", "APR"),
    "SPEC_COLUMNS": (
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Entry"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Type"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Amount"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "In solidum"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Liability share %"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Repayment share %"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment priority"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Limit payment percentage"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest-bearing in plan"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest %"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "APR"),
    ),
    "LINE_COLUMNS": (
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Period"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Due date"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Instalment"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Costs"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Principal"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Remaining debt"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Status"),
    ),
    "LINE_SPEC_COLUMNS": (
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Entry"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Applied to"),
        QT_TRANSLATE_NOOP("PaymentPlanTexts", "Amount"),
    ),
    "LINE_STATUS": {
        "paid": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Paid"),
        "partly_paid": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Partly paid"),
        "overdue": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Overdue"),
        "not_due": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Not due"),
    },
    # Actions
    "CALCULATE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Calculate"),
    "ACTIVATE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Activate payment plan"),
    "SHOW_PLAN": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment plan"),
    "SPECIFICATION": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Specification"),
    "AGREEMENTS": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment agreements"),
    "PRINT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Print credit costs"),
    "CLOSE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Close payment plan"),
    "REOPEN": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Reopen payment plan"),
    "NEW_PLAN": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Create payment plan"),
    "OPEN": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Open"),
    # Dialogs and messages
    "CHOOSE_DEBTORS": QT_TRANSLATE_NOOP(
        "PaymentPlanTexts", "Choose the debtors included in the payment plan"
    ),
    "ACTIVE_PLAN_QST": QT_TRANSLATE_NOOP(
        "PaymentPlanTexts",
        "The debtor already has an active payment plan ({nos}).\n\n"
        "If you choose Create new, the active payment plan is closed when the new one is "
        "activated.",
    ),
    "CREATE_NEW": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Create new"),
    "NO_CASE_MSG": QT_TRANSLATE_NOOP(
        "PaymentPlanTexts", "Select a case in the case overview first."
    ),
    "CALCULATED_MSG": QT_TRANSLATE_NOOP(
        "PaymentPlanTexts", "The plan is calculated: {periods} periods of {instalment}."
    ),
    "ACTIVATED_MSG": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment plan {no} is activated."),
    "CLOSED_OTHERS_MSG": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment plan {nos} is closed."),
    "AGREEMENT_CHOICE_QST": QT_TRANSLATE_NOOP(
        "PaymentPlanTexts",
        "Do you want to change this payment plan or create a new one?\n\n"
        "Creating a new payment plan is recommended, as it keeps the history.",
    ),
    "CHANGE_THIS": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Change this one"),
    "CREATE_NEW_RECOMMENDED": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Create new (recommended)"),
    "GENERAL_AGREEMENT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "General agreements"),
    "SINGLE_AGREEMENT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Changes to single instalments"),
    "AGREEMENT_TYPE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Agreement type"),
    "FROM_PERIOD": QT_TRANSLATE_NOOP("PaymentPlanTexts", "In force from period"),
    "NEW_INSTALMENT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "New instalment, if any"),
    "REMARK": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Agreement remarks"),
    "PERIOD": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Period no."),
    "AMOUNT": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Amount"),
    "RATE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Interest rate %"),
    "NONE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "(none)"),
    "PLAN_STATS": QT_TRANSLATE_NOOP(
        "PaymentPlanTexts",
        "First instalment (period 1) {first}; last instalment, period {last_no}, falls due {last}.",
    ),
    "INCLUDE_PAYMENTS": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Include payment details"),
    "SAVE_PDF": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Save credit costs as PDF"),
    "SAVED_MSG": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Credit costs saved: {path}"),
    "INTEREST_SPEC": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Accrued interest in the plan"),
    "ERROR_TITLE": QT_TRANSLATE_NOOP("PaymentPlanTexts", "Payment plan"),
}


def _translated(value: object) -> object:
    if isinstance(value, dict):
        return {key: translate(CONTEXT, text) for key, text in value.items()}
    if isinstance(value, tuple):
        return tuple(translate(CONTEXT, text) for text in value)
    return translate(CONTEXT, value)


def __getattr__(name: str) -> object:
    try:
        return _translated(_SOURCES[name])
    except KeyError:
        raise AttributeError(name) from None
