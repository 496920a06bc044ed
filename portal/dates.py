"""Dates typed in the user's portal language, whatever language the browser speaks: every date
field of the portal's forms is a text field showing the language's order as its placeholder
(dd-mm-åååå, åååå-mm-dd, dd/mm/yyyy), read back through Babel in the user's locale. A browser's
own date input would show and take the browser's order (mm/dd/yyyy in an English browser).

ISO dates (2026-11-30) are read in every language too: the portal's own links (paging, a past
search run again) carry them."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import ParseError, parse_date

from portal.texts import LOCALES, day, t

# digits in three groups, as any of the three languages writes them; nothing else
_SHAPE = re.compile(r"^\d{1,4}[-./ ]\d{1,2}[-./ ]\d{1,4}$")
FIRST_YEAR, LAST_YEAR = 1900, 2199


class BadDate(ValueError):
    """Text that is no date in the user's language (the message names the format)."""

    def __init__(self, language: str) -> None:
        super().__init__(bad_date_message(language))


def read_day(text: str | None, language: str) -> date | None:
    """The date typed in the user's language; None for an empty field; BadDate for anything
    else (31-02-2026, 2026-13-01, "i morgen")."""
    text = (text or "").strip()
    if not text:
        return None
    if not _SHAPE.match(text):
        raise BadDate(language)
    try:
        value = parse_date(text, locale=LOCALES.get(language, "da_DK"), format="short")
    except (ValueError, IndexError, ParseError) as exc:
        raise BadDate(language) from exc
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadDate(language)
    return value


def iso_day(text: str | None, language: str) -> str:
    """The typed date as ISO text ("" for an empty field), for what takes ISO (the intake
    JSON, the search's criteria); BadDate as read_day."""
    value = read_day(text, language)
    return value.isoformat() if value else ""


def date_hint(language: str) -> str:
    """The placeholder: the language's order of day, month and year."""
    return t("dt_hint", language)


def bad_date_message(language: str) -> str:
    return t("dt_bad", language).format(hint=date_hint(language))


def shown_day(value, language: str) -> str:
    """A form's value: a date in the user's language; text as the user typed it."""
    if isinstance(value, date):
        return day(value, language)
    return "" if value is None else str(value)
