"""Statements from the ledger: the database side of workflows.statement.

Loads a case's claims, fee lines and posted entries plus the interest setup, and hands them to
the pure engine. Nothing is stored: a statement as of any date is recomputed from the ledger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Select, bindparam, literal_column, select
from sqlalchemy.orm import Session, selectinload

from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services import office
from caplegal_desktop.services.master_data import cap_schedules
from caplegal_desktop.services.statements.warnings import FigureStatus, statement_warnings
from models import (
    Case,
    CaseParty,
    Claim,
    ClaimDebtor,
    Client,
    CompanySetup,
    Employee,
    FeeCode,
    FeeLine,
    InterestCode,
    LedgerEntry,
    Party,
    ReferenceRate,
)
from models.enums import (
    AllocationOrder,
    AllocationTarget,
    DayCount,
    EntryType,
    FeeKind,
    PartyKind,
    PartyType,
    RateKind,
)
from models.ledger_sign import DEBT_TYPES
from models.money import ZERO
from workflows.statement import (
    CaseInput,
    ClaimInput,
    DebtorShare,
    FeeLineInput,
    InterestCodeSpec,
    RateCap,
    RatePoint,
    Statement,
    StatementError,
    compute_statement,
    owed_so_far,
)
from workflows.statement.inputs import ledger_entry_from_row


@dataclass
class InterestSetup:
    """Every interest code with its rows, loaded once and reused for many statements."""

    specs: tuple[InterestCodeSpec, ...]
    allocation_order: AllocationOrder
    fee_kinds: dict[str, FeeKind]
    figures: FigureStatus = field(default_factory=FigureStatus)  # for the warnings
    caps: dict[str, RateCap] = field(default_factory=dict)  # consumer rate caps by currency

    @classmethod
    def load(cls, session: Session) -> InterestSetup:
        references: dict[str, list[RatePoint]] = {}
        rates = list(session.scalars(select(ReferenceRate).order_by(ReferenceRate.valid_from)))
        for rate in rates:
            references.setdefault(rate.series, []).append(RatePoint(rate.valid_from, rate.rate_pct))
        specs = []
        series_of_code = {}
        codes = session.scalars(select(InterestCode).options(selectinload(InterestCode.rates)))
        for code in codes:
            if code.kind == RateKind.REFERENCE_PLUS_MARGIN and code.reference_series:
                series_of_code[code.code] = code.reference_series
            rows = tuple(
                RatePoint(
                    r.valid_from, r.margin_pct if r.margin_pct is not None else r.fixed_rate_pct
                )
                for r in code.rates
            )
            specs.append(
                InterestCodeSpec(
                    code=code.code,
                    day_count=DayCount(code.day_count),
                    kind=RateKind(code.kind),
                    rate_rows=rows,
                    reference_rates=tuple(references.get(code.reference_series, ())),
                    claims_due_from=code.applies_due_from,
                    claims_due_to=code.applies_due_to,
                )
            )
        company = session.scalars(select(CompanySetup)).one()
        kinds = {f.code: FeeKind(f.kind) for f in session.scalars(select(FeeCode))}
        caps = cap_schedules(session)
        figures = FigureStatus.load(session, rates, series_of_code)
        figures.cap_series = {currency: series for currency, (series, _) in caps.items()}
        return cls(
            tuple(specs),
            AllocationOrder(company.allocation_order),
            kinds,
            figures,
            {currency: cap for currency, (_, cap) in caps.items()},
        )


def _columns(model, names: str) -> tuple:
    # plain table columns, not ORM attributes, in statements built once: a cached statement then
    # runs without SQLAlchemy re-adapting its result columns on every call
    return tuple(model.__table__.c[name] for name in names.split())


_CASE_IDS = bindparam("case_ids", expanding=True)
_claim, _debtor = Claim.__table__, ClaimDebtor.__table__
# claims with their debtors (a claim without listed debtors comes once, with NULL debtor columns)
_CLAIMS = (
    select(
        *_columns(
            Claim,
            "id case_id line_no description invoice_date interest_code due_date interest_from "
            "interest_stop interest_rate_pct",
        ),
        *_columns(ClaimDebtor, "party_id in_solidum share_pct"),
    )
    .outerjoin(_debtor, _debtor.c.claim_id == _claim.c.id)
    .where(_claim.c.case_id.in_(_CASE_IDS), _claim.c.deleted.is_(False))
    .order_by(_claim.c.line_no, _claim.c.id, _debtor.c.id)
)
_fee_line = FeeLine.__table__
_FEE_LINES = (
    select(
        *_columns(
            FeeLine,
            "id case_id claim_id fee_code posting_date amount vat_amount interest_code "
            "interest_from interest_rate_pct basis",
        )
    )
    .where(_fee_line.c.case_id.in_(_CASE_IDS), _fee_line.c.deleted.is_(False))
    .order_by(_fee_line.c.id)
)
_entry = LedgerEntry.__table__
_ENTRIES = (
    select(
        *_columns(
            LedgerEntry,
            "id case_id posting_date entry_type amount claim_id fee_line_id debtor_party_id "
            "reverses_entry_id allocation_targets description",
        ),
        _claim.c.deleted,
        _fee_line.c.deleted,
    )
    .outerjoin(_claim, _claim.c.id == _entry.c.claim_id)
    .outerjoin(_fee_line, _fee_line.c.id == _entry.c.fee_line_id)
    .where(_entry.c.case_id.in_(_CASE_IDS))
    .order_by(_entry.c.id)
)
_case = Case.__table__
_CASE_HEAD = select(_case.c.id, _case.c.no, _case.c.currency).where(_case.c.id.in_(_CASE_IDS))
_party, _case_party = Party.__table__, CaseParty.__table__
# literals, not parameters: _rows binds only the case ids
_PERSON = literal_column(f"'{PartyKind.PERSON.value}'")
_DEBTOR = literal_column(f"'{PartyType.DEBTOR.value}'")
# who is a consumer: claims with a private person among their debtors, and cases with one among
# their debtors (a claim without listed debtors binds every debtor of the case)
_PERSON_CLAIMS = (
    select(_claim.c.id)
    .join(_debtor, _debtor.c.claim_id == _claim.c.id)
    .join(_party, _party.c.id == _debtor.c.party_id)
    .where(_claim.c.case_id.in_(_CASE_IDS), _party.c.kind == _PERSON)
)
_PERSON_CASES = (
    select(_case_party.c.case_id)
    .join(_party, _party.c.id == _case_party.c.party_id)
    .where(
        _case_party.c.case_id.in_(_CASE_IDS),
        _case_party.c.party_type == _DEBTOR,
        _case_party.c.removed.is_(False),
        _party.c.kind == _PERSON,
    )
)


_SQLITE_FORMS: dict[int, tuple[str, tuple]] = {}


def _sqlite_form(query: Select, connection: Connection) -> tuple[str, tuple]:
    """The query's SQLite text and, per column, SQLAlchemy's own result processor (or None)."""
    form = _SQLITE_FORMS.get(id(query))
    if form is None:
        dialect = connection.dialect
        processors = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in query.selected_columns
        )
        form = _SQLITE_FORMS[id(query)] = (str(query.compile(dialect=dialect)), processors)
    return form


def _rows(connection: Connection, query: Select, ids: list[int]) -> list[tuple]:
    """The rows of one of the queries above for the case ids, with the values Core gives.

    On SQLite the query runs on the session's own DB-API cursor (same transaction), and only
    the columns that need it go through SQLAlchemy's result processors, column by column: a
    statement is opened one case at a time, and Core's per-execution work was most of its load.
    """
    if connection.dialect.name != "sqlite":
        return connection.execute(query, {"case_ids": ids}).all()
    sql, processors = _sqlite_form(query, connection)
    sql = sql.replace("__[POSTCOMPILE_case_ids]", ",".join("?" * len(ids)))
    cursor = connection.connection.cursor()
    try:
        rows = cursor.execute(sql, ids).fetchall()
    finally:
        cursor.close()
    if not rows:
        return rows
    columns = list(zip(*rows, strict=True))
    for index, process in enumerate(processors):
        if process is not None:
            columns[index] = map(process, columns[index])
    return list(zip(*columns, strict=True))


_ENTRY_TYPES = {member.value: member for member in EntryType}
_TARGETS: dict[str, tuple[AllocationTarget, ...]] = {}


def _targets(text: str | None) -> tuple[AllocationTarget, ...] | None:
    """The parsed allocation targets of an entry (a handful of distinct strings: cached)."""
    if not text:
        return None
    targets = _TARGETS.get(text)
    if targets is None:
        targets = _TARGETS[text] = tuple(AllocationTarget(t) for t in text.split(","))
    return targets


def case_inputs(
    session: Session, cases: Sequence[tuple[int, str, str]], setup: InterestSetup
) -> dict[int, CaseInput]:
    """Inputs for many cases at once, each table read with one query (see `_rows`).

    `cases` holds (case id, case no, currency)."""
    ids = [case_id for case_id, _, _ in cases]
    connection = session.connection()
    rows: dict[int, tuple] = {}
    debtors: dict[int, list[DebtorShare]] = {}
    for r in _rows(connection, _CLAIMS, ids):
        rows.setdefault(r[0], r)
        if r[10] is not None:
            debtors.setdefault(r[0], []).append(DebtorShare(r[10], r[11], r[12]))
    claims: dict[int, list] = {i: [] for i in ids}
    capped = _consumer_caps(connection, cases, setup, debtors)
    for r in rows.values():
        claims[r[1]].append(
            ClaimInput(
                claim_id=r[0],
                claim_no=str(r[2]),
                description=r[3],
                invoice_date=r[4],
                interest_code=r[5],
                due_date=r[6],
                interest_from=r[7],
                interest_stop=r[8],
                fixed_rate_pct=r[9],
                debtors=tuple(debtors.get(r[0], ())),
                rate_cap=capped(r[0], r[1]),
            )
        )
    fees: dict[int, list] = {i: [] for i in ids}
    fee_kinds = setup.fee_kinds
    for r in _rows(connection, _FEE_LINES, ids):
        fees[r[1]].append(
            FeeLineInput(
                fee_line_id=r[0],
                claim_id=r[2],
                code=r[3],
                kind=fee_kinds.get(r[3], FeeKind.OTHER),
                posting_date=r[4],
                amount=r[5],
                vat_amount=r[6],
                interest_bearing=r[7] is not None,
                interest_code=r[7],
                interest_from=r[8],
                fixed_rate_pct=r[9],
                basis=r[10],
            )
        )
    entries: dict[int, list] = {i: [] for i in ids}
    entry_types = _ENTRY_TYPES
    for r in _rows(connection, _ENTRIES, ids):
        claim_id, fee_line_id = r[5], r[6]
        if r[11] or r[12]:
            # A deleted claim or fee line never was: its debt entries (and their reversals) go;
            # a payment that pointed at it stays, for the rest of the case.
            if r[3] in DEBT_TYPES:
                continue
            claim_id = None if r[11] else claim_id
            fee_line_id = None
        entries[r[1]].append(
            ledger_entry_from_row(
                r[0],
                r[2],
                entry_types[r[3]],
                r[4],
                claim_id,
                fee_line_id,
                r[7],
                r[8],
                _targets(r[9]),
                r[10],
            )  # fmt: skip
        )
    return {
        case_id: CaseInput(
            case_no=case_no,
            claims=tuple(claims[case_id]),
            entries=tuple(entries[case_id]),
            interest_codes=setup.specs,
            fee_lines=tuple(fees[case_id]),
            currency=currency,
            allocation_order=setup.allocation_order,
        )
        for case_id, case_no, currency in cases
    }


def _consumer_caps(
    connection: Connection,
    cases: Sequence[tuple[int, str, str]],
    setup: InterestSetup,
    debtors: dict[int, list[DebtorShare]],
) -> Callable[[int, int], RateCap | None]:
    """claim id, case id -> the rate cap the claim is under (consumer claims of a capped
    currency), else None. Asks the database only when a case is in a capped currency."""
    capped_cases = {i: setup.caps[c] for i, _, c in cases if c in setup.caps}
    if not capped_cases:
        return lambda claim_id, case_id: None
    ids = list(capped_cases)
    person_claims = {r[0] for r in _rows(connection, _PERSON_CLAIMS, ids)}
    person_cases = {r[0] for r in _rows(connection, _PERSON_CASES, ids)}

    def cap_of(claim_id: int, case_id: int) -> RateCap | None:
        cap = capped_cases.get(case_id)
        if cap is None:
            return None
        if claim_id in person_claims or (claim_id not in debtors and case_id in person_cases):
            return cap
        return None

    return cap_of


def case_input(session: Session, case_id: int, setup: InterestSetup) -> CaseInput:
    heads = _rows(session.connection(), _CASE_HEAD, [case_id])
    if not heads:
        raise NotFound(f"Sagen (id {case_id}) findes ikke.")
    return case_inputs(session, [tuple(heads[0])], setup)[case_id]


def _compute(data: CaseInput, *, as_of: date, debtor_party_id: int | None) -> Statement:
    try:
        return compute_statement(data, as_of=as_of, debtor_party_id=debtor_party_id)
    except StatementError as exc:
        raise ValidationError(Problem(getattr(exc, "field", "") or "", str(exc))) from exc


def case_totals(session: Session, *, case_id: int, as_of: date, setup: InterestSetup | None = None):
    """The case's figures as of a date for an overview (see owed_so_far). A caller showing many
    cases may pass the interest setup it loaded once (the portal keeps one for a minute)."""
    data = case_input(session, case_id, setup or InterestSetup.load(session))
    return _compute(owed_so_far(data, as_of), as_of=as_of, debtor_party_id=None).totals


def case_statement(
    session: Session,
    *,
    case_id: int,
    as_of: date,
    debtor_party_id: int | None = None,
    setup: InterestSetup | None = None,
) -> Statement:
    office.require_case(session, case_id)
    setup = setup or InterestSetup.load(session)
    data = case_input(session, case_id, setup)
    return _statement_of(data, setup, as_of=as_of, debtor_party_id=debtor_party_id)


def _statement_of(
    data: CaseInput, setup: InterestSetup, *, as_of: date, debtor_party_id: int | None
) -> Statement:
    """The statement with its warnings (missing or unconfirmed legal figures)."""
    if debtor_party_id is not None and not any(
        d.party_id == debtor_party_id for c in data.claims for d in c.debtors
    ):
        raise ValidationError(
            Problem("debitor", "Debitoren hæfter ikke for nogen fordring på sagen.")
        )
    statement = _compute(data, as_of=as_of, debtor_party_id=debtor_party_id)
    return replace(statement, warnings=statement_warnings(statement, data, setup.figures))


def case_rate_warnings(session: Session, *, case_id: int, as_of: date):
    """The warnings of the case's statement as of a date, as the case card sees the case (a
    case whose claims arose later owes nothing yet: no warnings)."""
    setup = InterestSetup.load(session)
    data = owed_so_far(case_input(session, case_id, setup), as_of)
    statement = _compute(data, as_of=as_of, debtor_party_id=None)
    return list(statement_warnings(statement, data, setup.figures))


@dataclass(frozen=True)
class ClientOutstanding:
    client_no: str
    client_name: str
    cases: int
    balance: Decimal


def outstanding_by_client(
    session: Session,
    *,
    as_of: date,
    chunk: int = 2000,
    progress: Callable[[int, int], None] | None = None,
) -> list[ClientOutstanding]:
    """Every case's statement as of a date, summed by client (total outstanding per client)."""
    setup = InterestSetup.load(session)
    heads = session.execute(
        select(Case.id, Case.no, Case.currency, Case.client_id).order_by(Case.id)
    ).all()
    balances: dict[int, list] = {}
    for start in range(0, len(heads), chunk):
        block = heads[start : start + chunk]
        inputs = case_inputs(session, [(h[0], h[1], h[2]) for h in block], setup)
        for case_id, _, _, client_id in block:
            data = owed_so_far(inputs[case_id], as_of)
            statement = _compute(data, as_of=as_of, debtor_party_id=None)
            total = balances.setdefault(client_id, [0, ZERO])
            total[0] += 1
            total[1] += statement.totals.balance
        if progress:
            progress(min(start + chunk, len(heads)), len(heads))
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(balances)))}
    return sorted(
        (ClientOutstanding(clients[i].no, clients[i].name, n, b) for i, (n, b) in balances.items()),
        key=lambda c: c.client_no,
    )


