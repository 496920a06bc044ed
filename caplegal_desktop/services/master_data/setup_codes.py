"""Fee/salary codes and tariff codes made in setup (Koder og tabeller), with their first amount.

A code is a setup row; its amount is a legal figure row with a source (legal_figures.add_*),
kept in the figure history. Codes whose amount a court sets (awarded hearing fee, awarded legal
costs) are made without an amount. A refused code raises ValidationError and changes nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services.master_data import legal_figures
from caplegal_desktop.services.master_data.master_data import Created
from models import FeeCode, TariffCode
from models.enums import FeeKind, FeeLevel


def _code_problems(session: Session, model, code: str, description: str) -> list[Problem]:
    problems = []
    if not code:
        problems.append(Problem("kode", "Koden skal udfyldes."))
    elif len(code) > 20:
        problems.append(Problem("kode", "Koden må højst være 20 tegn."))
    elif session.get(model, code) is not None:
        problems.append(Problem("kode", f"Koden {code} findes allerede."))
    if not description.strip():
        problems.append(Problem("beskrivelse", "Beskrivelsen skal udfyldes."))
    return problems


def _amount_problems(amount, valid_from, source) -> list[Problem]:
    if amount is None:
        return []
    problems = []
    if amount < 0:
        problems.append(Problem("beløb", "Beløbet må ikke være negativt."))
    if valid_from is None:
        problems.append(Problem("dato", "Angiv datoen, beløbet gælder fra."))
    if not (source or "").strip():
        problems.append(Problem("kilde", "Angiv kilden til beløbet (lov, bekendtgørelse, aftale)."))
    return problems


def create_fee_code(
    session: Session,
    *,
    code: str,
    description: str,
    kind: str,
    level: str,
    user: str,
    vat_applicable: bool = False,
    interest_bearing: bool = False,
    legal_rule: str | None = None,
    amount: Decimal | None = None,
    valid_from: date | None = None,
    source: str | None = None,
) -> Created:
    code = (code or "").strip().upper()
    problems = _code_problems(session, FeeCode, code, description or "")
    if kind not in {k.value for k in FeeKind}:
        problems.append(Problem("art", f"Arten {kind} findes ikke."))
    if level not in {lv.value for lv in FeeLevel}:
        problems.append(Problem("niveau", "Niveauet skal være fordring eller sag."))
    problems += _amount_problems(amount, valid_from, source)
    if problems:
        raise ValidationError(problems)
    session.add(
        FeeCode(
            code=code,
            description=description.strip(),
            kind=kind,
            level=level,
            vat_applicable=vat_applicable,
            interest_bearing=interest_bearing,
            legal_rule=(legal_rule or "").strip()[:120] or None,
            added_automatically=False,
        )
    )
    session.flush()
    if amount is not None:
        legal_figures.add_fee_amount(
            session, fee_code=code, valid_from=valid_from, amount=amount, source=source, user=user
        )
    return Created(0, code)


def create_tariff_code(
    session: Session,
    *,
    code: str,
    description: str,
    user: str,
    legal_rule: str | None = None,
    amount: Decimal | None = None,
    valid_from: date | None = None,
    source: str | None = None,
) -> Created:
    code = (code or "").strip().upper()
    problems = _code_problems(session, TariffCode, code, description or "")
    problems += _amount_problems(amount, valid_from, source)
    if problems:
        raise ValidationError(problems)
    session.add(
        TariffCode(
            code=code,
            description=description.strip(),
            legal_rule=(legal_rule or "").strip()[:120] or None,
        )
    )
    session.flush()
    if amount is not None:
        legal_figures.add_tariff_amount(
            session, tariff_code=code, valid_from=valid_from, amount=amount, source=source,
            user=user,
        )  # fmt: skip
    return Created(0, code)
