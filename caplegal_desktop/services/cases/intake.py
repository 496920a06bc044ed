"""Creating a case with its client, parties, employees, claims and fees: one call, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Problem, ValidationError
from caplegal_desktop.services import follow_ups, office
from caplegal_desktop.services.cases.requests import ClaimInput, FeeInput, NewCase
from caplegal_desktop.services.master_data import (
    SetupSnapshot,
    client_problems,
    party_problems,
    resolve_client,
    resolve_party,
)
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.shared.ledger import payments_gathered, post_entry
from caplegal_desktop.services.shared.numbering import next_number
from caplegal_desktop.services.shared.payment_ids import payment_id_for
from models import Case, CaseParty, Claim, ClaimDebtor, Employee, FeeLine
from models.enums import EntryType, FeeKind, FeeLevel, PartyKind, RateKind
from models.money import ZERO, round_ore
from workflows.amount_tables import NoAmountRow, add_vat, amount_for
from workflows.amounts import AmountError, read_amount, read_percent

INTEREST_FROM_WITHOUT_DUE_DATE = timedelta(days=30)  # renteloven § 3, stk. 1


@dataclass(frozen=True)
class CaseCreated:
    case_id: int
    case_no: str
    client_no: str
    debtor_nos: tuple[str, ...]
    claim_count: int
    fee_count: int


def create_case(
    session: Session,
    request: NewCase,
    *,
    user: str,
    setup: SetupSnapshot,
    today: date | None = None,
) -> CaseCreated:
    """Validate everything first, then write; the caller's unit of work commits or rolls back."""
    today = today or date.today()
    actor = require_registration(session)
    problems = validate_new_case(request, setup, today=today)
    if problems:
        raise ValidationError(problems)
    client = resolve_client(session, request.client, setup=setup, user=user, today=today)
    if actor.is_scoped and client.id != actor.client_id:
        raise ValidationError(Problem("klient", "Du kan kun registrere sager for din egen klient."))
    if request.external_ref:  # one case per client reference (a unique key since 0013)
        existing = session.scalar(
            select(Case.no).where(
                Case.client_id == client.id, Case.external_ref == request.external_ref
            )
        )
        if existing is not None:
            raise ValidationError(
                Problem(
                    "reference",
                    f"Klient {client.no} har allerede sag {existing} med referencen "
                    f"{request.external_ref}.",
                )
            )
    department_id = _department_id(session, client, request.department)
    if actor.is_scoped and actor.department_ids and department_id not in actor.department_ids:
        raise ValidationError(Problem("afdeling", "Vælg en af dine egne afdelinger."))
    debtors = [
        resolve_party(session, party, field=f"debitorer[{i}]", setup=setup)
        for i, party in enumerate(request.debtors)
    ]
    case_type = request.case_type or client.default_case_type_code or "INK-ALM"
    responsible = (
        _employee_id(session, request.responsible_initials) or client.responsible_employee_id
    )
    handler = _employee_id(session, request.handler_initials) or client.handler_employee_id
    created_on = request.created_on or today
    first_debtor = debtors[0]
    case_no = next_number(session, "SAG")
    case = Case(
        no=case_no,
        payment_id=payment_id_for(case_no),  # None: given from the row id on insert
        case_type_code=case_type,
        client_id=client.id,
        department_id=department_id,
        regarding=request.regarding,
        external_ref=request.external_ref,
        currency=request.currency or client.currency or setup.company.currency,
        team=request.team,
        legal_department=request.legal_department or client.legal_department,
        responsible_employee_id=responsible,
        handler_employee_id=handler,
        salary_code=request.salary_code or client.salary_code or setup.company.default_salary_code,
        client_vat_registered=(
            client.vat_registered if request.vat_registered is None else request.vat_registered
        ),
        court_district_code=first_debtor.court_district_code,
        municipality=first_debtor.municipality,
        created_on=created_on,
        created_by=user,
    )
    session.add(case)
    session.flush()
    for party, party_input in zip(debtors, request.debtors, strict=True):
        session.add(
            CaseParty(
                case_id=case.id,
                party_id=party.id,
                party_type="DEBITOR",
                regarding_party=party_input.regarding_party,
            )
        )
    claims = [
        _add_claim(session, case, claim_input, i + 1, debtors, client, setup, user=user)
        for i, claim_input in enumerate(request.claims)
    ]
    fees = fee_requests(request, claims, debtors, client, setup)
    fee_lines = [_add_fee(session, case, fee, claims, setup, created_on, user=user) for fee in fees]
    with payments_gathered(session):  # the case is replayed once for all its payments
        for payment in request.payments:
            post_entry(
                session,
                case_id=case.id,
                entry_type=EntryType.PAYMENT,
                posting_date=payment.date,
                amount=round_ore(payment.amount),
                description="Indbetaling (leveret med sagen)",
                user=user,
                debtor_party_id=first_debtor.id,
                external_ref=payment.reference,
            )
    history.record(
        session,
        case_id=case.id,
        user=user,
        kind="change",
        action=f"Sag {case.no} oprettet med {len(claims)} fordring(er)",
    )
    follow_ups.schedule_first(session, case_id=case.id, user=user)
    session.flush()
    return CaseCreated(
        case.id, case.no, client.no, tuple(d.no for d in debtors), len(claims), len(fee_lines)
    )


