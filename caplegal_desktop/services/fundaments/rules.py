"""The fundament's rules without a database: what a fundament must hold, and its statuses.

Everything is checked at once and returned as Problems with Danish messages naming the field,
so a card can mark each field and the CLI can print them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from caplegal_desktop.errors import Problem, ValidationError
from models.fundament import FundamentKind, FundamentStatus

COURT_NO_MAX = 40

DATE_MISSING_ERR = (
    "Fundamentsdato skal altid udfyldes (domsdato, dato for forlig i fogedretten m.v.)."
)
DATE_FIRST_ERR = "Udfyld fundamentsdato, før de øvrige fundamentoplysninger angives."
DATE_FUTURE_ERR = "Fundamentsdato {day} ligger efter dags dato ({today})."
HEARING_BEFORE_ERR = "Berammelsesdato {day} ligger før fundamentsdatoen {fundament}."
DEADLINE_BEFORE_ERR = "Eksekutionsfrist {day} ligger før fundamentsdatoen {fundament}."
NEGATIVE_ERR = "{field} kan ikke være negative."
COURT_NO_LONG_ERR = f"Rettens nr. må højst være {COURT_NO_MAX} tegn."
KIND_ERR = "Fundamenttypen {kind} findes ikke."
STATUS_ERR = "Fundament {no} er {status} og kan ikke {verb}."

STATUS_DA = {
    FundamentStatus.DRAFT: "kladde",
    FundamentStatus.ACTIVE: "aktivt",
    FundamentStatus.REOPENED: "genåbnet",
    FundamentStatus.CLOSED: "lukket",
}
KIND_DA = {
    FundamentKind.JUDGMENT: "Dom",
    FundamentKind.BAILIFF_SETTLEMENT: "Forlig i fogedretten",
    FundamentKind.PAYMENT_CLAIM: "Betalingspåkrav",
    FundamentKind.OTHER: "Andet",
}

# action -> (the statuses it starts from, the status it leads to (None: kept), the Danish verb)
TRANSITIONS: dict[str, tuple[frozenset[FundamentStatus], FundamentStatus | None, str]] = {
    "edit": (
        frozenset({FundamentStatus.DRAFT, FundamentStatus.REOPENED}),
        None,
        "ændres (genåbn det først)",
    ),
    "activate": (
        frozenset({FundamentStatus.DRAFT, FundamentStatus.REOPENED}),
        FundamentStatus.ACTIVE,
        "aktiveres",
    ),
    "reopen": (
        frozenset({FundamentStatus.ACTIVE, FundamentStatus.CLOSED}),
        FundamentStatus.REOPENED,
        "genåbnes",
    ),
    "close": (
        frozenset({FundamentStatus.DRAFT, FundamentStatus.ACTIVE, FundamentStatus.REOPENED}),
        FundamentStatus.CLOSED,
        "lukkes",
    ),
}


@dataclass(frozen=True, kw_only=True)
class FundamentInput:
    """The General fields of a fundament, as the user gives them."""

    kind: str = FundamentKind.JUDGMENT.value
    fundament_date: date | None = None
    court_no: str | None = None
    court_district_code: str | None = None
    hearing_at: datetime | None = None
    execution_deadline: date | None = None
    awarded_costs: Decimal | None = None
    previous_bailiff_fee: Decimal | None = None
    note: str | None = None

    def has_details(self) -> bool:
        """Whether anything besides the kind and the date is filled in."""
        return any(
            value not in (None, "")
            for value in (
                self.court_no,
                self.hearing_at,
                self.execution_deadline,
                self.awarded_costs,
                self.previous_bailiff_fee,
                self.note,
            )
        )


def problems(data: FundamentInput, *, today: date) -> list[Problem]:
    """Every problem with the fields (court district codes are checked against the setup by the
    service). The fundament date comes first: nothing may be dated before it."""
    found: list[Problem] = []
    if data.kind not in FundamentKind.__members__.values():
        found.append(Problem("fundamenttype", KIND_ERR.format(kind=data.kind)))
    day = data.fundament_date
    if day is None:
        message = DATE_FIRST_ERR if data.has_details() else DATE_MISSING_ERR
        found.append(Problem("fundamentsdato", message))
    elif day > today:
        found.append(
            Problem("fundamentsdato", DATE_FUTURE_ERR.format(day=_da(day), today=_da(today)))
        )
    if day is not None and data.hearing_at is not None and data.hearing_at.date() < day:
        found.append(
            Problem(
                "berammelsesdato",
                HEARING_BEFORE_ERR.format(day=_da(data.hearing_at.date()), fundament=_da(day)),
            )
        )
    if day is not None and data.execution_deadline is not None and data.execution_deadline < day:
        found.append(
            Problem(
                "eksekutionsfrist",
                DEADLINE_BEFORE_ERR.format(day=_da(data.execution_deadline), fundament=_da(day)),
            )
        )
    for field, amount in (
        ("tidl. tilkendte omkostninger", data.awarded_costs),
        ("tidl. fogedafgift", data.previous_bailiff_fee),
    ):
        if amount is not None and amount < 0:
            found.append(Problem(field, NEGATIVE_ERR.format(field=field.capitalize())))
    if data.court_no and len(data.court_no.strip()) > COURT_NO_MAX:
        found.append(Problem("rettens nr.", COURT_NO_LONG_ERR))
    return found


def check(data: FundamentInput, *, today: date) -> None:
    found = problems(data, today=today)
    if found:
        raise ValidationError(found)


def next_status(no: str, status: str, action: str) -> FundamentStatus:
    """The status after `action`, or a ValidationError naming why not."""
    starts, target, verb = TRANSITIONS[action]
    current = FundamentStatus(status)
    if current not in starts:
        message = STATUS_ERR.format(no=no, status=STATUS_DA[current], verb=verb)
        raise ValidationError(Problem("status", message))
    return target or current


def _da(day: date) -> str:
    return f"{day:%d-%m-%Y}"
