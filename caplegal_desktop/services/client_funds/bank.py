"""The client account at the bank: the payout file (pain.001) for the posted, unpaid settlements,
the debit notification (camt.054) that marks them paid, and the reconciliation of the account
statement (camt.053) with the books.

The book balance of the client account is what it should hold: the client funds ledger's balance
(the clients' money not yet paid out), plus payments received and not yet settled, plus
overpayments held for debtors. The firm's part of a posted settlement is moved to the firm's own
account by the office; until its bank line is there it shows as a difference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services.client_funds import splits as split_io
from caplegal_desktop.services.client_funds.funds_ledger import funds_balances
from caplegal_desktop.services.client_funds.settlements import mark_paid
from models import (
    Case,
    Client,
    ClientFundsAgreement,
    ClientFundsSetup,
    FundsReconciliation,
    LedgerEntry,
    Settlement,
)
from models.enums import PaymentType
from models.money import ZERO, money_str
from workflows.bankfiles.model import PaymentFileError
from workflows.client_funds.bank_statements import BankEntry, read_bank_file
from workflows.client_funds.pain001 import (
    VERSIONS,
    Account,
    Pain001Error,
    Payout,
    write_pain001,
)


def funds_setup(session: Session) -> ClientFundsSetup:
    setup = session.scalars(select(ClientFundsSetup)).first()
    if setup is None:
        raise ValidationError(
            Problem("klientmiddelkonto", "Klientmiddelkontoen er ikke sat op (IBAN og navn).")
        )
    return setup


@dataclass(frozen=True)
class PayoutFile:
    xml: bytes
    settlement_ids: tuple[int, ...]
    total: Decimal


def payout_file(session: Session, *, execution_date: date, now: datetime) -> PayoutFile:
    """pain.001 for every posted, unpaid settlement with a payout: one payment per client.
    Each settlement remembers the payment's EndToEndId, which camt.054 brings back."""
    setup = funds_setup(session)
    rows = session.execute(
        select(Settlement, Client)
        .join(Client, Client.id == Settlement.client_id)
        .where(Settlement.status == "posted", Settlement.paid_on.is_(None), Settlement.payout > 0)
        .order_by(Client.no, Settlement.id)
    ).all()
    by_client: dict[int, list] = {}
    for settlement, client in rows:
        by_client.setdefault(client.id, []).append((settlement, client))
    stamp = now.strftime("%y%m%d%H%M%S")
    payouts, settled = [], []
    for items in by_client.values():
        client = items[0][1]
        agreement = session.get(ClientFundsAgreement, client.id)
        reference = f"KM{stamp}-{client.no}"[:35]
        ids = [s.id for s, _ in items]
        payouts.append(
            Payout(
                end_to_end_id=reference, client_no=client.no,
                amount=sum((s.payout for s, _ in items), ZERO),
                creditor=Account(
                    client.name,
                    iban=(agreement.iban if agreement else None) or client.settlement_iban,
                    bic=agreement.bic if agreement else None,
                    dk_reg_no=agreement.dk_reg_no if agreement else None,
                    dk_account_no=agreement.dk_account_no if agreement else None,
                ),
                remittance="Afregning " + ", ".join(str(i) for i in ids),
            )
        )  # fmt: skip
        for s, _ in items:
            s.payment_ref = reference
            settled.append(s.id)
    try:
        xml = write_pain001(
            payouts, debtor=Account(setup.account_name, iban=setup.iban, bic=setup.bic),
            message_id=f"KM{stamp}", execution_date=execution_date, created=now,
            version=setup.pain001_version,
        )  # fmt: skip
    except Pain001Error as exc:
        raise ValidationError(Problem("udbetaling", str(exc))) from exc
    return PayoutFile(xml, tuple(settled), sum((p.amount for p in payouts), ZERO))


