"""Personal data out of anything logged: CPR/CVR/personnummer and amounts masked, SQL parameters
dropped (a database error lists every value it was given, a debtor's CPR among them)."""

from __future__ import annotations

import re

_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
_DETAIL = re.compile(r"^(DETAIL: .*)$", re.MULTILINE)  # PostgreSQL repeats the key's value
_DECIMAL_REPR = re.compile(r"Decimal\('[^']*'\)")
# a Swedish personnummer with the century, a CPR/personnummer, then any 8-digit CVR/orgnr
_PERSON_12 = re.compile(r"(?<![0-9])[0-9]{8}[-+]?[0-9]{4}(?![0-9])")
_PERSON_10 = re.compile(r"(?<![0-9])[0-9]{6}[-+]?[0-9]{4}(?![0-9])")
_CVR = re.compile(r"(?<![0-9])[0-9]{8}(?![0-9])")
_AMOUNT = re.compile(r"(?<![0-9.,A-Za-z])[0-9][0-9.,]*[.,][0-9]{2}(?![0-9])")

MASK = "***"


def mask(text: str) -> str:
    """The text with personal numbers and amounts replaced by ***; line numbers stay."""
    text = _PARAMETERS.sub("[parameters: skjult]", text)
    text = _DETAIL.sub("DETAIL: skjult", text)
    text = _DECIMAL_REPR.sub(f"Decimal('{MASK}')", text)
    for pattern in (_PERSON_12, _PERSON_10, _CVR, _AMOUNT):
        text = pattern.sub(MASK, text)
    return text
