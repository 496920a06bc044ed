"""The setup a case-creating call reads, loaded once per unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import CaseType, CompanySetup, FeeCode, InterestCode, PostcodeArea
from workflows.amount_tables import AmountRow


@dataclass
class SetupSnapshot:
    company: CompanySetup
    case_types: dict[str, CaseType]
    interest_codes: dict[str, InterestCode]
    fee_codes: dict[str, FeeCode]
    fee_rows: dict[str, list[AmountRow]]
    postcodes: dict[tuple[str, str], PostcodeArea]

    @classmethod
    def load(cls, session: Session) -> SetupSnapshot:
        fee_codes = {
            f.code: f
            for f in session.scalars(select(FeeCode).options(selectinload(FeeCode.amounts)))
        }
        return cls(
            company=session.scalars(select(CompanySetup)).one(),
            case_types={c.code: c for c in session.scalars(select(CaseType))},
            interest_codes={c.code: c for c in session.scalars(select(InterestCode))},
            fee_codes=fee_codes,
            fee_rows={code: [amount_row(a) for a in f.amounts] for code, f in fee_codes.items()},
            postcodes={(p.country, p.postcode): p for p in session.scalars(select(PostcodeArea))},
        )

    def interest_code_for_due_date(self, code: str, due: date | None) -> str:
        """Within a family (DK-MORA, DK-MORA7) the claim's due date picks the code: the margin sticks."""
        chosen = self.interest_codes[code]
        if not chosen.family or due is None:
            return code
        for candidate in self.interest_codes.values():
            if candidate.family != chosen.family:
                continue
            starts_ok = candidate.applies_due_from is None or candidate.applies_due_from <= due
            ends_ok = candidate.applies_due_to is None or due <= candidate.applies_due_to
            if starts_ok and ends_ok:
                return candidate.code
        return code


def amount_row(row) -> AmountRow:
    return AmountRow(
        valid_from=row.valid_from,
        basis_to=row.basis_to,
        amount=row.amount,
        pct_of_excess=row.pct_of_excess,
        excess_over=row.excess_over,
        round_up_to=row.round_up_to,
        confidence=row.confidence,
        source=row.source,
    )