def _read(session: Session, data: bytes, kind: str):
    setup = session.scalars(select(ClientFundsSetup)).first()
    try:
        statement = read_bank_file(data, own_iban=setup.iban if setup and setup.iban else "")
    except PaymentFileError as exc:
        raise ValidationError(Problem("fil", str(exc))) from exc
    if statement.kind != kind:
        raise ValidationError(Problem("fil", f"Filen er en {statement.kind}, ikke en {kind}."))
    return statement


@dataclass(frozen=True)
class PaidMarked:
    settlement_ids: tuple[int, ...]
    unmatched: tuple[BankEntry, ...]


def apply_debit_notification(session: Session, *, data: bytes, user: str) -> PaidMarked:
    """camt.054: every debit whose EndToEndId is a payout's marks its settlements paid, when the
    amount agrees; the rest is listed, nothing else changes."""
    statement = _read(session, data, "camt.054")
    marked, unmatched = [], []
    for entry in statement.entries:
        settlements = list(
            session.scalars(
                select(Settlement).where(
                    Settlement.payment_ref == entry.end_to_end_id, Settlement.status == "posted"
                )
            )
        ) if entry.end_to_end_id and entry.amount < 0 else []  # fmt: skip
        if not settlements or sum((s.payout for s in settlements), ZERO) != -entry.amount:
            unmatched.append(entry)
            continue
        for s in settlements:
            if mark_paid(session, settlement_id=s.id, paid_on=entry.booking_date,
                         reference=entry.end_to_end_id, user=user):  # fmt: skip
                marked.append(s.id)
    return PaidMarked(tuple(marked), tuple(unmatched))


@dataclass(frozen=True)
class Reconciliation:
    account: str
    as_of: date
    bank_balance: Decimal
    book_balance: Decimal
    funds_balance: Decimal
    unsettled: Decimal
    held: Decimal
    unmatched_bank: tuple[BankEntry, ...]
    unsettled_payments: tuple[tuple[int, str, date, Decimal], ...] = field(default=())
    not_booked: tuple[BankEntry, ...] = ()  # pending/information entries: outside the balance

    @property
    def difference(self) -> Decimal:
        return self.bank_balance - self.book_balance

    @property
    def agrees(self) -> bool:
        return self.difference == 0 and not self.unmatched_bank

    def to_json_dict(self) -> dict:
        return {
            "account": self.account,
            "as_of": self.as_of.isoformat(),
            "bank_balance": money_str(self.bank_balance),
            "book_balance": money_str(self.book_balance),
            "difference": money_str(self.difference),
            "agrees": self.agrees,
            "book": {"client_funds": money_str(self.funds_balance),
                     "unsettled_payments": money_str(self.unsettled),
                     "held_for_debtors": money_str(self.held)},
            "unmatched_bank_lines": [_bank_line(e) for e in self.unmatched_bank],
            "not_booked_bank_lines": [_bank_line(e) for e in self.not_booked],
            "unsettled_payments": [
                {"entry_id": i, "case_no": no, "posting_date": d.isoformat(),
                 "amount": money_str(a)} for i, no, d, a in self.unsettled_payments
            ],
        }  # fmt: skip


def _bank_line(e: BankEntry) -> dict:
    return {"booking_date": e.booking_date.isoformat(), "amount": money_str(e.amount),
            "end_to_end_id": e.end_to_end_id, "bank_reference": e.bank_reference,
            "text": e.text}  # fmt: skip


