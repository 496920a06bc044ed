"""What a column of an exported list is, and how its values read in Danish."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal

from models.money import round_ore

KINDS = ("text", "date", "amount", "count")
LOCALE = "da_DK"
DATE_FORMAT = "%d-%m-%Y"


@dataclass(frozen=True, slots=True)
class TableColumn:
    key: str
    title: str
    kind: str = "text"  # "text" | "date" | "amount" | "count"
    labels: Mapping[str, str] | None = None  # stored value -> text shown (enums, yes/no)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; expected one of {KINDS}")

    @property
    def numeric(self) -> bool:
        return self.kind in ("amount", "count")


def danish_amount(value: Any, *, grouping: bool = True) -> str:
    """'1.234,56' (grouping) or '1234,56' — an amount rounded half up to øre, Danish style."""
    pattern = "#,##0.00" if grouping else "0.00"
    return format_decimal(round_ore(Decimal(value)), format=pattern, locale=LOCALE)


def danish_date(value: dt.date) -> str:
    return value.strftime(DATE_FORMAT)


def cell_text(value: Any, column: TableColumn, *, grouping: bool = True) -> str:
    """The text a reader sees for a value: labels first, then Danish amounts, dates and counts."""
    if value is None:
        return ""
    if column.labels is not None:
        return column.labels.get(str(value), str(value))
    if column.kind == "amount":
        return danish_amount(value, grouping=grouping)
    if column.kind == "date" and isinstance(value, dt.date):
        return danish_date(value)
    if column.kind == "count" and grouping and isinstance(value, int):
        return format_decimal(value, format="#,##0", locale=LOCALE)
    return str(value)
