"""User texts of the follow-up pages as named constants, in the program's three languages."""

from __future__ import annotations

from ui.i18n import current_language

_TEXTS: dict[str, tuple[str, str, str]] = {  # key: (da, sv, en)
    "FollowUpsTitle": ("Fremnoteringer", "Bevakningar", "Follow-ups"),
    "ToDoLbl": ("Til udførelse", "Att göra", "To do"),
    "DueLbl": ("Forfaldne", "Förfallna", "Due"),
    "DoneLbl": ("Udførte", "Utförda", "Done"),
    "MineLbl": ("Kun mine", "Bara mina", "Only mine"),
    "ExecuteAct": ("Udfør", "Utför", "Execute"),
    "ResumeAct": ("Genoptag", "Återuppta", "Resume"),
    "MassAct": ("Masseudførelse", "Massutförande", "Mass execution"),
    "OpenLetterAct": ("Åbn brev", "Öppna brev", "Open letter"),
    "RunsTitle": ("Kørsel sagsopfølgning", "Körningar", "Follow-up runs"),
    "ReexecuteAct": ("Genudfør", "Kör igen", "Re-execute"),
    "OpenLettersAct": ("Åbn breve", "Öppna brev", "Open letters"),
    "PrintAllAct": ("Samlet dokument til udskrift", "Samlat dokument", "Combined for printing"),
    "FieldsAct": ("Vis flettefelter", "Visa kopplingsfält", "Show merge fields"),
    "FieldsTitle": ("Flettefelter i skabelonen", "Kopplingsfält", "Template merge fields"),
    "RunningMsg": ("Udfører fremnoteringer …", "Utför bevakningar …", "Executing follow-ups …"),
    "MassQst": (
        "Vil du udføre %1 forfaldne fremnotering(er)?",
        "Vill du utföra %1 förfallna bevakning(ar)?",
        "Execute %1 due follow-up(s)?",
    ),
    "NothingDueMsg": ("Der er ingen forfaldne fremnoteringer.", "Inga förfallna.", "Nothing due."),
    "NoRowMsg": ("Vælg en linje først.", "Välj en rad först.", "Select a line first."),
    "CaseLbl": ("Sag", "Ärende", "Case"),
    "DueDateLbl": ("Forfaldsdato", "Förfallodag", "Due date"),
    "ActivityLbl": ("Aktivitet", "Aktivitet", "Activity"),
    "ResponsibleLbl": ("Ansvarlig", "Ansvarig", "Responsible"),
    "StatusLbl": ("Status", "Status", "Status"),
    "ResultLbl": ("Resultat", "Resultat", "Result"),
    "RunLbl": ("Kørsel", "Körning", "Run"),
    "StartedLbl": ("Startet", "Startad", "Started"),
    "UserLbl": ("Bruger", "Användare", "User"),
    "FilterLbl": ("Filter", "Filter", "Filter"),
    "ExecutedLbl": ("Udført", "Utförda", "Executed"),
    "SkippedLbl": ("Sprunget over", "Överhoppade", "Skipped"),
    "FailedLbl": ("Fejlet", "Misslyckade", "Failed"),
    "FeesLbl": ("Gebyrer", "Avgifter", "Fees"),
    "FieldLbl": ("Felt", "Fält", "Field"),
    "DescriptionLbl": ("Beskrivelse", "Beskrivning", "Description"),
}


def t(key: str, *args: object) -> str:
    index = {"da": 0, "sv": 1, "en": 2}.get(current_language().code, 0)
    text = _TEXTS[key][index]
    for i, arg in enumerate(args, 1):
        text = text.replace(f"%{i}", str(arg))
    return text
