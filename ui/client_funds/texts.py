"""User texts of the client funds pages: English sources, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

CONTEXT = "ClientFundsTexts"

_TEXTS: dict[str, str] = {
    "PageTitle": QT_TRANSLATE_NOOP("ClientFundsTexts", "Client settlements"),
    "SettlementsTab": QT_TRANSLATE_NOOP("ClientFundsTexts", "Settlements"),
    "BalancesTab": QT_TRANSLATE_NOOP("ClientFundsTexts", "Client funds"),
    "ToLbl": QT_TRANSLATE_NOOP("ClientFundsTexts", "Payments up to:"),
    "CreateAct": QT_TRANSLATE_NOOP("ClientFundsTexts", "Make drafts"),
    "CheckAct": QT_TRANSLATE_NOOP("ClientFundsTexts", "Check"),
    "PostAct": QT_TRANSLATE_NOOP("ClientFundsTexts", "Post (F9)"),
    "PrintAct": QT_TRANSLATE_NOOP("ClientFundsTexts", "Print"),
    "PostQst": QT_TRANSLATE_NOOP("ClientFundsTexts", "Post %1 draft settlement(s)?"),
    "PostedMsg": QT_TRANSLATE_NOOP("ClientFundsTexts", "%1 settlement(s) posted."),
    "MadeMsg": QT_TRANSLATE_NOOP("ClientFundsTexts", "%1 draft(s) made."),
    "NoProblemsMsg": QT_TRANSLATE_NOOP("ClientFundsTexts", "The drafts have no problems."),
    "NoDraftsMsg": QT_TRANSLATE_NOOP("ClientFundsTexts", "There are no drafts to post."),
    "PrintedMsg": QT_TRANSLATE_NOOP("ClientFundsTexts", "Settlement printed to %1"),
    "ErrTitle": QT_TRANSLATE_NOOP("ClientFundsTexts", "Error"),
    "PostTitle": QT_TRANSLATE_NOOP("ClientFundsTexts", "Post"),
    "CueCaption": QT_TRANSLATE_NOOP("ClientFundsTexts", "Client account does not reconcile"),
    "CueCaptionDiff": QT_TRANSLATE_NOOP(
        "ClientFundsTexts", "Client account does not reconcile (difference %1)"
    ),
    "CueTip": QT_TRANSLATE_NOOP(
        "ClientFundsTexts", "Bank %1, books %2, %3 unmatched bank line(s) (statement of %4)"
    ),
    "no": QT_TRANSLATE_NOOP("ClientFundsTexts", "No."),
    "client": QT_TRANSLATE_NOOP("ClientFundsTexts", "Client"),
    "to": QT_TRANSLATE_NOOP("ClientFundsTexts", "Up to"),
    "status": QT_TRANSLATE_NOOP("ClientFundsTexts", "Status"),
    "collected": QT_TRANSLATE_NOOP("ClientFundsTexts", "Collected"),
    "client_part": QT_TRANSLATE_NOOP("ClientFundsTexts", "Client's part"),
    "firm_part": QT_TRANSLATE_NOOP("ClientFundsTexts", "Firm's part"),
    "vat": QT_TRANSLATE_NOOP("ClientFundsTexts", "VAT"),
    "set_off": QT_TRANSLATE_NOOP("ClientFundsTexts", "Set off"),
    "payout": QT_TRANSLATE_NOOP("ClientFundsTexts", "Payout"),
    "case": QT_TRANSLATE_NOOP("ClientFundsTexts", "Case"),
    "date": QT_TRANSLATE_NOOP("ClientFundsTexts", "Date"),
    "amount": QT_TRANSLATE_NOOP("ClientFundsTexts", "Amount"),
    "direct": QT_TRANSLATE_NOOP("ClientFundsTexts", "Paid to client"),
    "name": QT_TRANSLATE_NOOP("ClientFundsTexts", "Name"),
    "retained": QT_TRANSLATE_NOOP("ClientFundsTexts", "Retained"),
    "paid_out": QT_TRANSLATE_NOOP("ClientFundsTexts", "Paid out"),
    "balance": QT_TRANSLATE_NOOP("ClientFundsTexts", "Balance"),
    "draft": QT_TRANSLATE_NOOP("ClientFundsTexts", "Draft"),
    "posted": QT_TRANSLATE_NOOP("ClientFundsTexts", "Posted"),
    "reversed": QT_TRANSLATE_NOOP("ClientFundsTexts", "Reversed"),
    "paid": QT_TRANSLATE_NOOP("ClientFundsTexts", "Paid"),
    "Yes": QT_TRANSLATE_NOOP("ClientFundsTexts", "Yes"),
    "ArchiveTab": QT_TRANSLATE_NOOP("ClientFundsTexts", "Report archive"),
    "OpenAct": QT_TRANSLATE_NOOP("ClientFundsTexts", "Open %1"),
    "run": QT_TRANSLATE_NOOP("ClientFundsTexts", "Run"),
    "report": QT_TRANSLATE_NOOP("ClientFundsTexts", "Report"),
    "due": QT_TRANSLATE_NOOP("ClientFundsTexts", "Due"),
    "period": QT_TRANSLATE_NOOP("ClientFundsTexts", "Period"),
    "run_by": QT_TRANSLATE_NOOP("ClientFundsTexts", "Run by"),
    "client_funds_statement": QT_TRANSLATE_NOOP("ClientFundsTexts", "Client funds statement"),
    "settlement": QT_TRANSLATE_NOOP("ClientFundsTexts", "Settlements"),
}


def t(key: str, *args) -> str:
    text = translate(CONTEXT, _TEXTS[key])
    for n, arg in enumerate(args, 1):
        text = text.replace(f"%{n}", str(arg))
    return text
