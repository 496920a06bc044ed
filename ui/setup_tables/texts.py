"""The setup tables' texts: English sources, translated through Qt (caplegal_<lang>.ts).

`texts.RATES_TITLE` etc. are looked up when read, so they follow the language installed then.
Role suffixes as in Business Central: ...Msg informs, ...Qst asks, ...Err refuses.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

CONTEXT = "SetupTables"

_SOURCES: dict[str, object] = {
    # Pages and their selectors
    "RATES_TITLE": QT_TRANSLATE_NOOP("SetupTables", "Reference rates"),
    "SALARY_TITLE": QT_TRANSLATE_NOOP("SetupTables", "Salary tables"),
    "FEES_TITLE": QT_TRANSLATE_NOOP("SetupTables", "Fixed fees"),
    "TABLES": {
        "DK": QT_TRANSLATE_NOOP("SetupTables", "Denmark – Nationalbanken's lending rate"),
        "SE": QT_TRANSLATE_NOOP("SetupTables", "Sweden – the Riksbank's reference rate"),
    },
    "TABLE_SHORT": {
        "DK": QT_TRANSLATE_NOOP("SetupTables", "DK"),
        "SE": QT_TRANSLATE_NOOP("SetupTables", "SE"),
    },
    "RATES_HINT": QT_TRANSLATE_NOOP(
        "SetupTables",
        "The rate in force from each date. A statement uses the last row on or before each "
        "1 January and 1 July; a missing row is carried forward and the statement says so.",
    ),
    "FIGURES_HINT": QT_TRANSLATE_NOOP(
        "SetupTables",
        "Legal figures with their source. A correction keeps the old value in the history.",
    ),
    "MISSING_COUNT_MSG": QT_TRANSLATE_NOOP("SetupTables", "Rates missing: %1"),
    "TO_CONFIRM_MSG": QT_TRANSLATE_NOOP("SetupTables", "Rows to confirm: %1"),
    "IMPORTED_MSG": QT_TRANSLATE_NOOP("SetupTables", "Rows imported: %1"),
    "ALL_CONFIRMED_MSG": QT_TRANSLATE_NOOP("SetupTables", "Every row is confirmed or certain."),
    # Columns
    "COL_DATE": QT_TRANSLATE_NOOP("SetupTables", "Date"),
    "COL_RATE": QT_TRANSLATE_NOOP("SetupTables", "Rate (%)"),
    "COL_SOURCE": QT_TRANSLATE_NOOP("SetupTables", "Source"),
    "COL_CONFIDENCE": QT_TRANSLATE_NOOP("SetupTables", "Confidence"),
    "COL_CONFIRMED_BY": QT_TRANSLATE_NOOP("SetupTables", "Confirmed by"),
    "COL_CONFIRMED_AT": QT_TRANSLATE_NOOP("SetupTables", "Confirmed on"),
    "COL_TABLE": QT_TRANSLATE_NOOP("SetupTables", "Table"),
    "COL_FEE": QT_TRANSLATE_NOOP("SetupTables", "Fee"),
    "COL_FROM": QT_TRANSLATE_NOOP("SetupTables", "Claim from"),
    "COL_TO": QT_TRANSLATE_NOOP("SetupTables", "Claim to"),
    "COL_AMOUNT": QT_TRANSLATE_NOOP("SetupTables", "Amount"),
    "COL_PCT": QT_TRANSLATE_NOOP("SetupTables", "% of excess"),
    "COL_BASIS": QT_TRANSLATE_NOOP("SetupTables", "Basis"),
    "OVER": QT_TRANSLATE_NOOP("SetupTables", "over"),
    "FEES_TAB": QT_TRANSLATE_NOOP("SetupTables", "Fees"),
    "COURT_TAB": QT_TRANSLATE_NOOP("SetupTables", "Court fees"),
    "CONFIDENCE": {
        "HIGH": QT_TRANSLATE_NOOP("SetupTables", "High"),
        "MED": QT_TRANSLATE_NOOP("SetupTables", "Medium"),
        "LOW": QT_TRANSLATE_NOOP("SetupTables", "Low"),
        "UNVERIFIED": QT_TRANSLATE_NOOP("SetupTables", "Unverified"),
    },
    "NEEDS_CONFIRMATION": QT_TRANSLATE_NOOP(
        "SetupTables", "Needs confirmation: check it against the source and confirm it."
    ),
    "MISSING_ROW": QT_TRANSLATE_NOOP("SetupTables", "missing"),
    "MISSING_TIP": QT_TRANSLATE_NOOP(
        "SetupTables", "No rate for this date. Mark the line and choose New rate."
    ),
    # Ribbon actions
    "NEW_RATE": QT_TRANSLATE_NOOP("SetupTables", "New rate"),
    "CORRECT_RATE": QT_TRANSLATE_NOOP("SetupTables", "Correct rate"),
    "NEW_ROW": QT_TRANSLATE_NOOP("SetupTables", "New row"),
    "CORRECT_ROW": QT_TRANSLATE_NOOP("SetupTables", "Correct row"),
    "CONFIRM": QT_TRANSLATE_NOOP("SetupTables", "Confirm"),
    "HISTORY": QT_TRANSLATE_NOOP("SetupTables", "History"),
    "IMPORT_CSV": QT_TRANSLATE_NOOP("SetupTables", "Import CSV"),
    # Dialogs
    "NEW_RATE_TITLE": QT_TRANSLATE_NOOP("SetupTables", "New reference rate – %1"),
    "CORRECT_RATE_TITLE": QT_TRANSLATE_NOOP("SetupTables", "Correct reference rate – %1"),
    "NEW_ROW_TITLE": QT_TRANSLATE_NOOP("SetupTables", "New row – %1"),
    "CORRECT_ROW_TITLE": QT_TRANSLATE_NOOP("SetupTables", "Correct row – %1"),
    "VALID_FROM": QT_TRANSLATE_NOOP("SetupTables", "Valid from"),
    "RATE": QT_TRANSLATE_NOOP("SetupTables", "Rate (%)"),
    "SOURCE": QT_TRANSLATE_NOOP("SetupTables", "Source"),
    "REASON": QT_TRANSLATE_NOOP("SetupTables", "Reason"),
    "AMOUNT": QT_TRANSLATE_NOOP("SetupTables", "Amount"),
    "CURRENT": QT_TRANSLATE_NOOP("SetupTables", "Now"),
    "SOURCE_HINT": QT_TRANSLATE_NOOP(
        "SetupTables", "e.g. Nationalbanken, press release of 19 June 2026"
    ),
    "REASON_HINT": QT_TRANSLATE_NOOP(
        "SetupTables", "Why it is corrected (kept in the history with the old value)"
    ),
    "OK": QT_TRANSLATE_NOOP("SetupTables", "OK (Ctrl+Enter)"),
    "CANCEL": QT_TRANSLATE_NOOP("SetupTables", "Cancel (Esc)"),
    "DATE_MISSING_ERR": QT_TRANSLATE_NOOP("SetupTables", "Valid from: give the date."),
    "DATE_BAD_ERR": QT_TRANSLATE_NOOP("SetupTables", "Valid from: not a date. Write it like %1."),
    "DATE_HALF_YEAR_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "Valid from: a reference rate applies from 1 January or 1 July."
    ),
    "RATE_MISSING_ERR": QT_TRANSLATE_NOOP("SetupTables", "Rate: give the rate in percent."),
    "RATE_BAD_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "Rate: not a percentage. Write it like %1 (at most 4 decimals)."
    ),
    "RATE_RANGE_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "Rate: must lie between -100 and 100 percent."
    ),
    "AMOUNT_MISSING_ERR": QT_TRANSLATE_NOOP("SetupTables", "Amount: give the amount."),
    "AMOUNT_BAD_ERR": QT_TRANSLATE_NOOP("SetupTables", "Amount: not an amount. Write it like %1."),
    "BASIS_BAD_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "%2: not an amount. Leave it empty (open end) or write it like %1."
    ),
    "BASIS_ORDER_ERR": QT_TRANSLATE_NOOP("SetupTables", "Claim to: must not be below Claim from."),
    "SOURCE_MISSING_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "Source: say where the figure comes from."
    ),
    "REASON_MISSING_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "Reason: say why the figure is corrected."
    ),
    "UNCHANGED_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "Nothing is changed: give a new value or a new source."
    ),
    "CONFIRM_QST": QT_TRANSLATE_NOOP(
        "SetupTables",
        "Confirm %1 from %2 (%3)?\n\nSource: %4\n\nYou confirm that you have checked the figure "
        "against the source. Your name and the time are kept with the row.",
    ),
    "HISTORY_TITLE": QT_TRANSLATE_NOOP("SetupTables", "History – %1 from %2"),
    "H_WHEN": QT_TRANSLATE_NOOP("SetupTables", "When"),
    "H_WHO": QT_TRANSLATE_NOOP("SetupTables", "User"),
    "H_FIELD": QT_TRANSLATE_NOOP("SetupTables", "Field"),
    "H_CHANGE": QT_TRANSLATE_NOOP("SetupTables", "Old → new"),
    "H_REASON": QT_TRANSLATE_NOOP("SetupTables", "Reason"),
    "NO_HISTORY_MSG": QT_TRANSLATE_NOOP("SetupTables", "The row has not been changed."),
    "FIELDS": {
        "rate_pct": QT_TRANSLATE_NOOP("SetupTables", "Rate (%)"),
        "amount": QT_TRANSLATE_NOOP("SetupTables", "Amount"),
        "source": QT_TRANSLATE_NOOP("SetupTables", "Source"),
        "confidence": QT_TRANSLATE_NOOP("SetupTables", "Confidence"),
        "confirmed_by": QT_TRANSLATE_NOOP("SetupTables", "Confirmed by"),
        "created": QT_TRANSLATE_NOOP("SetupTables", "Created"),
    },
    "IMPORT_TITLE": QT_TRANSLATE_NOOP("SetupTables", "Import reference rates"),
    "CSV_FILTER": QT_TRANSLATE_NOOP("SetupTables", "CSV files (*.csv)"),
    "IMPORT_REFUSED_ERR": QT_TRANSLATE_NOOP(
        "SetupTables", "Nothing was imported. The file has these problems:"
    ),
    "SAVED_MSG": QT_TRANSLATE_NOOP("SetupTables", "%1 from %2 saved."),
    "CONFIRMED_MSG": QT_TRANSLATE_NOOP("SetupTables", "%1 from %2 confirmed."),
    "MARK_ROW_MSG": QT_TRANSLATE_NOOP("SetupTables", "Mark a row first."),
    "ALREADY_CONFIRMED_MSG": QT_TRANSLATE_NOOP("SetupTables", "The row is already confirmed."),
    # Warnings (statement, case card, Role Center)
    "RATE_NAME": QT_TRANSLATE_NOOP("SetupTables", "Reference rate (%1)"),
    "WARN_MISSING_LINE": QT_TRANSLATE_NOOP(
        "SetupTables", "%1 missing for %2: the statement carries the last rate forward."
    ),
    "WARN_UNCONFIRMED_LINE": QT_TRANSLATE_NOOP(
        "SetupTables", "%1 from %2, which the statement uses, is not confirmed."
    ),
    "WARN_OPEN": QT_TRANSLATE_NOOP("SetupTables", "Open reference rates"),
    "CUE_MISSING": QT_TRANSLATE_NOOP("SetupTables", "Reference rate missing for %1"),
    "CUE_UNCONFIRMED": QT_TRANSLATE_NOOP("SetupTables", "Legal figures to confirm"),
}


def _translated(value: object) -> object:
    if isinstance(value, dict):
        return {key: translate(CONTEXT, text) for key, text in value.items()}
    if isinstance(value, tuple):
        return [translate(CONTEXT, text) for text in value]
    return translate(CONTEXT, value)


def rows_to_confirm(count: int) -> str:
    return translate(CONTEXT, _SOURCES["TO_CONFIRM_MSG"]).replace("%1", str(count))


def rows_imported(count: int) -> str:
    return translate(CONTEXT, _SOURCES["IMPORTED_MSG"]).replace("%1", str(count))


def __getattr__(name: str) -> object:
    try:
        return _translated(_SOURCES[name])
    except KeyError:
        raise AttributeError(name) from None
