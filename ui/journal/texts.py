"""User texts of the journal pages: English sources, translated through Qt (caplegal_<lang>.ts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

CONTEXT = "JournalTexts"

_TEXTS: dict[str, str] = {
    "JournalTitle": QT_TRANSLATE_NOOP("JournalTexts", "Collection journal"),
    "BatchLbl": QT_TRANSLATE_NOOP("JournalTexts", "Batch:"),
    "CheckAct": QT_TRANSLATE_NOOP("JournalTexts", "Check"),
    "PreviewAct": QT_TRANSLATE_NOOP("JournalTexts", "Preview posting"),
    "ImportAct": QT_TRANSLATE_NOOP("JournalTexts", "Import payment file"),
    "SuspenseAct": QT_TRANSLATE_NOOP("JournalTexts", "Suspense list"),
    "NewLineAct": QT_TRANSLATE_NOOP("JournalTexts", "New line"),
    "PostQst": QT_TRANSLATE_NOOP("JournalTexts", "Post %1 line(s) in batch %2?"),
    "NoProblemsMsg": QT_TRANSLATE_NOOP("JournalTexts", "The batch has no problems."),
    "ProblemsMsg": QT_TRANSLATE_NOOP(
        "JournalTexts", "%1 problem(s) — correct them before posting."
    ),
    "PreviewTitle": QT_TRANSLATE_NOOP("JournalTexts", "Posting preview"),
    "ErrTitle": QT_TRANSLATE_NOOP("JournalTexts", "Error"),
    "PostTitle": QT_TRANSLATE_NOOP("JournalTexts", "Post"),
    "SuspenseTitle": QT_TRANSLATE_NOOP("JournalTexts", "Suspense list (unmatched payments)"),
    "AssignAct": QT_TRANSLATE_NOOP("JournalTexts", "Assign to case"),
    "CaseNoQst": QT_TRANSLATE_NOOP("JournalTexts", "Case no.:"),
    "PaymentTitle": QT_TRANSLATE_NOOP("JournalTexts", "Register payment"),
    "PaymentTypeLbl": QT_TRANSLATE_NOOP("JournalTexts", "Payment type"),
    "AllocationLbl": QT_TRANSLATE_NOOP("JournalTexts", "Allocation"),
    "ClaimFirstLbl": QT_TRANSLATE_NOOP("JournalTexts", "Claim to settle first"),
    "DateLbl": QT_TRANSLATE_NOOP("JournalTexts", "Date"),
    "AmountLbl": QT_TRANSLATE_NOOP("JournalTexts", "Amount"),
    "NoClaim": QT_TRANSLATE_NOOP("JournalTexts", "(none in particular)"),
    "payment_to_client": QT_TRANSLATE_NOOP("JournalTexts", "Payment to client"),
    "credit_from_amount": QT_TRANSLATE_NOOP("JournalTexts", "Credit from amount"),
    "returned_order": QT_TRANSLATE_NOOP("JournalTexts", "Returned order"),
    "capital": QT_TRANSLATE_NOOP("JournalTexts", "Capital"),
    "fee": QT_TRANSLATE_NOOP("JournalTexts", "Fee"),
    "interest": QT_TRANSLATE_NOOP("JournalTexts", "Interest"),
    "cost": QT_TRANSLATE_NOOP("JournalTexts", "Cost"),
    "CurrencyLbl": QT_TRANSLATE_NOOP("JournalTexts", "Currency"),
    "ReferenceLbl": QT_TRANSLATE_NOOP("JournalTexts", "Reference"),
    "PayerLbl": QT_TRANSLATE_NOOP("JournalTexts", "Payer"),
    "ReasonLbl": QT_TRANSLATE_NOOP("JournalTexts", "Reason"),
    "NoCaseMsg": QT_TRANSLATE_NOOP("JournalTexts", "Choose a case first."),
}
COLUMNS: dict[str, str] = {
    "posting_date": QT_TRANSLATE_NOOP("JournalTexts", "Posting date"),
    "case_no": QT_TRANSLATE_NOOP("JournalTexts", "Case"),
    "entry_type": QT_TRANSLATE_NOOP("JournalTexts", "Entry type"),
    "tariff_code": QT_TRANSLATE_NOOP("JournalTexts", "Tariff code"),
    "posting_template": QT_TRANSLATE_NOOP("JournalTexts", "Posting template"),
    "description": QT_TRANSLATE_NOOP("JournalTexts", "Description"),
    "amount": QT_TRANSLATE_NOOP("JournalTexts", "Amount"),
}


def t(key: str, *args: object) -> str:
    """The text in the current language, with %1, %2 ... filled in."""
    source = _TEXTS[key] if key in _TEXTS else COLUMNS[key]
    text = translate(CONTEXT, source)
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(value))
    return text
