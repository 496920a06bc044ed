"""The one reader for every amount that comes from outside: files, the command line, the desk.

An amount is written with ASCII digits 0-9, an optional sign where the caller allows a negative
amount, an optional decimal point and at most two decimals ("1234.50"). A JSON number is read
the same way when it arrives exact (an int, or a Decimal from ``json.loads(parse_float=Decimal)``).
Everything else is refused: exponents ("1e30"), NaN and Infinity, underscores ("1_000.00"),
other scripts' digits ("١٢٣", full-width "１２３"), floats, and anything larger than the database
holds to the øre.

The bound: a money column is NUMERIC(18, 2) (``models.base.Money``: exact on PostgreSQL, integer
øre on SQLite), which holds 9,999,999,999,999,999.99. One amount from outside stops three digits
earlier, at MAX_AMOUNT = 9,999,999,999,999.99 (13 digits before the point, the FI list format's
too), so that every total the program makes of such amounts (a case, a settlement, a statement,
a Role Center figure) fits the same columns: a thousand amounts at the bound still fit
NUMERIC(18, 2), and SQLite's integer sum holds more than 9,000 of them (docs/amounts.md).
Percentages are stored as Numeric(9, 4) (``models.base.Percent``): MAX_PERCENT = 99,999.9999.

Readers of a format of their own (BgMax øre integers, camt.054's ISO amounts, the desk's
"1.234,56") bring the text to this plain form and call read_amount, so the range and the
characters are checked in one place. docs/case-import.md and docs/legal-figures.md say the same.
"""

from __future__ import annotations

import re
from decimal import Decimal

# The columns' figures, written here rather than imported from models.base so that reading an
# amount does not load SQLAlchemy (the desk's start path shows its window before it does);
# tests/foundation/test_amounts.py checks them against models.base.Money and Percent.
MONEY_PRECISION, MONEY_SCALE = 18, 2  # Money: NUMERIC(18, 2)
TOTALS_HEADROOM = 3  # digits kept free for totals of amounts
EXACT_DIGITS = MONEY_PRECISION - TOTALS_HEADROOM  # 15: 13 before the point, 2 after
PERCENT_PRECISION, PERCENT_SCALE = 9, 4  # Percent = Numeric(9, 4)

MAX_AMOUNT = Decimal(10) ** (EXACT_DIGITS - MONEY_SCALE) - Decimal(10) ** -MONEY_SCALE
"""The largest amount from outside, in absolute value: 9999999999999.99 (a thousand of them
still fit a money column)."""

MAX_PERCENT = Decimal(10) ** (PERCENT_PRECISION - PERCENT_SCALE) - Decimal(10) ** -PERCENT_SCALE
"""The largest percentage a percent column holds: 99999.9999 (Numeric(9, 4))."""

# [0-9], never \d: \d also matches Arabic-Indic, full-width and other digits that Decimal() reads.
_PLAIN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DECIMAL_WORDS = {0: "ingen", 1: "én", 2: "to", 3: "tre", 4: "fire"}
_SHOWN = 24  # characters of a refused text repeated in the message


class AmountError(ValueError):
    """An amount refused, with a Danish message naming the field ("Hovedstol: ...").

    `code` says which rule refused it, for a desk that words the message in its own language:
    "empty", "not" (not a plain number), "decimals", "negative" or "large"."""

    def __init__(self, label: str, problem: str, code: str = "not") -> None:
        self.label, self.problem, self.code = label, problem, code
        super().__init__(f"{label}: {problem}" if label else problem[:1].upper() + problem[1:])


def read_amount(
    value: object,
    label: str = "Beløb",
    *,
    signed: bool = False,
    decimals: int = 2,
    maximum: Decimal = MAX_AMOUNT,
) -> Decimal:
    """The amount as an exact Decimal with at most `decimals` places and |amount| <= maximum.

    value: a plain decimal text, an int or a Decimal (a JSON number read exactly). `label` names
    the field in the message. `signed` allows a negative amount. Raises AmountError, nothing else.
    """
    return _read(value, label, signed, decimals, maximum, _AMOUNT_TEXTS)


def read_percent(value: object, label: str, *, signed: bool = False) -> Decimal:
    """A percentage (rate, share) by the same rule, to four decimals within MAX_PERCENT."""
    return _read(value, label, signed, 4, MAX_PERCENT, _PERCENT_TEXTS)


_AMOUNT_TEXTS = {
    "empty": "beløbet skal udfyldes.",
    "not": "{shown} er ikke et beløb",
    "sample": "1234.50",
    "decimals": "beløbet kan højst have {n} decimaler.",
    "negative": "beløbet må ikke være negativt.",
    "large": "beløbet er for stort (højst {maximum}).",
}
_PERCENT_TEXTS = {
    "empty": "satsen skal udfyldes.",
    "not": "{shown} er ikke en procentsats",
    "sample": "8.05",
    "decimals": "satsen kan højst have {n} decimaler.",
    "negative": "satsen må ikke være negativ.",
    "large": "satsen er for stor (højst {maximum}).",
}


def _read(value, label, signed, decimals, maximum, texts) -> Decimal:
    amount = _exact(value, label, texts)
    if not amount.is_finite():  # NaN, Infinity
        raise AmountError(label, texts["not"].format(shown=_shown(value)) + ".", "not")
    if amount.as_tuple().exponent < -decimals:
        raise AmountError(
            label, texts["decimals"].format(n=_DECIMAL_WORDS.get(decimals, decimals)), "decimals"
        )
    if amount < 0 and not signed:
        raise AmountError(label, texts["negative"], "negative")
    if abs(amount) > maximum:
        raise AmountError(label, texts["large"].format(maximum=_danish(maximum, decimals)), "large")
    if amount.as_tuple().exponent > 0:  # 1E+2 from a JSON number: written out as 100
        amount = amount.quantize(Decimal(1))
    return amount if amount else abs(amount)  # no "-0"


def _exact(value: object, label: str, texts: dict[str, str]) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip(" \t")
        if not text:
            raise AmountError(label, texts["empty"], "empty")
        if _PLAIN.fullmatch(text):
            return Decimal(text)
    refused = texts["not"].format(shown=_shown(value))
    raise AmountError(label, f"{refused} (skriv cifrene 0-9 med punktum, fx {texts['sample']}).")


def _shown(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN] + "…")


def _danish(amount: Decimal, decimals: int) -> str:
    """9.999.999.999.999.999,99: the bound as a Danish reader writes it."""
    whole, _, fraction = f"{amount:.{decimals}f}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{groups},{fraction}" if fraction else groups
