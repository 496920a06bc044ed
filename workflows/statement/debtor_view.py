"""The statement of one debtor, derived from the statement of the whole case.

Rule: a debtor liable in solidum owes 100 % of a claim's figures; a share debtor owes share % of
every figure of the claim (each line scaled and rounded half up to øre, the figure being the sum
of the scaled lines). A claim without listed debtors binds every debtor in solidum. Case-level
costs bind a debtor at 100 % if he is in solidum on any claim, else at his highest share.
Payments are allocated on the case first (one debt), so a share debtor's figures are his share
of the case's figures, whoever paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from models.money import ZERO, round_ore
from workflows.statement.errors import StatementError
from workflows.statement.figures import sum_figures
from workflows.statement.inputs import ClaimInput
from workflows.statement.results import Allocations, ClaimStatement, Figures, SpecLine, Statement

_FULL = Decimal(100)


def debtor_statement(
    statement: Statement, claims: Sequence[ClaimInput], party_id: int
) -> Statement:
    shares = {c.claim_id: pct for c in claims if (pct := liability_pct(c, party_id)) is not None}
    if not shares:
        raise StatementError(
            f"Parten {party_id} er ikke skyldner på nogen fordring i sagen.",
            field="debtor_party_id",
            rule="known_debtor",
        )
    case_pct = max(shares.values())
    included = [
        _scale_claim(c, shares[c.claim_id]) for c in statement.claims if c.claim_id in shares
    ]
    case_costs = _scale_claim(statement.case_costs, case_pct)
    allocations = Allocations(
        build=lambda: [
            a._replace(amount=_scale(a.amount, shares.get(a.claim_id, case_pct)))
            for a in statement.allocations
            if a.claim_id is None or a.claim_id in shares
        ]
    )
    overpaid = [
        SpecLine(line.day, line.text, _scale(line.amount, case_pct), line.entry_id)
        for line in statement.overpayment_lines
    ]

    return replace(
        statement,
        debtor_party_id=party_id,
        claims=tuple(included),
        case_costs=case_costs,
        totals=sum_figures([c.figures for c in included] + [case_costs.figures], overpaid),
        allocations=allocations,
        credit_balance=sum((line.amount for line in overpaid), ZERO),
        overpayment_lines=tuple(overpaid),
    )


def liability_pct(claim: ClaimInput, party_id: int) -> Decimal | None:
    """The share of the claim the party owes in percent (None: not a debtor on it)."""
    if not claim.debtors:
        return _FULL
    for debtor in claim.debtors:
        if debtor.party_id == party_id:
            if debtor.in_solidum or debtor.share_pct is None:
                return _FULL
            return debtor.share_pct
    return None


def _scale(amount: Decimal, pct: Decimal) -> Decimal:
    return amount if pct == _FULL else round_ore(amount * pct / _FULL)


def _scale_claim(claim: ClaimStatement, pct: Decimal) -> ClaimStatement:
    if pct == _FULL:
        return claim
    lines = {
        name: tuple(line._replace(amount=_scale(line.amount, pct)) for line in found)
        for name, found in claim.figures.lines.items()
    }
    periods = tuple(
        p._replace(base=_scale(p.base, pct), amount=_scale(p.amount, pct))
        for p in claim.interest_periods
    )
    return replace(claim, figures=Figures(lines), interest_periods=periods)
