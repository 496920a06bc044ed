"""The fee a workflow step adds, within its legal limits (renteloven § 9 b via fee_rules).

Posted by claims_edit.add_fee: a FeeLine plus its ledger entry through ledger.post_entry, with a
history row. A refused fee returns the Danish reason instead; the letter then goes without it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services import claims as claims_edit
from models import Case, Claim, FeeLine, LedgerEntry
from models.enums import FeeKind, FeeLevel
from models.money import ZERO, danish_kr
from workflows.activities import count_limit_refusal, reminder_fee_refusal
from workflows.amount_tables import NoAmountRow, amount_for
from workflows.statement.fee_rules import ReminderFeeSetup


def post_step_fee(session: Session, case: Case, step, *, user: str, today: date, setup) -> tuple:
    """(entry id, amount, note) — or (None, 0, why not) when a legal limit refuses the fee."""
    if not step.fee_code:
        return None, ZERO, None
    code = setup.fees.fee_codes[step.fee_code]
    try:
        amount = amount_for(setup.fees.fee_rows[code.code], on=today, basis=ZERO)
    except NoAmountRow as exc:
        raise ValidationError(Problem(f"gebyr {code.code}", str(exc))) from exc
    refusal = _fee_refusal(session, case, code, amount, today, setup)
    if refusal:
        return None, ZERO, f"{code.description} ikke opkrævet: {refusal}"
    claim_id = None
    if code.level == FeeLevel.CLAIM:
        claim_id = session.scalar(
            select(Claim.id)
            .where(Claim.case_id == case.id, Claim.deleted.is_(False))
            .order_by(Claim.line_no)
            .limit(1)
        )
    claims_edit.add_fee(
        session,
        case_id=case.id,
        fee_code=code.code,
        user=user,
        today=today,
        setup=setup.fees,
        amount_ex_vat=amount,
        claim_id=claim_id,
        posting_date=today,
    )
    entry = session.execute(
        select(LedgerEntry.id, LedgerEntry.amount)
        .where(LedgerEntry.case_id == case.id, LedgerEntry.fee_line_id.is_not(None))
        .order_by(LedgerEntry.id.desc())
        .limit(1)
    ).one()
    return entry.id, entry.amount, f"{code.description} {letters_kr(entry.amount)} bogført"


letters_kr = danish_kr  # Danish amount text for results: 1.234,56 kr.


def _fee_refusal(session, case: Case, code, amount: Decimal, today: date, setup) -> str | None:
    kinds = {c: f.kind for c, f in setup.fees.fee_codes.items()}
    same_kind = [c for c, kind in kinds.items() if kind == code.kind]
    earlier = session.scalars(
        select(FeeLine.posting_date).where(
            FeeLine.case_id == case.id,
            FeeLine.deleted.is_(False),
            FeeLine.fee_code.in_(same_kind if code.kind == FeeKind.REMINDER else [code.code]),
        )
    ).all()
    if code.kind == FeeKind.REMINDER and code.max_count is not None:
        rule_setup = ReminderFeeSetup(
            max_amount=amount, max_count=code.max_count, min_days_apart=code.min_days_between or 0
        )
        return reminder_fee_refusal(
            sent_on=today, amount=amount, earlier_reminders=earlier, setup=rule_setup
        )
    return count_limit_refusal(
        description=code.description,
        earlier=len(earlier),
        max_count=code.max_count,
        rule=code.legal_rule,
    )
