"""The fundament windows' texts: English sources, translated through Qt (caplegal_<lang>.ts).

`texts.CARD_TITLE` etc. are looked up when read, so they follow the language installed then.
Role suffixes as in Business Central: ...Msg informs, ...Qst asks, ...Err refuses.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

CONTEXT = "FundamentTexts"

_SOURCES: dict[str, object] = {
    "CARD_TITLE": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title {no}"),
    "OVERVIEW_TITLE": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement titles"),
    "NEW_TITLE": QT_TRANSLATE_NOOP("FundamentTexts", "Create enforcement title – case {case_no}"),
    "CREATE_ACTION": QT_TRANSLATE_NOOP("FundamentTexts", "Create enforcement title"),
    "GENERAL_TAB": QT_TRANSLATE_NOOP("FundamentTexts", "General"),
    "STATISTICS_TAB": QT_TRANSLATE_NOOP("FundamentTexts", "Statistics"),
    "SPECIFICATION_TAB": QT_TRANSLATE_NOOP("FundamentTexts", "Specification"),
    "SPEC_COLUMNS": (
        QT_TRANSLATE_NOOP("FundamentTexts", "Date"),
        QT_TRANSLATE_NOOP("FundamentTexts", "Description"),
        QT_TRANSLATE_NOOP("FundamentTexts", "Amount"),
    ),
    "KINDS": {
        "judgment": QT_TRANSLATE_NOOP("FundamentTexts", "Judgment"),
        "bailiff_settlement": QT_TRANSLATE_NOOP(
            "FundamentTexts", "Settlement in the bailiff's court"
        ),
        "payment_claim": QT_TRANSLATE_NOOP("FundamentTexts", "Payment claim"),
        "other": QT_TRANSLATE_NOOP("FundamentTexts", "Other"),
    },
    "STATUS": {
        "draft": QT_TRANSLATE_NOOP("FundamentTexts", "Draft"),
        "active": QT_TRANSLATE_NOOP("FundamentTexts", "Active"),
        "reopened": QT_TRANSLATE_NOOP("FundamentTexts", "Reopened"),
        "closed": QT_TRANSLATE_NOOP("FundamentTexts", "Closed"),
    },
    # Field captions, as in CapLegal
    "NO": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title no."),
    "CASE": QT_TRANSLATE_NOOP("FundamentTexts", "Case no."),
    "REGARDING": QT_TRANSLATE_NOOP("FundamentTexts", "Case regarding"),
    "CLIENT": QT_TRANSLATE_NOOP("FundamentTexts", "Client"),
    "DEBTOR": QT_TRANSLATE_NOOP("FundamentTexts", "Debtor"),
    "STATUS_FIELD": QT_TRANSLATE_NOOP("FundamentTexts", "Status"),
    "KIND": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title type"),
    "FUNDAMENT_DATE": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title date"),
    "COURT_NO": QT_TRANSLATE_NOOP("FundamentTexts", "Court no."),
    "COURT_DISTRICT": QT_TRANSLATE_NOOP("FundamentTexts", "Court district"),
    "HEARING": QT_TRANSLATE_NOOP("FundamentTexts", "Hearing date and time"),
    "DEADLINE": QT_TRANSLATE_NOOP("FundamentTexts", "Execution deadline"),
    "AWARDED": QT_TRANSLATE_NOOP("FundamentTexts", "Previously awarded legal costs"),
    "BAILIFF_FEE": QT_TRANSLATE_NOOP("FundamentTexts", "Previous bailiff fee"),
    "NOTE": QT_TRANSLATE_NOOP("FundamentTexts", "Note"),
    "CREATED": QT_TRANSLATE_NOOP("FundamentTexts", "Created"),
    "ACTIVATED": QT_TRANSLATE_NOOP("FundamentTexts", "Activated"),
    "CLOSED_AT": QT_TRANSLATE_NOOP("FundamentTexts", "Closed"),
    "COL_NO": QT_TRANSLATE_NOOP("FundamentTexts", "No."),
    "COL_DATE": QT_TRANSLATE_NOOP("FundamentTexts", "Date"),
    "COL_KIND": QT_TRANSLATE_NOOP("FundamentTexts", "Type"),
    "COL_HEARING": QT_TRANSLATE_NOOP("FundamentTexts", "Hearing"),
    "COL_DEADLINE": QT_TRANSLATE_NOOP("FundamentTexts", "Exec. deadline"),
    "TIME_HINT": QT_TRANSLATE_NOOP("FundamentTexts", "hh:mm"),
    # Statistics
    "AS_OF": QT_TRANSLATE_NOOP("FundamentTexts", "Statistics as of"),
    "FIGURES": {
        "principal": QT_TRANSLATE_NOOP("FundamentTexts", "Principal"),
        "interest": QT_TRANSLATE_NOOP("FundamentTexts", "Interest"),
        "fees": QT_TRANSLATE_NOOP("FundamentTexts", "Fees"),
        "salary": QT_TRANSLATE_NOOP("FundamentTexts", "Salary"),
        "costs": QT_TRANSLATE_NOOP("FundamentTexts", "Disbursements"),
        "paid": QT_TRANSLATE_NOOP("FundamentTexts", "Paid"),
        "balance": QT_TRANSLATE_NOOP("FundamentTexts", "Total debt"),
    },
    # Actions
    "SAVE": QT_TRANSLATE_NOOP("FundamentTexts", "OK (save)"),
    "DISCARD": QT_TRANSLATE_NOOP("FundamentTexts", "Cancel changes"),
    "ACTIVATE": QT_TRANSLATE_NOOP("FundamentTexts", "Activate"),
    "REOPEN": QT_TRANSLATE_NOOP("FundamentTexts", "Reopen"),
    "CLOSE": QT_TRANSLATE_NOOP("FundamentTexts", "Close enforcement title"),
    # Field messages (the service says the same in its own words)
    "DATE_MISSING_ERR": QT_TRANSLATE_NOOP(
        "FundamentTexts", "Always fill in the fundament date (date of judgment or settlement)."
    ),
    "DATE_FIRST_ERR": QT_TRANSLATE_NOOP(
        "FundamentTexts", "Fill in the fundament date before the other fundament details."
    ),
    "DATE_FUTURE_ERR": QT_TRANSLATE_NOOP(
        "FundamentTexts", "The fundament date cannot be later than today."
    ),
    "BEFORE_FUNDAMENT_ERR": QT_TRANSLATE_NOOP(
        "FundamentTexts", "Cannot be dated before the fundament date {day}."
    ),
    "NOT_A_TIME_ERR": QT_TRANSLATE_NOOP("FundamentTexts", "Not a time. Write it like 10:30."),
    "TIME_WITHOUT_DATE_ERR": QT_TRANSLATE_NOOP(
        "FundamentTexts", "Give the hearing date with the time."
    ),
    "NO_DEBTOR_ERR": QT_TRANSLATE_NOOP("FundamentTexts", "The case has no debtor."),
    # Messages and questions
    "NO_CASE_MSG": QT_TRANSLATE_NOOP(
        "FundamentTexts", "Mark a case (or open its card) to create a fundament."
    ),
    "CREATED_MSG": QT_TRANSLATE_NOOP(
        "FundamentTexts", "Enforcement title {no} created as a draft."
    ),
    "SAVED_MSG": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title {no} saved."),
    "DISCARDED_MSG": QT_TRANSLATE_NOOP("FundamentTexts", "Changes discarded."),
    "ACTIVATED_MSG": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title {no} activated."),
    "CLOSED_OTHERS_MSG": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title {nos} closed."),
    "REPLACE_QST": QT_TRANSLATE_NOOP(
        "FundamentTexts",
        "The debtor already has an active fundament on this case ({nos}).\n\n"
        "Close it and activate {no} instead?",
    ),
    "REPLACE": QT_TRANSLATE_NOOP("FundamentTexts", "Close and activate"),
    "ERROR_TITLE": QT_TRANSLATE_NOOP("FundamentTexts", "Enforcement title"),
}


def _translated(value: object) -> object:
    if isinstance(value, dict):
        return {key: translate(CONTEXT, text) for key, text in value.items()}
    if isinstance(value, tuple):
        return [translate(CONTEXT, text) for text in value]
    return translate(CONTEXT, value)


def __getattr__(name: str) -> object:
    try:
        return _translated(_SOURCES[name])
    except KeyError:
        raise AttributeError(name) from None
