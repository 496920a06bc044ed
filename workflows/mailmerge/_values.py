"""Turning record values into the text a letter shows, the Danish way.

Word's own numeric (\\#) and date (\\@) switches are not used: the record's types decide.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.numbers import format_decimal

from models.money import round_ore

_AMOUNT_PATTERN = "#,##0.00"
_LOCALE = "da_DK"


def format_value(value: object) -> str:
    """The text of one merge value: amounts as 1.234,56, dates as 24-11-2026."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, Decimal):
        # Babel rounds half even; money is rounded half up to øre first.
        return format_decimal(round_ore(value), format=_AMOUNT_PATTERN, locale=_LOCALE)
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y kl. %H.%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return format_decimal(value, locale=_LOCALE)
    return str(value)


def apply_case(text: str, case: str | None) -> str:
    """Word's \\* Upper, Lower, FirstCap and Caps switches."""
    if not case or not text:
        return text
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    if case == "firstcap":
        return text[0].upper() + text[1:]
    if case == "caps":
        return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    return text


def parse_number(text: str) -> Decimal | None:
    """A number written plainly (1234.5) or the Danish way (1.234,50), else None."""
    candidate = text.strip().replace("\u00a0", "")
    if not candidate:
        return None
    if "," in candidate:
        candidate = candidate.replace(".", "").replace(",", ".")
    try:
        number = Decimal(candidate)
    except ArithmeticError:
        return None
    return number if number.is_finite() else None
