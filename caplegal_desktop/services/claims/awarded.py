"""Tilføj/Juster fordringer from the fundament card: the court's award replaces what was computed.

When a judgment (or a settlement in the bailiff's court) awards the hearing fee (tilkendt
mødesalær) and the legal costs (tilkendte sagsomkostninger), the case's computed collection salary
(fee kind salary) and court fee (kind court) lines are cancelled by reversing entries, and fee
lines with the awarded codes are added at the awarded amounts, posted through the journal chain
like any new fee. The awarded codes are setup rows; the amounts are the court's, so the codes
carry no amount table. Every step leaves a case history row; the caller's unit of work commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services.claims.edit import ChangeResult, add_fee, delete_fee
from caplegal_desktop.services.master_data import SetupSnapshot
from models import FeeCode, FeeLine
from models.enums import FeeKind, FeeLevel

HEARING_FEE_CODE = "TILK-MOEDE"
LEGAL_COSTS_CODE = "TILK-SAGSOMK"
AWARDED_CODES = {
    HEARING_FEE_CODE: ("Tilkendt mødesalær", FeeKind.SALARY),
    LEGAL_COSTS_CODE: ("Tilkendte sagsomkostninger", FeeKind.COURT),
}
AWARD_RULE = "Fastsat af retten (dom eller forlig i fogedretten); beløbet står i afgørelsen"


@dataclass(frozen=True)
class Award:
    hearing_fee: Decimal | None = None  # tilkendt mødesalær
    legal_costs: Decimal | None = None  # tilkendte sagsomkostninger (incl. court fee)


def ensure_awarded_codes(session: Session) -> None:
    """The two awarded-cost codes as setup rows (made the first time they are needed)."""
    for code, (description, kind) in AWARDED_CODES.items():
        if session.get(FeeCode, code) is None:
            session.add(
                FeeCode(
                    code=code,
                    description=description,
                    kind=kind,
                    level=FeeLevel.CASE,
                    vat_applicable=False,
                    interest_bearing=True,
                    legal_rule=AWARD_RULE[:120],
                    added_automatically=False,
                )
            )
    session.flush()


def replace_by_awarded(
    session: Session, *, case_id: int, award: Award, user: str, today: date
) -> ChangeResult:
    problems = []
    for name, value in (("mødesalær", award.hearing_fee), ("sagsomkostninger", award.legal_costs)):
        if value is not None and value < 0:
            problems.append(Problem(name, f"Tilkendt {name} må ikke være negativ."))
    if award.hearing_fee is None and award.legal_costs is None:
        problems.append(Problem("tilkendt", "Angiv tilkendt mødesalær og/eller sagsomkostninger."))
    if problems:
        raise ValidationError(problems)
    ensure_awarded_codes(session)
    setup = SetupSnapshot.load(session)
    replaced_kinds = set()
    if award.hearing_fee is not None:
        replaced_kinds.add(FeeKind.SALARY)
    if award.legal_costs is not None:
        replaced_kinds.add(FeeKind.COURT)
    lines = session.execute(
        select(FeeLine.id, FeeCode.kind, FeeCode.code)
        .join(FeeCode, FeeCode.code == FeeLine.fee_code)
        .where(FeeLine.case_id == case_id, FeeLine.deleted.is_(False))
    ).all()
    entries = rows = 0
    for line_id, kind, code in lines:
        if kind in replaced_kinds and code not in AWARDED_CODES:
            done = delete_fee(session, case_id=case_id, fee_line_id=line_id, user=user, today=today)
            entries, rows = entries + done.entries_posted, rows + done.history_rows
        elif code in AWARDED_CODES and AWARDED_CODES[code][1] in replaced_kinds:
            done = delete_fee(session, case_id=case_id, fee_line_id=line_id, user=user, today=today)
            entries, rows = entries + done.entries_posted, rows + done.history_rows
    for code, amount in (
        (HEARING_FEE_CODE, award.hearing_fee),
        (LEGAL_COSTS_CODE, award.legal_costs),
    ):
        if amount is None:
            continue
        done = add_fee(
            session, case_id=case_id, fee_code=code, user=user, today=today, setup=setup,
            amount_ex_vat=amount,
        )  # fmt: skip
        entries, rows = entries + done.entries_posted, rows + done.history_rows
    return ChangeResult(case_id, entries, rows)