def require_registration(session: Session):
    """Who may register cases: staff with case.write; a Klient user with portal.register, for
    their own client (and departments) only."""
    if office.current_actor(session).is_scoped:
        return office.require(session, office.PORTAL_REGISTER)
    return office.require(session, office.CASE_WRITE)


def validate_new_case(request: NewCase, setup: SetupSnapshot, *, today: date) -> list[Problem]:
    problems: list[Problem] = list(client_problems(request.client))
    for i, party in enumerate(request.debtors):
        problems += party_problems(party, f"debitorer[{i}]")
    if request.case_type:
        case_type = setup.case_types.get(request.case_type)
        if case_type is None:
            problems.append(Problem("sagstype", f"Sagstypen {request.case_type} findes ikke."))
        elif case_type.module != "INKASSO":
            problems.append(
                Problem("sagstype", f"Sagstypen {request.case_type} er ikke en inkassosagstype.")
            )
    if not request.debtors:
        problems.append(Problem("debitorer", "Sagen skal have mindst én debitor."))
    if not request.claims:
        problems.append(Problem("fordringer", "Sagen skal have mindst én fordring."))
    for i, claim in enumerate(request.claims):
        problems += _claim_problems(claim, f"fordringer[{i}]", len(request.debtors), setup, today)
    for i, fee in enumerate(request.fees):
        code = setup.fee_codes.get(fee.fee_code)
        if code is None:
            problems.append(
                Problem(f"gebyrer[{i}].kode", f"Gebyrkoden {fee.fee_code} findes ikke.")
            )
        if fee.amount is not None:
            problems += amount_problems(fee.amount, f"gebyrer[{i}].beløb", "Gebyr", positive=False)
        if fee.basis is not None:
            problems += amount_problems(fee.basis, f"gebyrer[{i}].grundlag", "Grundlag")
        if fee.claim_index is not None and not 0 <= fee.claim_index < len(request.claims):
            problems.append(Problem(f"gebyrer[{i}].fordring", "Fordringen findes ikke på sagen."))
    for i, payment in enumerate(request.payments):
        problems += amount_problems(payment.amount, f"betalinger[{i}].beløb", "Indbetaling")
        if payment.date > today:
            problems.append(
                Problem(f"betalinger[{i}].dato", "En indbetaling kan ikke ligge i fremtiden.")
            )
    return problems


def amount_problems(
    value: Decimal | None, field: str, label: str, *, positive: bool = True
) -> list[Problem]:
    """The amount reader's rule (workflows.amounts) for an amount handed over as a Decimal."""
    try:
        amount = read_amount(value, label) if value is not None else None
    except AmountError as exc:
        return [Problem(field, str(exc))]
    if amount is None or (positive and amount <= 0):
        return [Problem(field, f"{label}: beløbet skal være større end 0.")]
    return []


def _percent(value: Decimal) -> Decimal:
    """The percentage, or -1 (out of every range) when it is no number the reader accepts."""
    try:
        return read_percent(value, "", signed=True)
    except AmountError:
        return Decimal(-1)


