"""Reference rates (Referencesatser): list, add, correct with history, confirm, import, cues.

Public names (the setup page, the CLI `caplegal rates`, the Role Center and the case card use
them; all arguments after the session are keyword-only; the caller commits the unit of work):

- SERIES, RateRow, list_rates, set_rate, correct_rate, confirm_rate, rate_history,
  import_rates_csv                           this module
- RateWarning, missing_rate_cues             this module (cues for the Role Center)
- se_rate_cap_warning                       re-exported from rate_caps
  (a case's statement warnings: services.statements.case_rate_warnings)
- fixed fees, salary tables and tariff amounts: caplegal_desktop.services.master_data.legal_figures
  (list_fee_amounts, add_fee_amount, correct_fee_amount, confirm_fee_amount,
  fee_amount_history, and the same for tariff amounts)

A row a user adds or corrects is marked UNVERIFIED until someone confirms it; a correction keeps
the old value in the history (services.figure_history); a changed rate drops an earlier
confirmation.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.master_data import figure_history
from caplegal_desktop.services.master_data.figure_history import FigureChange
from caplegal_desktop.services.master_data.percent_input import read_percent
from caplegal_desktop.services.master_data.rate_caps import se_rate_cap_warning
from models import ReferenceRate
from workflows.statement.warnings import (
    MISSING,
    FigureWarning,
    ReferenceTable,
    missing_message,
    missing_reference_rows,
)

__all__ = [
    "SERIES",
    "FigureChange",
    "RateRow",
    "RateWarning",
    "confirm_rate",
    "correct_rate",
    "import_rates_csv",
    "list_rates",
    "missing_rate_cues",
    "rate_history",
    "se_rate_cap_warning",
    "set_rate",
]

SERIES = {"DK": "DK-UDLAAN", "SE": "SE-REF"}  # table code -> reference_rate.series
TABLE_OF = {series: table for table, series in SERIES.items()}
TABLE = "reference_rate"  # in the history
CONFIDENCES = ("HIGH", "MED", "LOW", "UNVERIFIED")
# the rate column of each table in shared/rules/*_reference_rate.csv
CSV_RATE_COLUMNS = {"udlaansrente_pct": "DK", "referensranta_pct": "SE", "rate_pct": None}
RATE_RANGE = (Decimal("-100"), Decimal("100"))

RateWarning = FigureWarning  # code, table, date, message (Danish)


@dataclass(frozen=True)
class RateRow:
    table: str  # DK / SE
    valid_from: date
    rate_pct: Decimal
    source: str
    confidence: str
    confirmed_by: str | None
    confirmed_at: datetime | None
    needs_confirmation: bool
    changes: int  # corrections in the history
    version: int = 0  # a correction names it: a row changed meanwhile is refused


def list_rates(session: Session, *, table: str | None = None) -> list[RateRow]:
    """The rows of one table (DK, SE) or of both, oldest first."""
    series = list(SERIES.values()) if table is None else [_series(table)]
    query = select(ReferenceRate).where(ReferenceRate.series.in_(series))
    rows = list(session.scalars(query.order_by(ReferenceRate.series, ReferenceRate.valid_from)))
    counts = figure_history.correction_counts(session, table=TABLE, row_ids=[r.id for r in rows])
    return [_row(r, counts.get(r.id, 0)) for r in rows]


def set_rate(
    session: Session,
    *,
    table: str,
    valid_from: date,
    rate_pct: Decimal | str,
    source: str,
    user: str,
    confirm: bool = False,
) -> RateRow:
    """Add the rate from a half-year on. A date that has a row already is refused (correct it)."""
    series, rate, source = _checked(table, valid_from, rate_pct, source)
    if _find(session, series, valid_from) is not None:
        raise ValidationError(
            Problem(
                "dato",
                f"Tabellen {table.upper()} har allerede en sats pr. {valid_from:%d-%m-%Y}: "
                "ret den i stedet (caplegal rates correct).",
            )
        )
    row = ReferenceRate(
        series=series,
        valid_from=valid_from,
        rate_pct=rate,
        source=source,
        confidence=figure_history.USER_ENTERED,
    )
    session.add(row)
    figure_history.record_created(session, table=TABLE, row=row, value=rate, user=user)
    if confirm:
        figure_history.confirm(session, table=TABLE, row=row, user=user)
    return _view(session, row)


def correct_rate(
    session: Session,
    *,
    table: str,
    valid_from: date,
    rate_pct: Decimal | str,
    source: str,
    user: str,
    reason: str | None = None,
    confirm: bool = False,
    expected_version: int | None = None,
) -> RateRow:
    """Correct an existing row; the old rate and source stay in its history. A correction
    naming the version it read is refused with who and when if the row changed since."""
    series, rate, source = _checked(table, valid_from, rate_pct, source)
    row = _existing(session, series, valid_from)
    office.take_version(session, ReferenceRate, row.id, expected_version, what="Satsen")
    figure_history.correct(
        session,
        table=TABLE,
        row=row,
        changes={"rate_pct": rate, "source": source},
        user=user,
        reason=reason,
    )
    if confirm:
        figure_history.confirm(session, table=TABLE, row=row, user=user)
    return _view(session, row)


def confirm_rate(session: Session, *, table: str, valid_from: date, user: str) -> RateRow:
    """A user vouches for the row as it stands (checked at the source)."""
    row = _existing(session, _series(table), valid_from)
    figure_history.confirm(session, table=TABLE, row=row, user=user)
    return _view(session, row)


def rate_history(session: Session, *, table: str, valid_from: date) -> list[FigureChange]:
    row = _existing(session, _series(table), valid_from)
    return figure_history.history(session, table=TABLE, row_id=row.id)


def import_rates_csv(session: Session, *, path: Path, user: str) -> list[RateRow]:
    """Rows from a file in the format of shared/rules/*_reference_rate.csv: the whole file or
    nothing. A new date is added, a changed rate is corrected (history kept), the file's
    confidence mark and source are taken over."""
    lines = _read_csv(Path(path))
    reason = f"Import fra {Path(path).name}"
    touched = []
    for table, valid_from, rate, confidence, source in lines:
        series = SERIES[table]
        row = _find(session, series, valid_from)
        if row is None:
            row = ReferenceRate(
                series=series,
                valid_from=valid_from,
                rate_pct=rate,
                source=source,
                confidence=confidence,
            )
            session.add(row)
            figure_history.record_created(session, table=TABLE, row=row, value=rate, user=user)
        else:
            figure_history.correct(
                session,
                table=TABLE,
                row=row,
                changes={"rate_pct": rate, "source": source, "confidence": confidence},
                user=user,
                reason=reason,
                confidence=confidence,
            )
        touched.append(row)
    session.flush()
    return [_view(session, row) for row in touched]


def missing_rate_cues(session: Session, *, today: date) -> list[RateWarning]:
    """Each 1 January / 1 July on or before today, from a table's first row on, without a row."""
    cues = []
    for table, series in SERIES.items():
        starts = tuple(
            session.scalars(
                select(ReferenceRate.valid_from)
                .where(ReferenceRate.series == series)
                .order_by(ReferenceRate.valid_from)
            )
        )
        if not starts:
            continue
        reference = ReferenceTable(table, starts)
        for day in missing_reference_rows(reference, first=starts[0], last=today):
            cues.append(RateWarning(MISSING, table, day, missing_message(table, day)))
    return sorted(cues, key=lambda c: (c.date, c.table))


def _read_csv(path: Path) -> list[tuple[str, date, Decimal, str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or [])
            records = list(reader)
    except FileNotFoundError as exc:
        raise NotFound(f"Filen {path} findes ikke.") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ValidationError(Problem("fil", f"{path.name} er ikke en CSV-fil i UTF-8.")) from exc
    rate_columns = [c for c in header if c in CSV_RATE_COLUMNS]
    if not records or "valid_from" not in header or len(rate_columns) != 1:
        raise ValidationError(
            Problem(
                "fil",
                f"{path.name} har ikke kolonnerne valid_from, udlaansrente_pct eller "
                "referensranta_pct, confidence og source.",
            )
        )
    column = rate_columns[0]
    problems, lines, seen = [], [], set()
    for number, record in enumerate(records, start=2):
        try:
            table = CSV_RATE_COLUMNS[column] or (record.get("table") or "")
            valid_from = _iso_date(record.get("valid_from"), field=f"linje {number}: dato")
            series, rate, source = _checked(
                table, valid_from, record.get(column) or "", record.get("source") or "",
                field_prefix=f"linje {number}: ",
            )  # fmt: skip
            confidence = (record.get("confidence") or "").strip().upper()
            if confidence not in CONFIDENCES:
                raise ValidationError(
                    Problem(
                        f"linje {number}: confidence",
                        f"'{confidence}' er ikke HIGH, MED, LOW eller UNVERIFIED.",
                    )
                )
            if (series, valid_from) in seen:
                raise ValidationError(
                    Problem(f"linje {number}: dato", f"{valid_from:%d-%m-%Y} står to gange.")
                )
            seen.add((series, valid_from))
            lines.append((TABLE_OF[series], valid_from, rate, confidence, source))
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    return lines


def _iso_date(text: str | None, *, field: str) -> date:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError as exc:
        raise ValidationError(Problem(field, f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD).")) from exc


def _checked(table, valid_from, rate_pct, source, *, field_prefix: str = ""):
    series = _series(table, field=f"{field_prefix}tabel")
    if valid_from.day != 1 or valid_from.month not in (1, 7):
        raise ValidationError(
            Problem(
                f"{field_prefix}dato",
                f"En referencesats gælder fra 1. januar eller 1. juli, ikke {valid_from:%d-%m-%Y}.",
            )
        )
    low, high = RATE_RANGE
    rate = read_percent(rate_pct, field=f"{field_prefix}sats", low=low, high=high)
    rate = rate.quantize(Decimal("0.0001"))  # as the column keeps it
    source = (source or "").strip()
    if not source:
        raise ValidationError(
            Problem(f"{field_prefix}kilde", "Angiv kilden til satsen (fx nationalbanken.dk).")
        )
    if len(source) > 300:
        raise ValidationError(Problem(f"{field_prefix}kilde", "Kilden er længere end 300 tegn."))
    return series, rate, source


def _series(table: str, *, field: str = "tabel") -> str:
    series = SERIES.get((table or "").strip().upper())
    if series is None:
        raise ValidationError(Problem(field, f"Tabellen '{table}' findes ikke: vælg DK eller SE."))
    return series


def _find(session: Session, series: str, valid_from: date) -> ReferenceRate | None:
    return session.scalar(
        select(ReferenceRate).where(
            ReferenceRate.series == series, ReferenceRate.valid_from == valid_from
        )
    )


def _existing(session: Session, series: str, valid_from: date) -> ReferenceRate:
    row = _find(session, series, valid_from)
    if row is None:
        raise NotFound(
            f"Tabellen {TABLE_OF[series]} har ingen sats pr. {valid_from:%d-%m-%Y} "
            "(tilføj den med caplegal rates set)."
        )
    return row


def _view(session: Session, row: ReferenceRate) -> RateRow:
    counts = figure_history.correction_counts(session, table=TABLE, row_ids=[row.id])
    return _row(row, counts.get(row.id, 0))


def _row(row: ReferenceRate, changes: int) -> RateRow:
    return RateRow(
        table=TABLE_OF[row.series],
        valid_from=row.valid_from,
        rate_pct=row.rate_pct,
        source=row.source or "",
        confidence=row.confidence,
        confirmed_by=row.confirmed_by,
        confirmed_at=row.confirmed_at,
        needs_confirmation=row.needs_confirmation,
        changes=changes,
        version=row.version or 0,
    )
