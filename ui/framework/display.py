"""The one place that turns stored values into what the screen shows: enum values ("payment",
"recall_requested"), amounts, dates, yes/no. Lists, cards, FactBoxes and the history read
through here, so a value reads the same everywhere and in the chosen language (Qt's tr).

An enum value nobody named here is shown as it is stored; the language walk in
tests/ui/test_danish_everywhere.py fails on it, so a new value gets its words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import format_amount, format_count, format_date, translate

CONTEXT = "Display"

# domain -> stored value -> English source text (translated in CONTEXT)
ENUMS: dict[str, dict[str, str]] = {
    "case_status": {
        "active": QT_TRANSLATE_NOOP("Display", "Active"),
        "dormant": QT_TRANSLATE_NOOP("Display", "Dormant"),
        "recall_requested": QT_TRANSLATE_NOOP("Display", "Recall requested"),
        "closed": QT_TRANSLATE_NOOP("Display", "Closed"),
    },
    "case_stage": {
        "invoicing": QT_TRANSLATE_NOOP("Display", "Invoicing"),
        "collection": QT_TRANSLATE_NOOP("Display", "Collection"),
        "surveillance": QT_TRANSLATE_NOOP("Display", "Surveillance"),
        "legal": QT_TRANSLATE_NOOP("Display", "Legal"),
    },
    "entry_type": {
        "principal": QT_TRANSLATE_NOOP("Display", "Principal"),
        "fee": QT_TRANSLATE_NOOP("Display", "Fee"),
        "salary": QT_TRANSLATE_NOOP("Display", "Collection salary"),
        "disbursement": QT_TRANSLATE_NOOP("Display", "Disbursement"),
        "interest": QT_TRANSLATE_NOOP("Display", "Interest"),
        "payment": QT_TRANSLATE_NOOP("Display", "Payment"),
        "credit": QT_TRANSLATE_NOOP("Display", "Credit"),
        "write_off": QT_TRANSLATE_NOOP("Display", "Write-off"),
        "reversal": QT_TRANSLATE_NOOP("Display", "Reversal"),
    },
    "payment_type": {
        "payment_to_client": QT_TRANSLATE_NOOP("Display", "Payment to client"),
        "credit_from_amount": QT_TRANSLATE_NOOP("Display", "Credit from amount"),
        "returned_order": QT_TRANSLATE_NOOP("Display", "Returned order"),
    },
    "allocation_target": {
        "capital": QT_TRANSLATE_NOOP("Display", "Principal"),
        "fee": QT_TRANSLATE_NOOP("Display", "Fee"),
        "interest": QT_TRANSLATE_NOOP("Display", "Interest"),
        "cost": QT_TRANSLATE_NOOP("Display", "Costs"),
    },
    "history_kind": {
        "change": QT_TRANSLATE_NOOP("Display", "Change"),
        "info": QT_TRANSLATE_NOOP("Display", "Info"),
        "letter": QT_TRANSLATE_NOOP("Display", "Letter"),
        "attachment": QT_TRANSLATE_NOOP("Display", "Attachment"),
        "paid_out": QT_TRANSLATE_NOOP("Display", "Settlement"),
        "note": QT_TRANSLATE_NOOP("Display", "Note"),
        "statement": QT_TRANSLATE_NOOP("Display", "Statement"),
    },
    "follow_up_status": {
        "open": QT_TRANSLATE_NOOP("Display", "Open"),
        "pending": QT_TRANSLATE_NOOP("Display", "Pending"),
        "done": QT_TRANSLATE_NOOP("Display", "Done"),
        "skipped": QT_TRANSLATE_NOOP("Display", "Held back"),
        "cancelled": QT_TRANSLATE_NOOP("Display", "Cancelled"),
    },
    "run_status": {
        "running": QT_TRANSLATE_NOOP("Display", "Running"),
        "done": QT_TRANSLATE_NOOP("Display", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("Display", "Cancelled"),
        "failed": QT_TRANSLATE_NOOP("Display", "Failed"),
    },
    "journal_status": {
        "draft": QT_TRANSLATE_NOOP("Display", "Draft"),
        "posted": QT_TRANSLATE_NOOP("Display", "Posted"),
    },
    "yes_no": {
        "True": QT_TRANSLATE_NOOP("Display", "Yes"),
        "False": QT_TRANSLATE_NOOP("Display", "No"),
    },
}


def enum_text(domain: str, value: Any) -> str:
    """The words for a stored enum value ('payment' -> 'Indbetaling'); '' for None."""
    if value is None:
        return ""
    key = str(getattr(value, "value", value))
    source = ENUMS.get(domain, {}).get(key)
    return translate(CONTEXT, source) if source else key


def enum_value(domain: str, text: str) -> str:
    """The stored value a typed word stands for ('indbetaling' -> 'payment'); a stored value
    typed as it is passes; anything else is returned unchanged for the service to refuse."""
    folded = text.strip().casefold()
    for value, source in ENUMS.get(domain, {}).items():
        if folded in (value.casefold(), translate(CONTEXT, source).casefold()):
            return value
    return text.strip()


def enum_labels(domain: str) -> dict[str, str]:
    """Stored value -> words, for a list column's `labels` or a combo box."""
    return {value: translate(CONTEXT, source) for value, source in ENUMS[domain].items()}


def amount_text(amount: Decimal | int | str | None, *, currency: str | None = None) -> str:
    """'1.234,56' (Danish) / '1 234,56' (Swedish); never '−0,00'; '' for None."""
    if amount is None or amount == "":
        return ""
    return format_amount(Decimal(amount), currency=currency)


def count_text(count: int) -> str:
    """'12.345' (Danish) / '12 345' (Swedish)."""
    return format_count(count)


def date_text(value: dt.date | None) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value)


def datetime_text(value: dt.datetime | None) -> str:
    """'04-12-2026 08:35' (Danish) / '2026-12-04 08:35' (Swedish)."""
    if value is None:
        return ""
    return f"{format_date(value.date())} {value:%H:%M}"


def value_text(value: Any, kind: str = "text", labels: Mapping[str, str] | None = None) -> str:
    """A list cell or FactBox value: kind 'amount', 'date', 'bool', 'int', 'text' or an enum
    domain of ENUMS; `labels` (a column's own words) win for their values."""
    if value is None:
        return ""
    if labels is not None and str(value) in labels:
        return labels[str(value)]
    if kind == "amount":
        return amount_text(value)
    if kind == "date" and isinstance(value, dt.date):
        return date_text(value)
    if kind == "bool" or isinstance(value, bool):
        return "\u2713" if value else ""
    if kind in ENUMS:
        return enum_text(kind, value)
    if isinstance(value, Decimal):
        return amount_text(value)
    return str(value)
