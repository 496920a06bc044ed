"""Danish dates and month names for the report lines."""

from __future__ import annotations

from datetime import date

_MONTHS = (
    "januar februar marts april maj juni juli august september oktober november december"
).split()


def danish_date(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def danish_month(first: date) -> str:
    return f"{first:%Y-%m} {_MONTHS[first.month - 1]}"
