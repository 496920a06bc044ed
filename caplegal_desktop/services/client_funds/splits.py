"""The split of payments read from the database: which payments are unsettled, where the
statement engine allocated each, and the client's and firm's parts by the share rules.

Where a payment landed is stored when it is posted (`record_allocations`, called by the ledger
writer in the payment's transaction: payment_allocation rows), so a settlement reads those rows
and only applies the share rules. A payment posted before the table existed (migration
0014_funds) has none and is allocated on demand, by replaying its case as of the settlement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services.client_funds import unsettled
from caplegal_desktop.services.statements import InterestSetup, case_inputs
from models import (
    Case,
    ClientFundsAgreement,
    FundsShareRule,
    FundsVatRate,
    LedgerEntry,
    PaymentAllocation,
    PaymentSplitPart,
    Settlement,
    SettlementLine,
    UnsettledPayment,
)
from models.enums import EntryType, PaymentType
from workflows.client_funds import PaymentSplit, ShareRule, SplitPart, SplitSetup, split_payment
from workflows.client_funds.split import SplitError, Taken
from workflows.statement import StatementError, compute_statement

LIVE = ("posted",)  # settlements whose lines count as settled (a reversed one freed its lines)


class PaymentRow(NamedTuple):  # (a tuple: a month's settlement reads ten thousand of them)
    entry_id: int
    case_id: int
    client_id: int
    posting_date: date
    amount: Decimal
    reverses_entry_id: int | None
    direct: bool
    vat_registered: bool


def load_split_setup(session: Session) -> SplitSetup:
    rules = tuple(
        ShareRule(r.component, r.valid_from, r.client_share_pct, r.firm_vat, r.client_id,
                  r.source or "")
        for r in session.scalars(select(FundsShareRule))
    )  # fmt: skip
    vat = tuple((r.valid_from, r.rate_pct) for r in session.scalars(select(FundsVatRate)))
    return SplitSetup(rules, vat)


def set_off_allowed(session: Session, client_id: int) -> bool:
    return set_off_allowed_by_client(session, [client_id])[client_id]


def set_off_allowed_by_client(session: Session, client_ids: Sequence[int]) -> dict[int, bool]:
    """Whether each client's agreement allows set-off (allowed without an agreement)."""
    allowed = dict.fromkeys(client_ids, True)
    query = select(ClientFundsAgreement.client_id, ClientFundsAgreement.set_off_allowed)
    for chunk in _chunks(list(client_ids), 5000):
        allowed |= dict(
            session.execute(query.where(ClientFundsAgreement.client_id.in_(chunk))).all()
        )
    return allowed


_PAYMENT_COLUMNS = (
    LedgerEntry.id, LedgerEntry.case_id, Case.client_id, LedgerEntry.posting_date,
    LedgerEntry.amount, LedgerEntry.reverses_entry_id, LedgerEntry.payment_type,
    Case.client_vat_registered,
)  # fmt: skip


def _payment_query():
    return (
        select(*_PAYMENT_COLUMNS)
        .join(Case, Case.id == LedgerEntry.case_id)
        .where(LedgerEntry.entry_type == EntryType.PAYMENT)
    )


def _row(r) -> PaymentRow:
    return PaymentRow(r[0], r[1], r[2], r[3], r[4], r[5],
                      r[6] == PaymentType.PAYMENT_TO_CLIENT, bool(r[7]))  # fmt: skip


def unsettled_payments(
    session: Session, *, to: date, client_ids: Sequence[int] | None, where=None
) -> list[PaymentRow]:
    """Payments posted up to `to` that no posted settlement holds (and match `where`, an SQL
    condition on LedgerEntry, Case and UnsettledPayment), oldest first."""
    query = (  # from the waiting list (payments only), never from all payments
        select(*_PAYMENT_COLUMNS)
        .select_from(UnsettledPayment)
        .join(LedgerEntry, LedgerEntry.id == UnsettledPayment.ledger_entry_id)
        .join(Case, Case.id == LedgerEntry.case_id)
        .where(LedgerEntry.posting_date <= to)
    )
    if client_ids is not None:
        query = query.where(Case.client_id.in_(client_ids))
    if where is not None:
        query = query.where(where)
    return [_row(r) for r in session.execute(query.order_by(UnsettledPayment.ledger_entry_id))]


def payments_by_id(session: Session, entry_ids: Iterable[int]) -> list[PaymentRow]:
    query = _payment_query().where(LedgerEntry.id.in_(list(entry_ids)))
    return [_row(r) for r in session.execute(query.order_by(LedgerEntry.id))]


def live_lines(session: Session, entry_ids: Iterable[int]) -> dict[int, SettlementLine]:
    ids = list(entry_ids)
    if not ids:
        return {}
    query = (
        select(SettlementLine)
        .join(Settlement, Settlement.id == SettlementLine.settlement_id)
        .where(SettlementLine.ledger_entry_id.in_(ids), Settlement.status.in_(LIVE))
    )
    return {line.ledger_entry_id: line for line in session.scalars(query)}


