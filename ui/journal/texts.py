"""User texts of the journal pages as named constants, in the program's three languages."""

from __future__ import annotations

from ui.i18n import current_language

_TEXTS: dict[str, tuple[str, str, str]] = {  # key: (da, sv, en)
    "JournalTitle": ("Inkassokladde", "Inkassojournal", "Collection journal"),
    "BatchLbl": ("Kladde:", "Journal:", "Batch:"),
    "CheckAct": ("Kontroller", "Kontrollera", "Check"),
    "PreviewAct": ("Vis bogføring", "Förhandsgranska", "Preview posting"),
    "ImportAct": ("Indlæs bankfil", "Läs in bankfil", "Import payment file"),
    "SuspenseAct": ("Afstemningsliste", "Avstämningslista", "Suspense list"),
    "NewLineAct": ("Ny linje", "Ny rad", "New line"),
    "PostQst": (
        "Vil du bogføre %1 linje(r) i kladden %2?",
        "Vill du bokföra %1 rad(er) i journalen %2?",
        "Post %1 line(s) in batch %2?",
    ),
    "NoProblemsMsg": (
        "Der er ingen fejl i kladden.",
        "Journalen har inga fel.",
        "The batch has no problems.",
    ),
    "ProblemsMsg": (
        "%1 fejl — ret dem før bogføring.",
        "%1 fel — rätta dem före bokföring.",
        "%1 problem(s) — correct them before posting.",
    ),
    "PreviewTitle": ("Bogføring (eksempel)", "Bokföring (förhandsgranskning)", "Posting preview"),
    "ErrTitle": ("Fejl", "Fel", "Error"),
    "PostTitle": ("Bogfør", "Bokför", "Post"),
    "SuspenseTitle": (
        "Afstemningsliste (ukendte indbetalinger)",
        "Avstämningslista",
        "Suspense list (unmatched payments)",
    ),
    "AssignAct": ("Placer på sag", "Placera på ärende", "Assign to case"),
    "CaseNoQst": ("Sagsnummer:", "Ärendenummer:", "Case no.:"),
    "PaymentTitle": ("Registrer betaling", "Registrera betalning", "Register payment"),
    "PaymentTypeLbl": ("Betalingstype", "Betalningstyp", "Payment type"),
    "AllocationLbl": ("Fordeling", "Fördelning", "Allocation"),
    "ClaimFirstLbl": (
        "Fordring der dækkes først",
        "Fordran som regleras först",
        "Claim to settle first",
    ),
    "DateLbl": ("Dato", "Datum", "Date"),
    "AmountLbl": ("Beløb", "Belopp", "Amount"),
    "NoClaim": ("(ingen bestemt)", "(ingen särskild)", "(none in particular)"),
    "payment_to_client": (
        "Indbetaling direkte til klient",
        "Betalning till klient",
        "Payment to client",
    ),
    "credit_from_amount": ("Kreditering af beløb", "Kreditering av belopp", "Credit from amount"),
    "returned_order": ("Returneret ordre", "Returnerad order", "Returned order"),
    "capital": ("Hovedstol", "Kapital", "Capital"),
    "fee": ("Gebyr", "Avgift", "Fee"),
    "interest": ("Rente", "Ränta", "Interest"),
    "cost": ("Omkostning", "Kostnad", "Cost"),
    "NoCaseMsg": ("Vælg en sag først.", "Välj ett ärende först.", "Choose a case first."),
}
COLUMNS = {
    "posting_date": ("Bogføringsdato", "Bokföringsdatum", "Posting date"),
    "case_no": ("Sag", "Ärende", "Case"),
    "entry_type": ("Posttype", "Posttyp", "Entry type"),
    "tariff_code": ("Takstkode", "Taxekod", "Tariff code"),
    "posting_template": ("Bogføringsskabelon", "Bokföringsmall", "Posting template"),
    "description": ("Beskrivelse", "Beskrivning", "Description"),
    "amount": ("Beløb", "Belopp", "Amount"),
}


def t(key: str, *args: object) -> str:
    """The text in the current language, with %1, %2 ... filled in."""
    index = {"da": 0, "sv": 1, "en": 2}.get(current_language().code, 0)
    text = (_TEXTS.get(key) or COLUMNS[key])[index]
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(value))
    return text