def _claim_problems(
    claim: ClaimInput, where: str, debtor_count: int, setup: SetupSnapshot, today: date
) -> list[Problem]:
    problems = []
    if not (claim.description or "").strip():
        problems.append(Problem(f"{where}.beskrivelse", "Beskrivelsen skal udfyldes."))
    problems += amount_problems(claim.principal, f"{where}.hovedstol", "Hovedstol")
    if claim.invoice_date > today:
        problems.append(
            Problem(f"{where}.fakturadato", "Fakturadatoen kan ikke ligge i fremtiden.")
        )
    if claim.due_date and claim.due_date < claim.invoice_date:
        problems.append(
            Problem(f"{where}.forfaldsdato", "Forfaldsdatoen ligger før fakturadatoen.")
        )
    if claim.interest_from and claim.interest_from < claim.invoice_date:
        problems.append(Problem(f"{where}.rente_fra", "Rente fra-datoen ligger før fakturadatoen."))
    code = claim.interest_code
    if code is not None and code not in setup.interest_codes:
        problems.append(Problem(f"{where}.rentekode", f"Rentekoden {code} findes ikke."))
    elif code is not None and setup.interest_codes[code].kind == RateKind.CLAIM_FIXED:
        if claim.interest_rate_pct is None:
            problems.append(
                Problem(f"{where}.rentesats", f"Rentekoden {code} kræver en rentesats.")
            )
    if claim.interest_rate_pct is not None and not 0 <= _percent(claim.interest_rate_pct) <= 100:
        problems.append(Problem(f"{where}.rentesats", "Rentesatsen skal ligge mellem 0 og 100 %."))
    shares = Decimal(0)
    for j, debtor in enumerate(claim.debtors or []):
        if not 0 <= debtor.debtor_index < debtor_count:
            problems.append(
                Problem(
                    f"{where}.debitorer[{j}]",
                    f"Debitor nr. {debtor.debtor_index} findes ikke på sagen.",
                )
            )
        if not debtor.in_solidum:
            if debtor.share_pct is None or not 0 < _percent(debtor.share_pct) <= 100:
                problems.append(
                    Problem(
                        f"{where}.debitorer[{j}].hæftelsesandel",
                        "Hæftelsesandelen skal ligge over 0 og højst 100 %.",
                    )
                )
            else:
                shares += debtor.share_pct
    if shares > 100:
        problems.append(Problem(f"{where}.debitorer", "Hæftelsesandelene er tilsammen over 100 %."))
    return problems


def _department_id(session: Session, client, code: str | None) -> int | None:
    """The client's department by its code; an unknown code refuses the case, naming it."""
    if not code:
        return None
    found = (
        office.departments_for(session, client.id, [code], field="department") if client.id else []
    )
    return found[0].id if found else None


def _employee_id(session: Session, initials: str | None) -> int | None:
    if not initials:
        return None
    employee_id = session.scalar(select(Employee.id).where(Employee.initials == initials))
    if employee_id is None:
        raise ValidationError(Problem("medarbejder", f"Medarbejderen {initials} findes ikke."))
    return employee_id


def default_interest_from(claim: ClaimInput) -> date:
    if claim.interest_from:
        return claim.interest_from
    if claim.due_date:
        return claim.due_date + timedelta(days=1)
    return claim.invoice_date + INTEREST_FROM_WITHOUT_DUE_DATE


def _add_claim(session, case, claim_input: ClaimInput, line_no, debtors, client, setup, *, user):
    code = claim_input.interest_code or client.interest_code or setup.company.default_interest_code
    due_for_family = claim_input.due_date or claim_input.invoice_date
    code = setup.interest_code_for_due_date(code, due_for_family)
    rate = claim_input.interest_rate_pct
    if rate is None and setup.interest_codes[code].kind == RateKind.CLAIM_FIXED:
        rate = client.interest_rate_pct
    claim = Claim(
        case_id=case.id,
        line_no=line_no,
        description=claim_input.description.strip(),
        invoice_no=claim_input.invoice_no,
        ocr=claim_input.ocr,
        customer_no=claim_input.customer_no,
        invoice_date=claim_input.invoice_date,
        due_date=claim_input.due_date,
        principal=claim_input.principal,
        registered_principal=claim_input.principal,
        interest_code=code,
        interest_rate_pct=rate,
        interest_from=default_interest_from(claim_input),
    )
    shares = claim_input.debtors or [None] * len(debtors)
    for i, share in enumerate(shares):
        index = i if share is None else share.debtor_index
        claim.debtors.append(
            ClaimDebtor(
                party_id=debtors[index].id,
                in_solidum=True if share is None else share.in_solidum,
                share_pct=None if share is None or share.in_solidum else share.share_pct,
            )
        )
    session.add(claim)
    session.flush()
    post_entry(
        session,
        case_id=case.id,
        claim_id=claim.id,
        entry_type=EntryType.PRINCIPAL,
        posting_date=min(claim.invoice_date, case.created_on),
        amount=claim.principal,
        description=f"Hovedstol: {claim.description}",
        user=user,
    )
    return claim


