"""Legal rate caps (renteloft) on consumer claims, from the rate_cap setup rows.

Sweden: konsumentkreditlagen (2010:1846) 19 a § as amended from 1 Mar 2025 (prop. 2024/25:17):
neither the credit rate nor the default interest of a consumer credit may exceed the
referensränta + 20 percentage points. The margin is a setup row with its source, not a constant.

A claim is a consumer claim under a country's cap when its case is in that country's currency
(SEK for SE) and a debtor on the claim is a private person (docs/legal-figures.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound
from caplegal_desktop.services.master_data import figure_history
from caplegal_desktop.services.master_data.percent_input import read_percent
from models import RateCap, ReferenceRate
from workflows.statement import RateCap as CapSchedule
from workflows.statement import RatePoint, build_rate_cap
from workflows.statement.warnings import long_date

CAP_CURRENCY = {"SE": "SEK"}  # a country's cap binds cases in its currency
TABLE = "rate_cap"


@dataclass(frozen=True)
class CapRow:
    row_id: int
    country: str
    reference_series: str
    valid_from: date
    margin_pct: Decimal
    legal_rule: str
    source: str
    confidence: str
    confirmed_by: str | None
    confirmed_at: datetime | None
    needs_confirmation: bool


def list_rate_caps(session: Session) -> list[CapRow]:
    rows = session.scalars(select(RateCap).order_by(RateCap.country, RateCap.valid_from))
    return [_view(r) for r in rows]


def correct_rate_cap(
    session: Session,
    *,
    row_id: int,
    margin_pct: Decimal | str,
    source: str,
    user: str,
    reason: str | None = None,
) -> CapRow:
    row = _row(session, row_id)
    margin = read_percent(margin_pct, field="tillæg", low=Decimal(0), high=Decimal(100))
    changes = {"margin_pct": margin, "source": (source or "").strip() or row.source}
    figure_history.correct(session, table=TABLE, row=row, changes=changes, user=user, reason=reason)
    return _view(row)


def confirm_rate_cap(session: Session, *, row_id: int, user: str) -> CapRow:
    row = _row(session, row_id)
    figure_history.confirm(session, table=TABLE, row=row, user=user)
    return _view(row)


def cap_schedules(session: Session) -> dict[str, tuple[str, CapSchedule]]:
    """currency it binds -> (its reference series, the cap as a pure schedule for the
    statement)."""
    caps: dict[str, list[RateCap]] = {}
    for row in session.scalars(select(RateCap).order_by(RateCap.valid_from)):
        caps.setdefault(row.country, []).append(row)
    found = {}
    for country, rows in caps.items():
        reference = _reference_points(session, rows[0].reference_series)
        margins = [RatePoint(r.valid_from, r.margin_pct) for r in rows]
        note = _note(rows[-1])
        currency = CAP_CURRENCY.get(country)
        if currency:
            series = rows[0].reference_series
            found[currency] = (series, build_rate_cap(reference, margins, note))
    return found


def se_rate_cap_warning(session: Session, *, rate_pct: Decimal, as_of: date) -> str | None:
    """A Danish warning when `rate_pct` on a Swedish consumer claim exceeds the cap on `as_of`
    (the wizard and the claims window show it), else None."""
    rows = session.scalars(
        select(RateCap)
        .where(RateCap.country == "SE", RateCap.valid_from <= as_of)
        .order_by(RateCap.valid_from.desc())
        .limit(1)
    ).all()
    if not rows or rate_pct is None:
        return None
    cap = rows[0]
    reference = session.scalar(
        select(ReferenceRate.rate_pct)
        .where(ReferenceRate.series == cap.reference_series, ReferenceRate.valid_from <= as_of)
        .order_by(ReferenceRate.valid_from.desc())
        .limit(1)
    )
    if reference is None:
        return None
    ceiling = reference + cap.margin_pct
    if rate_pct <= ceiling:
        return None
    return (
        f"Renten {_pct(rate_pct)} overstiger renteloftet for svenske forbrugerkreditter pr. "
        f"{long_date(as_of)}: referensräntan {_pct(reference)} + "
        f"{_pct(cap.margin_pct, unit=' procentpoint')} = {_pct(ceiling)} "
        f"({cap.legal_rule}). For en privat debitor nedsætter opgørelsen renten til loftet."
    )


def _reference_points(session: Session, series: str) -> list[RatePoint]:
    rows = session.execute(
        select(ReferenceRate.valid_from, ReferenceRate.rate_pct)
        .where(ReferenceRate.series == series)
        .order_by(ReferenceRate.valid_from)
    )
    return [RatePoint(day, pct) for day, pct in rows]


def _note(row: RateCap) -> str:
    margin = _pct(row.margin_pct, unit=" procentpoint")
    return f"renteloft for forbrugerkredit: referensräntan + {margin} ({row.legal_rule})"


def _pct(value: Decimal, *, unit: str = " %") -> str:
    """2,00 % for a rate; 20 procentpoint for a margin (no needless decimals)."""
    text = f"{value.quantize(Decimal('0.01'))}".replace(".", ",")
    if unit != " %" and text.endswith(",00"):
        text = text[:-3]
    return f"{text}{unit}"


def _row(session: Session, row_id: int) -> RateCap:
    row = session.get(RateCap, row_id)
    if row is None:
        raise NotFound(f"Renteloftet (id {row_id}) findes ikke.")
    return row


def _view(row: RateCap) -> CapRow:
    return CapRow(
        row_id=row.id,
        country=row.country,
        reference_series=row.reference_series,
        valid_from=row.valid_from,
        margin_pct=row.margin_pct,
        legal_rule=row.legal_rule or "",
        source=row.source or "",
        confidence=row.confidence,
        confirmed_by=row.confirmed_by,
        confirmed_at=row.confirmed_at,
        needs_confirmation=row.needs_confirmation,
    )
