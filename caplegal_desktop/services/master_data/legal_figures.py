"""Fixed fees, salary tables and tariff amounts: list, add, correct with history, confirm.

Public names (all arguments after the session keyword-only; the caller commits):
- fee codes' amount rows (fixed fees and the salary tables, e.g. SALAER, are both fee_amount
  rows): AmountRowView, list_fee_amounts, add_fee_amount, correct_fee_amount,
  confirm_fee_amount, fee_amount_history, salary_fee_codes
- tariff codes' amount rows (court fees): list_tariff_amounts, add_tariff_amount,
  correct_tariff_amount, confirm_tariff_amount, tariff_amount_history
Reference rates: services.reference_rates. A row a user adds or corrects is UNVERIFIED until
someone confirms it; the history keeps every old value (services.figure_history).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.master_data import figure_history
from caplegal_desktop.services.master_data.figure_history import FigureChange
from caplegal_desktop.services.master_data.percent_input import read_percent
from models import FeeAmount, FeeCode, TariffAmount, TariffCode
from models.enums import FeeKind
from workflows.amounts import MAX_AMOUNT


@dataclass(frozen=True)
class AmountRowView:
    table: str  # fee_amount / tariff_amount
    row_id: int
    code: str  # the fee or tariff code
    description: str
    table_name: str | None  # e.g. BEK476-2016 (salary tables)
    valid_from: date
    basis_from: Decimal | None
    basis_to: Decimal | None
    amount: Decimal
    pct_of_excess: Decimal | None
    excess_over: Decimal | None
    round_up_to: Decimal | None
    source: str
    confidence: str
    confirmed_by: str | None
    confirmed_at: datetime | None
    needs_confirmation: bool
    changes: int
    version: int = 0  # a correction names it: a row changed meanwhile is refused


_KINDS = {
    "fee_amount": (FeeAmount, FeeCode, "fee_code"),
    "tariff_amount": (TariffAmount, TariffCode, "tariff_code"),
}


def list_fee_amounts(session: Session, *, fee_code: str | None = None) -> list[AmountRowView]:
    return _list(session, "fee_amount", fee_code)


def list_tariff_amounts(session: Session, *, tariff_code: str | None = None) -> list[AmountRowView]:
    return _list(session, "tariff_amount", tariff_code)


def salary_fee_codes(session: Session) -> list[str]:
    """The fee codes whose amounts are salary tables (inkassosalær)."""
    return list(
        session.scalars(
            select(FeeCode.code).where(FeeCode.kind == FeeKind.SALARY.value).order_by(FeeCode.code)
        )
    )


def add_fee_amount(session: Session, *, fee_code: str, **row) -> AmountRowView:
    """A new amount row (valid_from, amount, source, user; optional basis_from, basis_to,
    pct_of_excess, excess_over, round_up_to, table_name, confirm)."""
    return _add(session, "fee_amount", fee_code, **row)


def add_tariff_amount(session: Session, *, tariff_code: str, **row) -> AmountRowView:
    row.pop("table_name", None)
    return _add(session, "tariff_amount", tariff_code, **row)


def correct_fee_amount(
    session: Session,
    *,
    row_id: int,
    amount: Decimal,
    source: str,
    user: str,
    reason: str | None = None,
    confirm: bool = False,
    expected_version: int | None = None,
) -> AmountRowView:
    return _correct(session, "fee_amount", row_id, amount, source, user, reason, confirm,
                    expected_version)  # fmt: skip


def correct_tariff_amount(
    session: Session,
    *,
    row_id: int,
    amount: Decimal,
    source: str,
    user: str,
    reason: str | None = None,
    confirm: bool = False,
    expected_version: int | None = None,
) -> AmountRowView:
    return _correct(session, "tariff_amount", row_id, amount, source, user, reason, confirm,
                    expected_version)  # fmt: skip


def confirm_fee_amount(session: Session, *, row_id: int, user: str) -> AmountRowView:
    return _confirm(session, "fee_amount", row_id, user)


def confirm_tariff_amount(session: Session, *, row_id: int, user: str) -> AmountRowView:
    return _confirm(session, "tariff_amount", row_id, user)


def fee_amount_history(session: Session, *, row_id: int) -> list[FigureChange]:
    _get(session, "fee_amount", row_id)
    return figure_history.history(session, table="fee_amount", row_id=row_id)


def tariff_amount_history(session: Session, *, row_id: int) -> list[FigureChange]:
    _get(session, "tariff_amount", row_id)
    return figure_history.history(session, table="tariff_amount", row_id=row_id)


def _list(session: Session, table: str, code: str | None) -> list[AmountRowView]:
    model, code_model, code_column = _KINDS[table]
    column = getattr(model, code_column)
    query = select(model, code_model.description).join(code_model, code_model.code == column)
    if code:
        query = query.where(column == code)
    rows = session.execute(
        query.order_by(column, model.valid_from, model.basis_to.is_(None), model.basis_to)
    ).all()
    counts = figure_history.correction_counts(session, table=table, row_ids=[r.id for r, _ in rows])
    return [_view(table, row, description, counts.get(row.id, 0)) for row, description in rows]


def _add(
    session: Session,
    table: str,
    code: str,
    *,
    valid_from: date,
    amount: Decimal,
    source: str,
    user: str,
    basis_from: Decimal | None = None,
    basis_to: Decimal | None = None,
    pct_of_excess: Decimal | str | None = None,
    excess_over: Decimal | None = None,
    round_up_to: Decimal | None = None,
    table_name: str | None = None,
    confirm: bool = False,
) -> AmountRowView:
    model, code_model, code_column = _KINDS[table]
    if session.get(code_model, code) is None:
        raise ValidationError(Problem("kode", f"Koden {code} findes ikke."))
    if not isinstance(valid_from, date):
        raise ValidationError(Problem("dato", "Angiv datoen, beløbet gælder fra."))
    values = {
        "basis_from": _amount(basis_from, "grundlag fra", optional=True),
        "basis_to": _amount(basis_to, "grundlag til", optional=True),
        "excess_over": _amount(excess_over, "over", optional=True),
        "round_up_to": _amount(round_up_to, "oprunding", optional=True),
        "pct_of_excess": None
        if pct_of_excess in (None, "")
        else read_percent(pct_of_excess, field="procent af overskydende", low=Decimal(0)),
    }
    duplicate = session.scalar(
        select(model.id).where(
            getattr(model, code_column) == code,
            model.valid_from == valid_from,
            model.basis_to.is_(None)
            if values["basis_to"] is None
            else model.basis_to == values["basis_to"],
        )
    )
    if duplicate is not None:
        raise ValidationError(
            Problem(
                "dato",
                f"{code} har allerede et beløb fra {valid_from:%d-%m-%Y} for dette interval: "
                "ret det i stedet.",
            )
        )
    row = model(
        valid_from=valid_from,
        amount=_amount(amount, "beløb"),
        source=_source(source),
        confidence=figure_history.USER_ENTERED,
        **{code_column: code},
        **values,
    )
    if table == "fee_amount":
        row.table_name = (table_name or "").strip()[:30] or None
    session.add(row)
    figure_history.record_created(session, table=table, row=row, value=row.amount, user=user)
    if confirm:
        figure_history.confirm(session, table=table, row=row, user=user)
    return _fresh(session, table, row)


def _correct(
    session, table, row_id, amount, source, user, reason, confirm, expected_version=None
) -> AmountRowView:
    row = _get(session, table, row_id)
    changes = {"amount": _amount(amount, "beløb"), "source": _source(source)}
    office.take_version(session, _KINDS[table][0], row.id, expected_version, what="Beløbsrækken")
    figure_history.correct(session, table=table, row=row, changes=changes, user=user, reason=reason)
    if confirm:
        figure_history.confirm(session, table=table, row=row, user=user)
    return _fresh(session, table, row)


def _confirm(session, table, row_id, user) -> AmountRowView:
    row = _get(session, table, row_id)
    figure_history.confirm(session, table=table, row=row, user=user)
    return _fresh(session, table, row)


def _get(session: Session, table: str, row_id: int):
    row = session.get(_KINDS[table][0], row_id)
    if row is None:
        raise NotFound(f"Beløbsrækken (id {row_id}) findes ikke.")
    return row


def _amount(value, field: str, *, optional: bool = False) -> Decimal | None:
    if value is None and optional:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(Problem(field, f"'{value}' er ikke et beløb."))
    if value < 0 or value > MAX_AMOUNT or value != round(value, 2):
        raise ValidationError(
            Problem(field, f"{value} er ikke et beløb i kroner og øre på 0 eller derover.")
        )
    return value.quantize(Decimal("0.01"))


def _source(source: str | None) -> str:
    text = (source or "").strip()
    if not text:
        raise ValidationError(Problem("kilde", "Angiv kilden til beløbet (fx bekendtgørelsen)."))
    if len(text) > 300:
        raise ValidationError(Problem("kilde", "Kilden er længere end 300 tegn."))
    return text


def _fresh(session: Session, table: str, row) -> AmountRowView:
    model, code_model, code_column = _KINDS[table]
    session.flush()
    code = getattr(row, code_column)
    description = session.scalar(select(code_model.description).where(code_model.code == code))
    counts = figure_history.correction_counts(session, table=table, row_ids=[row.id])
    return _view(table, row, description, counts.get(row.id, 0))


def _view(table: str, row, description: str, changes: int) -> AmountRowView:
    return AmountRowView(
        table=table,
        row_id=row.id,
        code=getattr(row, _KINDS[table][2]),
        description=description or "",
        table_name=getattr(row, "table_name", None),
        valid_from=row.valid_from,
        basis_from=row.basis_from,
        basis_to=row.basis_to,
        amount=row.amount,
        pct_of_excess=row.pct_of_excess,
        excess_over=row.excess_over,
        round_up_to=row.round_up_to,
        source=row.source or "",
        confidence=row.confidence,
        confirmed_by=row.confirmed_by,
        confirmed_at=row.confirmed_at,
        needs_confirmation=row.needs_confirmation,
        changes=changes,
        version=row.version or 0,
    )
