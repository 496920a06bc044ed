"""The case's payment ID (betalings-id): one identity printed on letters, searched and matched.

It is the FI-card +71 payment id (15 digits, Luhn check digit) made from the case number; the
same digits are a valid Swedish OCR reference (Luhn), so a debtor who pays with it through a
Danish FI card (camt.054 or the FI list) or a Swedish bankgiro (BgMax, camt.054 OCR) names the
case. It is stored on the case when the case is created (migration 0012 filled it for the cases
before), so quick search, `caplegal case find`, the letters and `payments import` all read the
same column.
"""

from __future__ import annotations

import re

from sqlalchemy import event

from models import Case
from workflows.bankfiles import make_fik71_reference

_CODE_LINE = re.compile(r"^\+7[15]<(\d{15,16})\+\d{8}<$")
# case numbers that are not digits (a firm's own series "K-12A") get an id from the case's row id,
# after a 9 so it cannot be the id of a numeric case number of ordinary width
_FALLBACK_PREFIX = "9"


def payment_id_for(case_no: str, case_id: int | None = None) -> str | None:
    """The 15-digit payment id of a case: its number's digits plus a check digit."""
    try:
        return make_fik71_reference(case_no)
    except ValueError:
        if case_id is None:
            return None
        return make_fik71_reference(_FALLBACK_PREFIX + str(case_id).zfill(13))


def payment_id_in(text: str) -> str | None:
    """The payment id a user has at hand: the id itself or the code line printed beside it
    ('+71<000000000002519+81234567<'), spaces allowed."""
    compact = re.sub(r"\s", "", text)
    line = _CODE_LINE.match(compact)
    if line:
        return line.group(1)
    return compact if compact.isdigit() and len(compact) in (15, 16) else None


@event.listens_for(Case, "before_insert")
def _give_the_case_its_payment_id(_mapper, _connection, case: Case) -> None:
    if case.payment_id is None and case.no:
        case.payment_id = payment_id_for(case.no)


@event.listens_for(Case, "after_insert")
def _fallback_from_the_row_id(_mapper, connection, case: Case) -> None:
    if case.payment_id is None:
        value = payment_id_for(case.no, case.id)
        table = Case.__table__
        connection.execute(table.update().where(table.c.id == case.id).values(payment_id=value))
        case.payment_id = value
