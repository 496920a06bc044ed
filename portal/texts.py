"""The portal's words in Danish, Swedish and English (per user); amounts and dates through Babel
in the user's locale."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from workflows.bundle import resources_dir

LOCALES = {"da": "da_DK", "sv": "sv_SE", "en": "en_GB"}

TEXTS: dict[str, dict[str, str]] = {
    "sign_in": {"da": "Log ind", "sv": "Logga in", "en": "Sign in"},
    "login": {"da": "Brugernavn", "sv": "Användarnamn", "en": "User name"},
    "password": {"da": "Adgangskode", "sv": "Lösenord", "en": "Password"},
    "sign_out": {"da": "Log ud", "sv": "Logga ut", "en": "Sign out"},
    "overview": {"da": "Oversigt", "sv": "Översikt", "en": "Overview"},
    "cases": {"da": "Sager", "sv": "Ärenden", "en": "Cases"},
    "quick_search": {"da": "Hurtigsøg", "sv": "Snabbsök", "en": "Quick search"},
    "search_hint": {
        "da": "Sagsnr., CPR/CVR, faktura, OCR, navn …",
        "sv": "Ärendenr, personnummer, faktura, OCR, namn …",
        "en": "Case no., ID number, invoice, OCR, name …",
    },
    "case_no": {"da": "Sagsnr.", "sv": "Ärendenr", "en": "Case no."},
    "client": {"da": "Klient", "sv": "Klient", "en": "Client"},
    "debtors": {"da": "Debitorer", "sv": "Gäldenärer", "en": "Debtors"},
    "balance": {"da": "Saldo", "sv": "Saldo", "en": "Balance"},
    "no_hits": {
        "da": "Ingen sager matcher.",
        "sv": "Inga ärenden matchar.",
        "en": "No case matches.",
    },
    "status": {"da": "Status", "sv": "Status", "en": "Status"},
    "registered": {"da": "Registreret", "sv": "Registrering", "en": "Registered"},
    "handler": {"da": "Sagsbehandler", "sv": "Handläggare", "en": "Case handler"},
    "debts": {"da": "Gæld", "sv": "Skulder", "en": "Debts"},
    "customers": {"da": "Kunder", "sv": "Kunder", "en": "Customers"},
    "invoice": {"da": "Faktura", "sv": "Faktura", "en": "Invoice"},
    "principal": {"da": "Hovedstol", "sv": "Kapital", "en": "Principal"},
    "due": {"da": "Forfald", "sv": "Förfallodag", "en": "Due"},
    "total": {"da": "I alt", "sv": "Summa", "en": "Total"},
    "name": {"da": "Navn", "sv": "Namn", "en": "Name"},
    "role": {"da": "Rolle", "sv": "Roll", "en": "Role"},
    "my_cases": {"da": "Sager i alt", "sv": "Ärenden totalt", "en": "Cases in all"},
    "outstanding": {"da": "Udestående", "sv": "Utestående", "en": "Outstanding"},
    "active_cases": {"da": "Aktive sager", "sv": "Aktiva ärenden", "en": "Active cases"},
    "today_cases": {"da": "Oprettet i dag", "sv": "Registrerade i dag", "en": "Registered today"},
    "recent": {
        "da": "Senest oprettede sager",
        "sv": "Senast registrerade ärenden",
        "en": "Latest cases",
    },
    "f_principal": {"da": "Hovedstol", "sv": "Kapital", "en": "Principal"},
    "f_interest": {"da": "Renter", "sv": "Ränta", "en": "Interest"},
    "f_fees": {"da": "Gebyrer", "sv": "Avgifter", "en": "Fees"},
    "f_salary": {"da": "Inkassosalær", "sv": "Inkassoarvode", "en": "Collection fee"},
    "f_costs": {"da": "Udlæg", "sv": "Kostnader", "en": "Costs"},
    "f_paid": {"da": "Betalt", "sv": "Betalt", "en": "Paid"},
    "f_balance": {"da": "Gæld i alt", "sv": "Att betala", "en": "Balance"},
    "s_active": {"da": "Aktiv", "sv": "Aktivt", "en": "Active"},
    "s_dormant": {"da": "Hvilende", "sv": "Vilande", "en": "Dormant"},
    "s_recall_requested": {
        "da": "Tilbagekaldelse anmodet",
        "sv": "Återkallelse begärd",
        "en": "Recall requested",
    },
    "s_closed": {"da": "Lukket", "sv": "Avslutat", "en": "Closed"},
    "new_password": {
        "da": "Vælg en ny adgangskode",
        "sv": "Välj ett nytt lösenord",
        "en": "Choose a new password",
    },
    "repeat": {
        "da": "Gentag adgangskoden",
        "sv": "Upprepa lösenordet",
        "en": "Repeat the password",
    },
    "save": {"da": "Gem", "sv": "Spara", "en": "Save"},
    "differ": {
        "da": "De to adgangskoder er ikke ens.",
        "sv": "De två lösenorden är inte lika.",
        "en": "The two passwords differ.",
    },
    "wrong": {
        "da": "Forkert brugernavn eller adgangskode.",
        "sv": "Fel användarnamn eller lösenord.",
        "en": "Wrong user name or password.",
    },
    "expired": {
        "da": "Formularen er udløbet; prøv igen.",
        "sv": "Formuläret har gått ut; försök igen.",
        "en": "The form has expired; try again.",
    },
}


def _area_words() -> dict[str, dict[str, str]]:
    """Each area of the portal keeps its own words in resources/portal/words/<area>.json
    ({"key": {"da": …, "sv": …, "en": …}}), so areas never edit one shared table."""
    words: dict[str, dict[str, str]] = {}
    folder = resources_dir("portal") / "words"
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        for key, texts in json.loads(path.read_text(encoding="utf-8")).items():
            if key in TEXTS or key in words:
                raise ValueError(f"portal word {key!r} is defined twice ({path.name})")
            words[key] = texts
    return words


TEXTS.update(_area_words())


def t(key: str, language: str) -> str:
    words = TEXTS.get(key)
    if words is None:  # a code without words (e.g. a new status): shown as it is
        return key.split("_", 1)[-1]
    return words.get(language) or words["en"]


def money(amount: Decimal | None, language: str) -> str:
    if amount is None:
        return ""
    return format_decimal(amount, format="#,##0.00", locale=LOCALES.get(language, "da_DK"))


def day(value: date | None, language: str) -> str:
    if value is None:
        return ""
    pattern = {"da": "dd-MM-yyyy", "sv": "yyyy-MM-dd"}.get(language, "dd/MM/yyyy")
    return format_date(value, pattern, locale=LOCALES.get(language, "da_DK"))


def as_date(value) -> date | None:
    """An ISO date string (as archived parameters hold them) as a date for `day`."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return value
