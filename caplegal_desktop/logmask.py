"""Personal data out of anything logged: CPR/CVR/personnummer and amounts masked, SQL parameters
dropped (a database error lists every value it was given, a debtor's CPR among them)."""

from __future__ import annotations

import logging
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


class MaskingFilter(logging.Filter):
    """Masks every record a handler writes: its message with the arguments put in, and the
    traceback text, so a CPR in an exception or a parameter never reaches a terminal or file."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def install_masking() -> None:
    """Route warnings and errors of every logger through a masking handler (stderr), once."""
    root = logging.getLogger()
    if any(isinstance(f, MaskingFilter) for h in root.handlers for f in h.filters):
        return
    handler = logging.StreamHandler()
    handler.addFilter(MaskingFilter())
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)
    for existing in root.handlers:
        if not any(isinstance(f, MaskingFilter) for f in existing.filters):
            existing.addFilter(MaskingFilter())
