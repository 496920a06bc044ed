"""User texts of the follow-up pages: English sources, translated through Qt (caplegal_<lang>.ts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

CONTEXT = "FollowUpTexts"

_TEXTS: dict[str, str] = {
    "FollowUpsTitle": QT_TRANSLATE_NOOP("FollowUpTexts", "Follow-ups"),
    "ToDoLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "To do"),
    "DueLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Due"),
    "DoneLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Done"),
    "MineLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Only mine"),
    "ExecuteAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Execute"),
    "ResumeAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Resume"),
    "MassAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Mass execution"),
    "OpenLetterAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Open letter"),
    "LetterPdfAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Letter as PDF"),
    "NoLetterMsg": QT_TRANSLATE_NOOP("FollowUpTexts", "This follow-up has no letter."),
    "PdfSavedMsg": QT_TRANSLATE_NOOP("FollowUpTexts", "PDF saved: %1"),
    "RunsTitle": QT_TRANSLATE_NOOP("FollowUpTexts", "Follow-up runs"),
    "ReexecuteAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Re-execute"),
    "OpenLettersAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Open letters"),
    "PrintAllAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Combined for printing"),
    "FieldsAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Show merge fields"),
    "FieldsTitle": QT_TRANSLATE_NOOP("FollowUpTexts", "Template merge fields"),
    "RunningMsg": QT_TRANSLATE_NOOP("FollowUpTexts", "Executing follow-ups …"),
    "MassQst": QT_TRANSLATE_NOOP("FollowUpTexts", "Execute %1 due follow-up(s)?"),
    "NothingDueMsg": QT_TRANSLATE_NOOP("FollowUpTexts", "Nothing due."),
    "NoRowMsg": QT_TRANSLATE_NOOP("FollowUpTexts", "Select a line first."),
    "CaseLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Case"),
    "DueDateLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Due date"),
    "ActivityLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Activity"),
    "ResponsibleLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Responsible"),
    "StatusLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Status"),
    "ResultLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Result"),
    "RunLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Run"),
    "StartedLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Started"),
    "UserLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "User"),
    "FilterLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Filter"),
    "ExecutedLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Executed"),
    "SkippedLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Skipped"),
    "FailedLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Failed"),
    "FeesLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Fees"),
    "GroupedLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Grouped by activity"),
    "WorkflowLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Workflow"),
    "ToDoCountLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "To be executed"),
    "DueCountLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Due activities"),
    "NoActivityLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Without an activity (done one by one)"),
    "MassActivityQst": QT_TRANSLATE_NOOP(
        "FollowUpTexts", "Execute %1 due follow-up(s) of the activity %2?"
    ),
    "NotMassMsg": QT_TRANSLATE_NOOP(
        "FollowUpTexts",
        "Follow-ups without an activity are executed one by one: mark one and choose Execute.",
    ),
    "ScheduleMissingAct": QT_TRANSLATE_NOOP("FollowUpTexts", "Schedule missing"),
    "ScheduledMsg": QT_TRANSLATE_NOOP(
        "FollowUpTexts", "%1 case(s) without a follow-up got their workflow's first activity."
    ),
    "FieldLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Field"),
    "DescriptionLbl": QT_TRANSLATE_NOOP("FollowUpTexts", "Description"),
}


def t(key: str, *args: object) -> str:
    """The text in the current language, with %1, %2 ... filled in."""
    source = _TEXTS[key]
    text = translate(CONTEXT, source)
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(value))
    return text