STORED_DETAIL = json.dumps({"parts": "payment_split"})  # the parts are the stored split rows


def line_parts(session: Session, lines: Iterable[SettlementLine]) -> dict[int, list[dict]]:
    """Each line's parts as JSON dicts, by line id: from its detail, or from the payment's stored
    split rows when the line was made in SQL from them (stored_splits.py)."""
    lines = list(lines)
    stored = stored_split_parts(
        session, [line.ledger_entry_id for line in lines if line.detail == STORED_DETAIL]
    )
    return {
        line.id: [p.to_json_dict() for p in stored.get(line.ledger_entry_id, ())]
        if line.detail == STORED_DETAIL
        else json.loads(line.detail)["parts"]
        for line in lines
    }


def split_of_line(line: SettlementLine, parts: list[dict]) -> PaymentSplit:
    split_parts = tuple(
        SplitPart(p["component"], Decimal(p["amount"]), Decimal(p["client"]), Decimal(p["firm"]),
                  Decimal(p["held"]), Decimal(p["vat_in_firm"]), Decimal(p["vat_on_top"]),
                  p["source"])
        for p in parts
    )  # fmt: skip
    return PaymentSplit(line.ledger_entry_id, line.case_id, line.posting_date, line.amount,
                        line.direct, split_parts)  # fmt: skip


def split_payments(
    session: Session,
    payments: Sequence[PaymentRow],
    *,
    as_of: date,
    setup: SplitSetup,
    stored: bool = True,
) -> list[PaymentSplit]:
    """Each payment split by where the statement engine allocated it: as stored when it was
    posted, else (or with `stored` False) by replaying its case as of `as_of`. A bounced
    payment (a reversal) is its original's settled split, negated; a payment reversed before it
    was ever settled is left out together with its reversal."""
    ids = {p.entry_id for p in payments}
    reversed_here = {p.reverses_entry_id for p in payments if p.reverses_entry_id in ids}
    plain = [p for p in payments if p.reverses_entry_id is None and p.entry_id not in reversed_here]
    bounced = [p for p in payments if p.reverses_entry_id is not None and
               p.reverses_entry_id not in reversed_here]  # fmt: skip
    allocations = stored_allocations(session, [p.entry_id for p in plain]) if stored else {}
    unstored = [p for p in plain if p.entry_id not in allocations]
    allocations |= _allocations(session, {p.case_id: as_of for p in unstored},
                                {p.entry_id for p in unstored})  # fmt: skip
    splits: dict[int, PaymentSplit] = {}
    problems = []
    for p in plain:
        try:
            splits[p.entry_id] = split_payment(
                entry_id=p.entry_id, case_id=p.case_id, posting_date=p.posting_date,
                amount=p.amount, taken=allocations.get(p.entry_id, ()), setup=setup,
                client_id=p.client_id, client_vat_registered=p.vat_registered, direct=p.direct,
            )  # fmt: skip
        except SplitError as exc:
            problems.append(Problem("afregning", f"Indbetaling {p.entry_id}: {exc}"))
    originals = live_lines(session, (p.reverses_entry_id for p in bounced))
    parts = line_parts(session, originals.values())
    for p in bounced:
        line = originals.get(p.reverses_entry_id)
        if line is not None:
            splits[p.entry_id] = split_of_line(line, parts[line.id]).negated(
                entry_id=p.entry_id, posting_date=p.posting_date
            )
    if problems:
        raise ValidationError(problems)
    return [splits[p.entry_id] for p in payments if p.entry_id in splits]


def _allocations(
    session: Session, as_of: dict[int, date], wanted: set[int], *, strict: bool = True
) -> dict[int, list[Taken]]:
    """Where the statement engine allocated the `wanted` payments, replaying each case (by id)
    as of its date. A case the engine refuses raises (`strict`) or is left out."""
    if not as_of:
        return {}
    setup = InterestSetup.load(session)
    taken: dict[int, list[Taken]] = {}
    heads = session.execute(
        select(Case.id, Case.no, Case.currency).where(Case.id.in_(sorted(as_of)))
    )
    for chunk in _chunks(list(heads), 2000):
        inputs = case_inputs(session, [tuple(h) for h in chunk], setup)
        for case_id, data in inputs.items():
            try:
                statement = compute_statement(data, as_of=as_of[case_id], debtor_party_id=None)
            except StatementError as exc:
                if strict:
                    raise ValidationError(Problem("sag", f"Sag {data.case_no}: {exc}")) from exc
                continue
            lines = {f.fee_line_id: f for f in data.fee_lines}
            for a in statement.allocations:
                if a.entry_id not in wanted:
                    continue
                line = lines.get(a.fee_line_id)
                taken.setdefault(a.entry_id, []).append(
                    Taken(str(a.bucket), a.amount,
                          str(line.kind) if line is not None else None,
                          line.amount if line is not None else None,
                          line.vat_amount if line is not None else None)
                )  # fmt: skip
    return taken


