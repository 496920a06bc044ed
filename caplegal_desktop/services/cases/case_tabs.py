"""What the portal's case tabs show beside the header: Skulder (each invoice's capital, interest,
fees, costs, paid and rest, from the statement engine) and Kostnader (what the debtor is charged,
from the ledger, and what the client was invoiced and when, from posted client settlements)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.services import office
from caplegal_desktop.services.statements import case_statement
from models import Case, Claim, LedgerEntry
from models.client_funds import Settlement, SettlementLine
from models.enums import EntryType

ZERO = Decimal("0.00")
DEBTOR_CHARGES = (EntryType.FEE, EntryType.SALARY, EntryType.DISBURSEMENT)


@dataclass(frozen=True)
class InvoiceDebt:
    claim_no: str
    invoice_no: str | None
    description: str
    due_date: date | None
    principal: Decimal
    interest: Decimal
    fees: Decimal  # fees and collection salary
    costs: Decimal
    paid: Decimal
    balance: Decimal


@dataclass(frozen=True)
class CaseDebts:
    invoices: tuple[InvoiceDebt, ...]
    case_costs: InvoiceDebt  # what is charged on the case, not on one invoice
    total: InvoiceDebt


def case_debts(session: Session, *, case_id: int, as_of: date, setup=None) -> CaseDebts:
    """`setup`: the interest setup when the caller keeps one (the portal shares it a minute)."""
    office.require_case(session, case_id)
    statement = case_statement(session, case_id=case_id, as_of=as_of, setup=setup)
    claims = {
        c.id: c
        for c in session.scalars(select(Claim).where(Claim.case_id == case_id, ~Claim.deleted))
    }
    invoices = []
    for claim in statement.claims:
        row = claims.get(claim.claim_id)
        if row is None:
            continue
        invoices.append(_debt(claim.figures, claim.claim_no, row.invoice_no, row.description,
                              row.due_date))  # fmt: skip
    costs = _debt(statement.case_costs.figures, "", None, statement.case_costs.description, None)
    total = _debt(statement.totals, "", None, "", None)
    return CaseDebts(tuple(invoices), costs, total)


def _debt(figures, claim_no, invoice_no, description, due_date) -> InvoiceDebt:
    a = figures.amount
    return InvoiceDebt(
        str(claim_no),
        invoice_no,
        description,
        due_date,
        a("principal"),
        a("interest"),
        a("fees") + a("salary"),
        a("costs"),
        a("paid"),
        a("balance"),
    )


@dataclass(frozen=True)
class DebtorCharge:
    posting_date: date
    kind: str  # models.enums.EntryType: fee, salary, disbursement
    description: str
    amount: Decimal
    vat: Decimal


@dataclass(frozen=True)
class ClientInvoiced:
    """The firm's part of one payment on the case, invoiced to the client in a settlement."""

    invoiced_on: date  # the day the settlement was posted
    period_to: date
    payment_date: date
    collected: Decimal
    firm_part: Decimal
    vat: Decimal


@dataclass(frozen=True)
class CaseCosts:
    debtor: tuple[DebtorCharge, ...]
    client: tuple[ClientInvoiced, ...]

    @property
    def debtor_total(self) -> Decimal:
        return sum((c.amount for c in self.debtor), ZERO)

    @property
    def client_total(self) -> Decimal:
        return sum((c.firm_part + c.vat for c in self.client), ZERO)


def case_costs(session: Session, *, case_id: int) -> CaseCosts:
    office.require_case(session, case_id)
    entries = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.case_id == case_id)
        .order_by(LedgerEntry.posting_date, LedgerEntry.id)
    ).all()
    # as the statement engine: a reversal and the entry it reverses both drop out
    reversed_ids = {e.reverses_entry_id for e in entries if e.reverses_entry_id is not None}
    debtor = tuple(
        DebtorCharge(e.posting_date, str(e.entry_type), e.description, e.amount, e.vat_amount)
        for e in entries
        if e.entry_type in DEBTOR_CHARGES
        and e.reverses_entry_id is None
        and e.id not in reversed_ids
    )
    rows = session.execute(
        select(Settlement.posted_at, Settlement.period_to, SettlementLine)
        .join(SettlementLine, SettlementLine.settlement_id == Settlement.id)
        .where(
            SettlementLine.case_id == case_id,
            Settlement.posted_at.is_not(None),
            Settlement.reversed_at.is_(None),
        )
        .order_by(Settlement.posted_at, SettlementLine.id)
    ).all()
    client = tuple(
        ClientInvoiced(
            posted_at.date(), period_to, line.posting_date, line.amount, line.firm_part, line.vat
        )  # fmt: skip
        for posted_at, period_to, line in rows
    )
    return CaseCosts(debtor, client)


@dataclass(frozen=True)
class CaseMarks:
    """What the action icons show as set: the star, the alarm clock's date."""

    favourite: bool
    dormant_until: date | None


def case_marks(session: Session, *, case_id: int) -> CaseMarks:
    office.require_case(session, case_id)
    case = session.get(Case, case_id)
    return CaseMarks(bool(case.favourite), case.dormant_until)