def reconcile(session: Session, *, data: bytes) -> Reconciliation:
    """camt.053 against the books, as of the statement's closing date."""
    statement = _read(session, data, "camt.053")
    as_of = statement.closing_date or max((e.booking_date for e in statement.entries),
                                          default=date.today())  # fmt: skip
    unsettled = [p for p in split_io.unsettled_payments(session, to=as_of, client_ids=None)
                 if not p.direct]  # fmt: skip
    case_nos = dict(session.execute(select(Case.id, Case.no)).all()) if unsettled else {}
    held = session.scalar(
        select(func.coalesce(func.sum(Settlement.held), 0)).where(Settlement.status == "posted")
    )
    funds = sum((b.balance for b in funds_balances(session)), ZERO)
    unsettled_sum = sum((p.amount for p in unsettled), ZERO)
    held = Decimal(str(held)).quantize(Decimal("0.01"))
    return Reconciliation(
        account=statement.account, as_of=as_of, bank_balance=statement.closing,
        book_balance=funds + unsettled_sum + held, funds_balance=funds,
        unsettled=unsettled_sum, held=held,
        unmatched_bank=tuple(_unmatched(session, statement.entries)),
        unsettled_payments=tuple((p.entry_id, case_nos.get(p.case_id, ""), p.posting_date,
                                  p.amount) for p in unsettled),
        not_booked=statement.not_booked,
    )  # fmt: skip


def record_reconciliation(session: Session, result: Reconciliation, *, user: str) -> None:
    """Keep the outcome: the Role Center shows a cue while the latest one disagrees."""
    session.add(
        FundsReconciliation(
            as_of=result.as_of, account=result.account[:40], bank_balance=result.bank_balance,
            book_balance=result.book_balance, unmatched_lines=len(result.unmatched_bank),
            agrees=result.agrees, run_at=datetime.now().replace(microsecond=0), run_by=user,
        )
    )  # fmt: skip


def latest_reconciliation(session: Session) -> FundsReconciliation | None:
    return session.scalars(
        select(FundsReconciliation).order_by(FundsReconciliation.id.desc()).limit(1)
    ).first()


def _unmatched(session: Session, entries) -> list[BankEntry]:
    """Bank lines the books do not explain: a credit is a payment booked with its bank
    reference (or the same amount on the same day); a debit is a payout by its EndToEndId, or
    the firm's transfer of its part (text or EndToEndId starting 'KMF')."""
    used: set[int] = set()
    out = []
    for e in entries:
        if e.amount > 0:
            found = _payment_for(session, e, used)
            if found is None:
                out.append(e)
            else:
                used.add(found)
        elif e.end_to_end_id.startswith("KMF") or e.text.startswith("KMF"):
            continue
        elif not e.end_to_end_id or not session.scalar(
            select(func.count()).where(Settlement.payment_ref == e.end_to_end_id)
        ):
            out.append(e)
    return out


def _payment_for(session: Session, e: BankEntry, used: set[int]) -> int | None:
    query = select(LedgerEntry.id).where(
        LedgerEntry.entry_type == "payment",
        LedgerEntry.amount == e.amount,
        LedgerEntry.payment_type.is_distinct_from(PaymentType.PAYMENT_TO_CLIENT.value),
    )
    candidates = []
    if e.bank_reference:
        candidates = list(
            session.scalars(query.where(LedgerEntry.external_ref == e.bank_reference))
        )
    if not candidates:
        candidates = list(session.scalars(query.where(LedgerEntry.posting_date == e.booking_date)))
    return next((c for c in candidates if c not in used), None)


def set_account(
    session: Session, *, name: str, iban: str, bic: str | None, version: str | None
) -> ClientFundsSetup:
    """The office's client funds account and the pain.001 version its bank takes."""
    problem = Account(name, iban=iban).problem()
    problems = [Problem("iban", problem)] if problem else []
    if version and version not in VERSIONS:
        problems.append(Problem("version", f"Brug {' eller '.join(VERSIONS)}."))
    if not name.strip():
        problems.append(Problem("navn", "Skriv kontoens navn."))
    if problems:
        raise ValidationError(problems)
    setup = session.scalars(select(ClientFundsSetup)).first()
    if setup is None:
        setup = ClientFundsSetup(account_name=name, pain001_version=version or VERSIONS[0])
        session.add(setup)
    setup.account_name, setup.iban, setup.bic = name.strip(), iban.replace(" ", "").upper(), bic
    if version:
        setup.pain001_version = version
    session.flush()
    return setup