def stored_allocations(session: Session, entry_ids: Sequence[int]) -> dict[int, list[Taken]]:
    """The allocations stored when the payments were posted (payments without any are left
    out), in the engine's order."""
    a = PaymentAllocation
    taken: dict[int, list[Taken]] = {}
    for chunk in _chunks(sorted(entry_ids), 5000):
        rows = session.execute(
            select(a.ledger_entry_id, a.bucket, a.amount, a.fee_kind, a.line_amount, a.line_vat)
            .where(a.ledger_entry_id.in_(chunk))
            .order_by(a.id)
        )
        for entry_id, *values in rows:
            taken.setdefault(entry_id, []).append(Taken(*values))
    return taken


def record_allocations(session: Session, rows: list[dict]) -> None:
    """Store where each just-posted payment landed and how it splits (the ledger writer calls
    this in the payment's transaction): the engine's allocation as of the payment's day split by
    the share rules valid that day, or for a reversal its original's rows negated. A payment the
    engine cannot allocate now (e.g. dated before its claims) is stored without either, and one
    without a share rule without a split: the settlement makes those on demand. Every payment
    goes on the list of those waiting for a settlement."""
    session.flush()
    plain = [r for r in rows if r.get("reverses_entry_id") is None]
    as_of: dict[int, date] = {}
    for r in plain:
        as_of[r["case_id"]] = max(r["posting_date"], as_of.get(r["case_id"], r["posting_date"]))
    taken = _allocations(session, as_of, {r["id"] for r in plain}, strict=False)
    amounts = {r["id"]: r["amount"] for r in plain}
    kept = {
        entry_id: parts
        for entry_id, parts in taken.items()
        if sum((t.amount for t in parts), Decimal(0)) == amounts[entry_id]
    }
    reversals = {r["reverses_entry_id"]: r["id"] for r in rows if r.get("reverses_entry_id")}
    originals = stored_allocations(session, [i for i in reversals if i not in kept])
    written = [_allocation_row(entry_id, t) for entry_id, parts in kept.items() for t in parts]
    for original, reversal in reversals.items():
        parts = kept.get(original) or originals.get(original, ())
        written += [_allocation_row(reversal, t._replace(amount=-t.amount)) for t in parts]
    if written:
        session.execute(insert(PaymentAllocation.__table__), written)
    made = _record_splits(session, [r for r in plain if r["id"] in kept], kept, reversals)
    unsettled.put_on(session, (r["id"] for r in rows), made)
    unsettled.reversed_(session, reversals)


def _record_splits(
    session: Session, plain: list[dict], kept: dict[int, list[Taken]], reversals: dict[int, int]
) -> dict[int, PaymentSplit]:
    setup = load_split_setup(session) if plain else None
    cases = {r["case_id"] for r in plain}
    owners = dict.fromkeys(cases)
    if cases:
        query = select(Case.id, Case.client_id, Case.client_vat_registered)
        owners = {c: (o, bool(v)) for c, o, v in session.execute(query.where(Case.id.in_(cases)))}
    made: dict[int, PaymentSplit] = {}
    for r in plain:
        client_id, registered = owners[r["case_id"]]
        try:
            made[r["id"]] = split_payment(
                entry_id=r["id"], case_id=r["case_id"], posting_date=r["posting_date"],
                amount=r["amount"], taken=kept[r["id"]], setup=setup, client_id=client_id,
                client_vat_registered=registered,
                direct=r.get("payment_type") == PaymentType.PAYMENT_TO_CLIENT,
            )  # fmt: skip
        except SplitError:
            continue  # no rule (yet): split on demand at settlement, which names what is missing
    originals = stored_split_parts(session, [i for i in reversals if i not in made])
    written = [_split_row(entry_id, p) for entry_id, s in made.items() for p in s.parts]
    for original, reversal in reversals.items():
        parts = made[original].parts if original in made else originals.get(original, ())
        written += [_split_row(reversal, p.negated()) for p in parts]
    if written:
        session.execute(insert(PaymentSplitPart.__table__), written)
    return made


def _split_row(entry_id: int, p: SplitPart) -> dict:
    return {"ledger_entry_id": entry_id, **p._asdict()}


def stored_split_parts(session: Session, entry_ids: Sequence[int]) -> dict[int, list[SplitPart]]:
    """The splits stored when the payments were posted (payments without any are left out)."""
    t = PaymentSplitPart
    parts: dict[int, list[SplitPart]] = {}
    for chunk in _chunks(sorted(entry_ids), 5000):
        rows = session.execute(
            select(t.ledger_entry_id, t.component, t.amount, t.client, t.firm, t.held,
                   t.vat_in_firm, t.vat_on_top, t.source)
            .where(t.ledger_entry_id.in_(chunk))
            .order_by(t.id)
        )  # fmt: skip
        for entry_id, *values in rows:
            parts.setdefault(entry_id, []).append(SplitPart(*values))
    return parts


def _allocation_row(entry_id: int, t: Taken) -> dict:
    return {"ledger_entry_id": entry_id, "bucket": t.bucket, "amount": t.amount,
            "fee_kind": t.fee_kind, "line_amount": t.line_amount, "line_vat": t.line_vat}  # fmt: skip


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]
