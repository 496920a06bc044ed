"""Namespace-aware lookups in a camt.054 tree that refuse with the element path named."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache

from lxml import etree

from workflows.amounts import AmountError, read_amount
from workflows.bankfiles.model import PaymentFileError

# ISO 20022 amounts: up to 5 fraction digits; [0-9], as \d would take any script's digits
_AMOUNT = re.compile(r"^[0-9]+(\.[0-9]{1,5})?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$")
DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
_COUNT = re.compile(r"^\d{1,15}$")


class CamtReader:
    def __init__(self, ns: str) -> None:
        self.ns = ns
        self.q = lru_cache(maxsize=None)(self._qualify)
        self._steps = lru_cache(maxsize=None)(self._split)

    def _qualify(self, path: str) -> str:
        return "/".join(f"{{{self.ns}}}{step}" for step in path.split("/"))

    def _split(self, path: str) -> tuple[str, ...]:
        return tuple(f"{{{self.ns}}}{step}" for step in path.split("/"))

    def find(self, el: etree._Element, path: str) -> etree._Element | None:
        # iterchildren(tag) is several times faster than find() with a path
        for tag in self._steps(path):
            el = next(el.iterchildren(tag), None)
            if el is None:
                return None
        return el

    def text(self, el: etree._Element, path: str) -> str:
        found = self.find(el, path)
        return (found.text or "").strip() if found is not None else ""

    def require(self, el: etree._Element, path: str, where: str) -> etree._Element:
        found = self.find(el, path)
        if found is None:
            raise PaymentFileError(f"mangler elementet {path}", el.sourceline, element_path=where)
        return found

    def amount(self, el: etree._Element, where: str) -> tuple[Decimal, str]:
        amount = read_iso_amount(el, where)
        currency = el.get("Ccy", "")
        if not _CURRENCY.match(currency):
            raise PaymentFileError(
                f"valutakoden {currency!r} er ikke gyldig", el.sourceline, element_path=where
            )
        return amount, currency

    def decimal(self, el: etree._Element, path: str, where: str) -> Decimal | None:
        found = self.find(el, path)
        if found is None:
            return None
        return read_iso_amount(found, f"{where}/{path}")

    def count(self, el: etree._Element, path: str, where: str) -> int | None:
        found = self.find(el, path)
        if found is None:
            return None
        text = (found.text or "").strip()
        if not _COUNT.match(text):
            raise PaymentFileError(
                f"{text!r} er ikke et antal", found.sourceline, element_path=f"{where}/{path}"
            )
        return int(text)

    def date_choice(self, el: etree._Element | None, where: str) -> date | None:
        """Dt or DtTm under el (BookgDt, ValDt), as a date."""
        if el is None:
            return None
        for name, pattern in (("Dt", _DATE), ("DtTm", DATE_TIME)):
            found = self.find(el, name)
            if found is not None:
                return read_date(found, pattern, f"{where}/{name}")
        raise PaymentFileError("mangler Dt eller DtTm", el.sourceline, element_path=where)


def read_iso_amount(el: etree._Element, where: str) -> Decimal:
    """An ISO 20022 amount by the one amount reader: fraction digits beyond the øre must be 0."""
    text = (el.text or "").strip()
    if not _AMOUNT.match(text):
        raise PaymentFileError(
            f"beløbet {text!r} er ikke et gyldigt beløb", el.sourceline, element_path=where
        )
    whole, _, fraction = text.partition(".")
    plain = f"{whole}.{fraction[:2]}{fraction[2:].rstrip('0')}" if fraction else whole
    try:
        return read_amount(plain, "")
    except AmountError as exc:
        raise PaymentFileError(
            f"beløbet {text!r}: {exc.problem}", el.sourceline, element_path=where
        ) from None


def read_date(el: etree._Element, pattern: re.Pattern[str], where: str) -> date:
    text = (el.text or "").strip()
    match = pattern.match(text)
    try:
        if not match:
            raise ValueError
        return date.fromisoformat(match.group(1))
    except ValueError:
        raise PaymentFileError(
            f"{text!r} er ikke en gyldig dato", el.sourceline, element_path=where
        ) from None
