"""Settlements (afregning): make drafts, check and post them (all or nothing), correct a posted
one (a reversal and a new settlement), mark one paid. Posting writes the client funds ledger
through funds_ledger.post_funds_entry only."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.client_funds import splits as split_io
from caplegal_desktop.services.client_funds import stored_splits, unsettled
from caplegal_desktop.services.client_funds.funds_ledger import post_funds_entry
from models import Case, Client, ClientFundsEntry, Settlement, SettlementLine
from models.money import ZERO, money_str
from workflows.client_funds import PaymentSplit, settle

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SettlementsChanged:
    """What changed: the settlements made or posted, and their clients (pages refresh from it)."""

    settlement_ids: tuple[int, ...]
    client_ids: tuple[int, ...]
    posted: bool = False


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _client_ids(session: Session, client_no: str | None) -> list[int] | None:
    if client_no is None:
        return None
    client_id = session.scalar(select(Client.id).where(Client.no == client_no))
    if client_id is None:
        raise ValidationError(Problem("klient", f"Klient {client_no} findes ikke."))
    return [client_id]


def create_drafts(
    session: Session, *, to: date, user: str, client_no: str | None = None
) -> SettlementsChanged:
    """Drafts for one client (client_no) or all clients with unsettled payments up to `to`.
    A client's earlier drafts are replaced (a draft is not posted; nothing is lost)."""
    office.require(session, office.SETTLEMENT_WRITE)
    client_ids = _client_ids(session, client_no)
    # payments split when posted are summed in SQL; the others are split here, one by one
    payments = split_io.unsettled_payments(
        session, to=to, client_ids=client_ids, where=stored_splits.split_on_demand()
    )
    sums = stored_splits.client_sums(session, to=to, client_ids=client_ids)
    clients = sorted({p.client_id for p in payments} | set(sums) | set(client_ids or ()))
    _drop_drafts(session, clients)
    setup = split_io.load_split_setup(session)
    splits = split_io.split_payments(session, payments, as_of=to, setup=setup)
    by_client: dict[int, list[PaymentSplit]] = {c: [] for c in clients}
    client_of = {p.entry_id: p.client_id for p in payments}
    for s in splits:
        by_client[client_of[s.entry_id]].append(s)
    set_off = split_io.set_off_allowed_by_client(session, clients)
    new = {
        client_id: _draft(
            client_id,
            to,
            [*lines, *sums.get(client_id, [])],
            user,
            set_off_allowed=set_off[client_id],
        )
        for client_id, lines in by_client.items()
        if lines or client_id in sums
    }
    session.add_all(new.values())
    session.flush()  # one INSERT for all clients' drafts
    made = [draft.id for draft in new.values()]
    _insert_lines(session, [row for c, d in new.items() for row in _line_rows(d.id, by_client[c])])
    stored_splits.insert_lines(session, to=to, client_ids=client_ids, drafts=made)
    return SettlementsChanged(tuple(made), tuple(clients))


def _drop_drafts(session: Session, client_ids: Sequence[int]) -> None:
    if not client_ids:
        return
    drafts = select(Settlement.id).where(
        Settlement.status == "draft", Settlement.client_id.in_(client_ids)
    )
    ids = list(session.scalars(drafts))
    if ids:
        session.execute(delete(SettlementLine).where(SettlementLine.settlement_id.in_(ids)))
        session.execute(delete(Settlement).where(Settlement.id.in_(ids)))


def _draft(
    client_id: int,
    to: date,
    lines: Sequence[PaymentSplit],
    user: str,
    *,
    set_off_allowed: bool,
    previously_paid: Decimal = ZERO,
    corrects: int | None = None,
) -> Settlement:
    figures = settle(lines, set_off_allowed=set_off_allowed, previously_paid=previously_paid)
    return Settlement(
        client_id=client_id, period_to=to, status="draft", collected=figures.collected,
        client_part=figures.client_part, firm_part=figures.firm_part, held=figures.held,
        vat=figures.vat, invoice=figures.invoice, set_off=figures.set_off,
        shortfall=figures.shortfall, previously_paid=figures.previously_paid,
        payout=figures.payout, corrects_settlement_id=corrects, created_at=_now(),
        created_by=user,
    )  # fmt: skip


def _line_rows(settlement_id: int, lines: Sequence[PaymentSplit]) -> list[dict]:
    return [
        {
            "settlement_id": settlement_id, "case_id": s.case_id, "ledger_entry_id": s.entry_id,
            "posting_date": s.posting_date, "direct": s.direct, "amount": s.amount,
            "client_part": s.client, "firm_part": s.firm, "held": s.held,
            "vat": s.vat_in_firm + s.vat_on_top,
            "detail": json.dumps({"parts": [p.to_json_dict() for p in s.parts]}),
        }
        for s in lines
    ]  # fmt: skip