def party_id_by_no(session: Session, party_no: str) -> int:
    party_id = session.scalar(select(Party.id).where(Party.no == party_no))
    if party_id is None:
        raise NotFound(f"Part {party_no} findes ikke.")
    return party_id


def statement_pdf(
    session: Session,
    *,
    case_id: int,
    as_of: date,
    target: Path,
    debtor_party_id: int | None = None,
    account: bool = False,
) -> Path:
    """The printable statement (inkassoopgørelse) or the account statement (kontoudtog) as PDF."""
    office.require_case(session, case_id)
    from workflows.statement.render import (
        LetterContext,
        html_to_pdf,
        render_account_html,
        render_statement_html,
    )

    setup = InterestSetup.load(session)
    case = session.get(Case, case_id)
    data = case_input(session, case_id, setup)
    statement = _statement_of(data, setup, as_of=as_of, debtor_party_id=debtor_party_id)
    company = session.scalars(select(CompanySetup)).one()
    client = session.get(Client, case.client_id)
    debtor = _letter_debtor(session, case, debtor_party_id)
    handler = session.get(Employee, case.handler_employee_id) if case.handler_employee_id else None
    iban = company.iban or ""
    letter = LetterContext(
        firm_name=company.company_name,
        firm_address=tuple(
            x
            for x in (company.address, f"{company.postcode or ''} {company.city or ''}".strip())
            if x
        ),
        firm_phone=company.phone or "",
        firm_email=company.email or "",
        firm_cvr=company.cvr or "",
        debtor_name=debtor.name,
        debtor_address=tuple(
            x
            for x in (
                debtor.address,
                debtor.address2,
                f"{debtor.postcode or ''} {debtor.city or ''}".strip(),
            )
            if x
        ),
        client_name=client.name,
        handler=handler.name if handler else "",
        bank_reg_no=iban[4:8] if iban.startswith("DK") else "",
        bank_account_no=iban[8:].lstrip("0") if iban.startswith("DK") else iban,
        letter_date=as_of,
    )
    if account:
        html = render_account_html(data, statement, letter)
    else:  # disputed and time-barred claims marked, the latter not demanded (issue 18)
        from caplegal_desktop.services.limitation import statement_print_marks

        marks = statement_print_marks(session, case_id=case_id, as_of=as_of)
        html = render_statement_html(data, statement, letter, marks)
    html_to_pdf(html, target)
    return target


def _letter_debtor(session: Session, case: Case, debtor_party_id: int | None) -> Party:
    if debtor_party_id is not None:
        return session.get(Party, debtor_party_id)
    first = session.scalar(
        select(CaseParty.party_id)
        .where(
            CaseParty.case_id == case.id,
            CaseParty.party_type == "DEBITOR",
            CaseParty.removed.is_(False),
        )
        .order_by(CaseParty.id)
    )
    return session.get(Party, first)