def fee_requests(request: NewCase, claims, debtors, client, setup) -> list[FeeInput]:
    """The request's own fees plus those the setup adds automatically (claims may be ClaimInput
    or Claim, debtors PartyInput-like or Party: only .kind, .principal and the dates are read)."""
    fees = list(request.fees)
    if not request.add_automatic_fees:
        return fees
    has_business_debtor = any(d.kind == PartyKind.BUSINESS for d in debtors)
    for code in setup.fee_codes.values():
        if not code.added_automatically:
            continue
        if code.kind == FeeKind.COMPENSATION:
            if not (client.use_compensation_fee and has_business_debtor):
                continue
            currency_ok = (request.currency or client.currency or "DKK") == "DKK"
            for i, claim in enumerate(claims):
                due = claim.due_date or claim.invoice_date
                if currency_ok and (code.claims_due_from is None or due >= code.claims_due_from):
                    fees.append(FeeInput(fee_code=code.code, claim_index=i))
    salary_code = request.salary_code or client.salary_code or setup.company.default_salary_code
    if salary_code and salary_code in setup.fee_codes:
        if not any(f.fee_code == salary_code for f in fees):
            basis = sum((c.principal or ZERO for c in claims), ZERO)
            fees.append(FeeInput(fee_code=salary_code, basis=basis))
    return fees


def fee_amounts(
    fee: FeeInput, claims, setup: SetupSnapshot, *, client_vat_registered: bool
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(amount excl. VAT, VAT %, amount incl. VAT, VAT) of one fee line."""
    code = setup.fee_codes[fee.fee_code]
    claim = claims[fee.claim_index] if fee.claim_index is not None else None
    # The table in force when the newest betalingskrav arose (the claim's, or the case's newest).
    claim_date = max((c.due_date or c.invoice_date) for c in ([claim] if claim else claims))
    amount_ex_vat = fee.amount
    if amount_ex_vat is None:
        try:
            amount_ex_vat = amount_for(
                setup.fee_rows[code.code], on=claim_date, basis=fee.basis or ZERO
            )
        except NoAmountRow as exc:
            raise ValidationError(Problem(f"gebyr {code.code}", str(exc))) from exc
    vat_pct = setup.company.vat_pct if code.vat_applicable and not client_vat_registered else ZERO
    amount, vat = add_vat(amount_ex_vat, vat_pct)
    return amount_ex_vat, vat_pct, amount, vat


def _add_fee(session, case, fee: FeeInput, claims, setup: SetupSnapshot, created_on, *, user):
    code = setup.fee_codes[fee.fee_code]
    claim = claims[fee.claim_index] if fee.claim_index is not None else None
    _ex_vat, vat_pct, amount, vat = fee_amounts(
        fee, claims, setup, client_vat_registered=case.client_vat_registered
    )
    line = FeeLine(
        case_id=case.id,
        claim_id=claim.id if claim else None,
        fee_code=code.code,
        posting_date=fee.posting_date or created_on,
        basis=fee.basis,
        registered_basis=fee.basis,
        amount=amount,
        vat_pct=vat_pct,
        vat_amount=vat,
        interest_bearing_in_plan=code.interest_bearing_in_plan,
        apr_included=code.apr_included,
    )
    session.add(line)
    session.flush()
    entry_type = EntryType.SALARY if code.kind == FeeKind.SALARY else EntryType.FEE
    post_entry(
        session,
        case_id=case.id,
        claim_id=line.claim_id,
        fee_line_id=line.id,
        entry_type=entry_type,
        posting_date=line.posting_date,
        amount=amount,
        vat_amount=vat,
        description=code.description,
        user=user,
    )
    if code.level == FeeLevel.CLAIM and claim is None:
        raise ValidationError(Problem(f"gebyr {code.code}", "Gebyret hører til en fordring."))
    return line