def _insert_lines(session: Session, rows: list[dict]) -> None:
    """All drafts' lines in one statement (a month's settlement writes ten thousand)."""
    if rows:
        session.execute(insert(SettlementLine.__table__), rows)


# -- posting ---------------------------------------------------------------------------------


def post_settlements(
    session: Session,
    *,
    user: str,
    settlement_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> SettlementsChanged:
    """Post the drafts (all drafts when no ids): check every one, then post each. All or
    nothing: one problem and none is posted."""
    office.require(session, office.SETTLEMENT_WRITE)
    query = select(Settlement).order_by(Settlement.id).with_for_update()
    if settlement_ids is None:
        query = query.where(Settlement.status == "draft")
    else:
        query = query.where(Settlement.id.in_(list(settlement_ids)))
    settlements = list(session.scalars(query))
    missing = set(settlement_ids or ()) - {s.id for s in settlements}
    problems = [Problem("afregning", f"Afregning {i} findes ikke.") for i in sorted(missing)]
    problems += check_settlements(session, settlements)
    if problems:
        raise ValidationError(problems)
    ids = [s.id for s in settlements]
    if unsettled.take_off(session, ids) != unsettled.held_payments(session, ids):
        # on PostgreSQL another seat posting the same payments waited on our rows, or we on
        # theirs: whoever comes second finds them gone and posts nothing
        raise ValidationError(
            Problem("afregning", "En anden afregning har bogført nogle af kladdernes "
                                 "indbetalinger imens; dan kladderne igen.")
        )  # fmt: skip
    for done, settlement in enumerate(settlements, 1):
        _post_one(session, settlement, user)
        if progress is not None:
            progress(done, len(settlements))
    session.flush()
    return SettlementsChanged(
        tuple(s.id for s in settlements), tuple(sorted({s.client_id for s in settlements})), True
    )


def check_settlements(session: Session, settlements: Sequence[Settlement]) -> list[Problem]:
    """Every problem of every settlement, not just the first."""
    problems = [
        Problem("afregning", f"Afregning {s.id} er ikke en kladde (status {s.status}).")
        for s in settlements
        if s.status != "draft"
    ]
    ids = [s.id for s in settlements]
    if not ids:
        return problems
    taken = split_io.live_lines(session, unsettled.no_longer_waiting(session, ids))
    for entry_id, line in sorted(taken.items()):
        problems.append(
            Problem("afregning", f"Indbetaling {entry_id} er allerede afregnet "
                                 f"(afregning {line.settlement_id}); dan kladden igen.")
        )  # fmt: skip
    return problems


def _post_one(session: Session, s: Settlement, user: str) -> None:
    s.status, s.posted_at, s.posted_by = "posted", _now(), user
    text = f"Afregning {s.id} pr. {s.period_to.isoformat()}"
    for kind, amount in (("collected", s.client_part), ("retained", -s.set_off),
                         ("shortfall", s.shortfall)):  # fmt: skip
        if amount:
            post_funds_entry(
                session, client_id=s.client_id, settlement_id=s.id, kind=kind,
                posting_date=s.period_to, amount=amount, description=text, user=user,
            )  # fmt: skip


# -- corrections and payment -----------------------------------------------------------------


def correct_settlement(
    session: Session, *, settlement_id: int, user: str, today: date
) -> SettlementsChanged:
    """A posted settlement is reversed (its ledger entries negated) and made again from the
    same payments with today's rules; what it already paid out is not paid again."""
    office.require(session, office.SETTLEMENT_WRITE)
    old = session.get(Settlement, settlement_id, with_for_update=True)
    if old is None:
        raise NotFound(f"Afregning {settlement_id} findes ikke.")
    if old.status != "posted":
        raise ValidationError(
            Problem("afregning", f"Kun en bogført afregning kan rettes (status {old.status}).")
        )
    old.status, old.reversed_at = "reversed", _now()
    unsettled.freed_by(session, old.id)
    entries = session.scalars(
        select(ClientFundsEntry).where(ClientFundsEntry.settlement_id == old.id,
                                       ClientFundsEntry.kind != "paid_out")
    )  # fmt: skip
    for e in list(entries):
        post_funds_entry(
            session, client_id=e.client_id, settlement_id=old.id, kind=e.kind,
            posting_date=today, amount=-e.amount, description=f"Tilbageførsel: {e.description}",
            user=user, reverses_entry_id=e.id,
        )  # fmt: skip
    session.flush()
    entry_ids = session.scalars(
        select(SettlementLine.ledger_entry_id).where(SettlementLine.settlement_id == old.id)
    )
    payments = split_io.payments_by_id(session, entry_ids)
    setup = split_io.load_split_setup(session)
    lines = split_io.split_payments(session, payments, as_of=old.period_to, setup=setup)
    before = old.previously_paid + (old.payout if old.paid_on else ZERO)
    new = _draft(old.client_id, old.period_to, lines, user,
                 set_off_allowed=split_io.set_off_allowed(session, old.client_id),
                 previously_paid=before, corrects=old.id)  # fmt: skip
    session.add(new)
    session.flush()
    _insert_lines(session, _line_rows(new.id, lines))
    _post_one(session, new, user)
    unsettled.take_off(session, [new.id])
    session.flush()
    return SettlementsChanged((old.id, new.id), (old.client_id,), True)


def mark_paid(
    session: Session, *, settlement_id: int, paid_on: date, reference: str, user: str
) -> bool:
    """The bank confirmed the payout: a paid_out entry; False if it was already marked."""
    office.require(session, office.SETTLEMENT_WRITE)
    s = session.get(Settlement, settlement_id, with_for_update=True)
    if s is None or s.status != "posted" or s.paid_on is not None:
        return False
    s.paid_on, s.payment_ref = paid_on, reference
    if s.payout:
        post_funds_entry(
            session, client_id=s.client_id, settlement_id=s.id, kind="paid_out",
            posting_date=paid_on, amount=-s.payout, user=user,
            description=f"Udbetalt afregning {s.id} ({reference})",
        )  # fmt: skip
    return True


# -- reading ---------------------------------------------------------------------------------

FIGURES = ("collected", "client_part", "firm_part", "held", "vat", "invoice", "set_off",
           "shortfall", "previously_paid", "payout")  # fmt: skip


def settlement_json(
    session: Session, settlement_ids: Sequence[int], *, with_lines: bool = True
) -> dict:
    """{"settlements": [{"id", "client_no", "collected", ..., "payout", "lines": [...]}]};
    without `with_lines` the settlements' heads only, with the client's name (a list page)."""
    out = []
    for s, client in session.execute(
        select(Settlement, Client)
        .join(Client, Client.id == Settlement.client_id)
        .where(Settlement.id.in_(list(settlement_ids)))
        .order_by(Settlement.id)
    ):
        head = {
            "id": s.id,
            "client_no": client.no,
            "status": s.status,
            "period_to": s.period_to.isoformat(),
            **{name: money_str(getattr(s, name)) for name in FIGURES},
        }
        out.append(head | {"lines": settlement_lines(session, s.id)} if with_lines else
                   head | {"client_name": client.name})  # fmt: skip
    return {"settlements": out}


def latest_settlements(session: Session, *, limit: int = 500) -> list[dict]:
    """The newest settlements' heads (drafts and posted), newest first: the desk's list. Their
    lines are read when one is chosen (settlement_lines): a month's may hold ten thousand."""
    ids = session.scalars(select(Settlement.id).order_by(Settlement.id.desc()).limit(limit))
    return settlement_json(session, list(ids), with_lines=False)["settlements"][::-1]


def check_drafts(session: Session) -> list[Problem]:
    """Every problem posting all drafts now would meet."""
    drafts = session.scalars(select(Settlement).where(Settlement.status == "draft"))
    return check_settlements(session, list(drafts))


def draft_count(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(Settlement).where(Settlement.status == "draft")
    )


def settlement_lines(session: Session, settlement_id: int) -> list[dict]:
    """One settlement's lines as settlement_json writes them, by case no. and date."""
    lines = session.execute(
        select(SettlementLine, Case.no)
        .join(Case, Case.id == SettlementLine.case_id)
        .where(SettlementLine.settlement_id == settlement_id)
        .order_by(Case.no, SettlementLine.posting_date, SettlementLine.ledger_entry_id)
    ).all()
    parts = split_io.line_parts(session, (line for line, _ in lines))
    return [_line_json(line, case_no, parts[line.id]) for line, case_no in lines]


def _line_json(line: SettlementLine, case_no: str, parts: list[dict]) -> dict:
    return {
        "case_no": case_no,
        "entry_id": line.ledger_entry_id,
        "posting_date": line.posting_date.isoformat(),
        "direct": line.direct,
        "amount": money_str(line.amount),
        "client_part": money_str(line.client_part),
        "firm_part": money_str(line.firm_part),
        "held": money_str(line.held),
        "vat": money_str(line.vat),
        "parts": parts,
    }
