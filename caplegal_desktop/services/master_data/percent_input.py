"""A percentage typed by a user or read from a file: strict, so no number slips in by accident.

A percent is not an amount (it may be negative, e.g. a reference rate of -0,35 %, and has up to
four decimals), so it has its own reader: ASCII digits with an optional sign and one decimal
point or comma. Exponents ("1e5"), NaN, infinity, thousands separators and non-ASCII digits
("١٢٣") are refused with a Danish message naming the field.
"""

from __future__ import annotations

import re
from decimal import Decimal

from caplegal_desktop.errors import Problem, ValidationError

_PERCENT = re.compile(r"[+-]?[0-9]{1,5}(?:[.,][0-9]{1,4})?", re.ASCII)
# models.base.Percent is Numeric(9, 4): five digits before the point.
LIMIT = Decimal("100000")


def read_percent(
    text: str | Decimal, *, field: str = "procent", low: Decimal | None = None, high=None
) -> Decimal:
    """The percentage in `text` as a Decimal, or ValidationError naming `field`.

    `low`/`high` (inclusive) narrow the range further (e.g. a rate cap margin of 0-100)."""
    if isinstance(text, Decimal):
        value = text
        if not value.is_finite() or abs(value) >= LIMIT or value != round(value, 4):
            raise ValidationError(Problem(field, f"'{text}' er ikke en gyldig procentsats."))
    else:
        raw = (text or "").strip(" \t").removesuffix("%").strip(" \t")
        if not _PERCENT.fullmatch(raw):
            raise ValidationError(
                Problem(
                    field,
                    f"'{text}' er ikke en procentsats: skriv fx 1,75 eller -0.35 "
                    "(højst fire decimaler).",
                )
            )
        value = Decimal(raw.replace(",", "."))
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValidationError(
            Problem(field, f"{value} % ligger uden for det tilladte ({low} til {high} %).")
        )
    return value
