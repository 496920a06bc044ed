"""Command-line values that are amounts: read by the one amount reader (workflows/amounts.py).

argparse names the option ("argument --instalment: ..."); the message says what is wrong.
"""

from __future__ import annotations

import argparse
from decimal import Decimal

from workflows.amounts import AmountError, read_amount, read_percent


def _plain(text: str) -> str:
    """'1234,50' as '1234.50': a decimal comma is taken; thousands separators are not."""
    return text.replace(",", ".") if text.count(",") == 1 and "." not in text else text


def amount_argument(text: str) -> Decimal:
    """An amount option such as --instalment 1500 or --extra-amount 2000,50 (never negative)."""
    try:
        return read_amount(_plain(text), "")
    except AmountError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def signed_percent_argument(text: str) -> Decimal:
    """A percentage that may be negative, such as a reference rate (-0.35)."""
    try:
        return read_percent(_plain(text), "", signed=True)
    except AmountError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
