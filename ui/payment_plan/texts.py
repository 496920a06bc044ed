"""The payment-plan windows' texts (Danish, the program's default language), one place.

Role suffixes as in Business Central: ...Msg informs, ...Qst asks, ...Err refuses.
"""

PLAN_TITLE = "Betalingsplan {no}"
OVERVIEW_TITLE = "Betalingsplaner"
GENERAL_TAB = "Generelt"
CALCULATOR_TAB = "Beregner"
SPECIFICATION_TAB = "Specifikation"

STATUS = {"draft": "Kladde", "active": "Aktiv", "closed": "Lukket"}
TERMS = {"month": "Måned", "quarter": "Kvartal", "half_year": "Halvår", "year": "År"}
ALLOCATIONS = {
    "oldest_first": "Betal ældst først",
    "pro_rata": "Pro-rata",
    "special": "Speciel regulering",
}
ORDERS = {"interest_first": "Rente først", "costs_first": "Omkostninger først"}
KINDS = {"capital": "Hovedstol", "interest": "Renter", "cost": "Omkostning", "fee": "Gebyr"}
BUCKETS = {"interest": "Renter", "costs": "Omkostninger", "principal": "Hovedstol"}
GENERAL_KINDS = {"instalment_change": "Ydelsesændring", "interest_stop": "Rentestop"}
PERIOD_KINDS = {
    "deferral": "Betalingshenstand",
    "reduced": "Reduceret betaling",
    "increased": "Forhøjet betaling",
    "interest": "Renteaftale",
}

# Field captions, as in CapLegal
NO = "Nr."
CASE = "Sagsnr."
STATUS_FIELD = "Status"
DEBTORS = "Debitorer"
CREATED = "Oprettet"
ACTIVATED = "Aktiveret"
CLOSED = "Lukket"
REPLACES = "Erstatter plan"
EXTRA_AMOUNT = "Ekstraordinær betalingsbeløb"
EXTRA_DATE = "Ekstraordinær betalingsdato"
FIRST_DATE = "Første betalingsdato"
TERM = "Betalingstermin"
PERIODS = "Antal perioder"
LAST_DATE = "Sidste betalingsdato"
INSTALMENT = "Ydelse"
ACCRUED = "Påløbede renter"
ALLOCATION = "Afgræns betalingstype"
ORDER = "Betalingsrækkefølge"
DEBT = "Gæld ved planens start"
CREDIT_AMOUNT = "Kreditbeløb"
CREDIT_COST = "Kreditomkostninger"
APR = "ÅOP"

SPEC_COLUMNS = (
    "Post",
    "Type",
    "Beløb",
    "Insolidum",
    "Hæftelsesandel i %",
    "Genbetalingsandel i %",
    "Betalingsprioritet",
    "Afgræns betalingsprocent",
    "Rentebærende i betalingsplan",
    "Rente %",
    "ÅOP",
)
LINE_COLUMNS = (
    "Periode",
    "Forfaldsdato",
    "Ydelse",
    "Renter",
    "Omkostninger",
    "Hovedstol",
    "Restgæld",
    "Status",
)
LINE_STATUS = {
    "paid": "Betalt",
    "partly_paid": "Delvist betalt",
    "overdue": "Forfalden",
    "not_due": "Ikke forfalden",
}

# Actions
CALCULATE = "Beregn"
ACTIVATE = "Aktivér betalingsplan"
SHOW_PLAN = "Betalingsplan"
SPECIFICATION = "Specifikation"
AGREEMENTS = "Betalingsaftaler"
PRINT = "Udskriv kreditomkostninger"
CLOSE = "Luk betalingsplan"
REOPEN = "Genåbn betalingsplan"
NEW_PLAN = "Dan betalingsplan"
OPEN = "Åbn"

# Dialogs and messages
CHOOSE_DEBTORS = "Vælg de debitorer, der indgår i betalingsplanen"
ACTIVE_PLAN_QST = (
    "Debitor har allerede en aktiv betalingsplan ({nos}).\n\n"
    "Vælger du Opret ny, lukkes den aktive betalingsplan, når den nye aktiveres."
)
CREATE_NEW = "Opret ny"
NO_CASE_MSG = "Marker en sag i sagsoversigten først."
CALCULATED_MSG = "Planen er beregnet: {periods} perioder á {instalment}."
ACTIVATED_MSG = "Betalingsplan {no} er aktiveret."
CLOSED_OTHERS_MSG = "Betalingsplan {nos} er lukket."
AGREEMENT_CHOICE_QST = (
    "Vil du ændre denne betalingsplan eller oprette en ny?\n\n"
    "Det anbefales at oprette en ny betalingsplan, idet du dermed bevarer historikken."
)
CHANGE_THIS = "Ændr denne"
CREATE_NEW_RECOMMENDED = "Opret ny (anbefalet)"
GENERAL_AGREEMENT = "Generelle aftaler"
SINGLE_AGREEMENT = "Ændring af enkelte ydelser"
AGREEMENT_TYPE = "Aftaletype"
FROM_PERIOD = "Ikrafttrædelse fra periode"
NEW_INSTALMENT = "Evt. ny ydelse"
REMARK = "Aftalebemærkninger"
PERIOD = "Periodenr."
AMOUNT = "Beløb"
RATE = "Rentesats %"
NONE = "(ingen)"
PLAN_STATS = "Første afdrag (periode 1) {first}; sidste afdrag periode {last_no} forfalder {last}."
INCLUDE_PAYMENTS = "Inkludér betalingsoplysninger"
SAVE_PDF = "Gem kreditomkostninger som PDF"
SAVED_MSG = "Kreditomkostninger gemt: {path}"
INTEREST_SPEC = "Påløbede renter i planen"
ERROR_TITLE = "Betalingsplan"
