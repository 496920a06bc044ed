"""Bank payment files into the collection journal; what no case fits waits in the suspense list.

A file is refused whole when it is malformed (the parser's Danish message) or was imported before
(same content, or the same file id from the bank). Otherwise every payment lands in exactly one
place: a journal line on the case it matches, or a suspense row the user resolves later.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caplegal_desktop.errors import Conflict, NotFound, Problem, ValidationError
from caplegal_desktop.services.journal import batches as journal
from caplegal_desktop.services.journal.batches import LineInput
from caplegal_desktop.services.journal.payment_matching import Match, match_payments
from models import Case, PaymentFileImport, SuspensePayment
from models.enums import EntryType
from workflows.bankfiles import ParsedPayment, PaymentFileError, detect_and_parse

FORMAT_NAMES = {"camt.054": "camt.054", "bgmax": "BgMax", "fi": "FI-kort"}


@dataclass(frozen=True)
class PaymentImportResult:
    import_id: int
    format: str
    file_id: str
    payment_count: int
    matched_count: int
    suspense_count: int
    total: Decimal
    batches: tuple[str, ...]

    @property
    def message(self) -> str:
        return (
            f"{self.payment_count} betalinger indlæst fra {FORMAT_NAMES.get(self.format, self.format)}"
            f"-filen {self.file_id}: {self.matched_count} til kladden, "
            f"{self.suspense_count} til afstemningslisten."
        )


@dataclass(frozen=True)
class SuspenseRow:
    id: int
    booking_date: object
    amount: Decimal
    currency: str
    reference: str | None
    payer_name: str | None
    text: str | None
    reason: str
    resolved_case_no: str | None


def import_payment_file(
    session: Session,
    *,
    data: bytes,
    filename: str | None,
    user: str,
    per_responsible_batch: bool = False,
) -> PaymentImportResult:
    """Parse, refuse duplicates, match, write lines and suspense rows. The caller commits."""
    try:
        parsed = detect_and_parse(data, filename=filename)
    except PaymentFileError as exc:
        raise ValidationError(Problem("fil", f"Filen er afvist; intet er indlæst. {exc}")) from exc
    _refuse_duplicate(session, parsed.file_sha256, parsed.format, parsed.file_id)
    imported = PaymentFileImport(
        file_sha256=parsed.file_sha256,
        format=parsed.format,
        file_id=parsed.file_id,
        filename=filename,
        created=parsed.created,
        currency=parsed.currency,
        payment_count=len(parsed.payments),
        total_amount=sum((p.amount for p in parsed.payments), Decimal(0)),
        matched_count=0,
        suspense_count=0,
        imported_at=datetime.now().replace(microsecond=0),
        imported_by=user,
    )
    try:
        with session.begin_nested():
            session.add(imported)
    except IntegrityError as exc:  # another seat imported the same file a moment ago
        raise Conflict("Filen er allerede indlæst.") from exc
    matches = match_payments(session, parsed.payments)
    by_batch: dict[int, list[LineInput]] = defaultdict(list)
    batch_names: dict[int, str] = {}
    suspense: list[dict] = []
    batches: dict[int | None, tuple[int, str]] = {}  # employee id -> batch (id, name)
    for payment, found in zip(parsed.payments, matches, strict=True):
        if found.case_id is None:
            suspense.append(_suspense_row(imported.id, payment, found.reason))
            continue
        employee = found.responsible_employee_id if per_responsible_batch else None
        if employee not in batches:
            batch = _batch(session, found, per_responsible_batch)
            batches[employee] = (batch.id, batch.name)
        batch_id, batch_names[batch_id] = batches[employee]
        by_batch[batch_id].append(_line(imported.id, payment, found, parsed.format))
    for deduction in parsed.deductions:
        suspense.append(
            _suspense_row(
                imported.id, deduction, "Fradrag (penge ud af kontoen); behandles manuelt"
            )
            | {"amount": -deduction.amount}
        )
    for batch_id, lines in by_batch.items():
        journal.add_lines(session, batch_id=batch_id, lines=lines, user=user)
    if suspense:
        session.execute(insert(SuspensePayment.__table__), suspense)
    imported.matched_count = sum(len(lines) for lines in by_batch.values())
    imported.suspense_count = len(suspense)
    session.flush()
    return PaymentImportResult(
        imported.id,
        parsed.format,
        parsed.file_id,
        len(parsed.payments),
        imported.matched_count,
        imported.suspense_count,
        imported.total_amount,
        tuple(sorted(batch_names.values())),
    )


def list_suspense(session: Session, *, include_resolved: bool = False) -> list[SuspenseRow]:
    query = (
        select(SuspensePayment, Case.no)
        .outerjoin(Case, Case.id == SuspensePayment.resolved_case_id)
        .order_by(SuspensePayment.booking_date, SuspensePayment.id)
    )
    if not include_resolved:
        query = query.where(SuspensePayment.resolved_at.is_(None))
    return [
        SuspenseRow(
            s.id,
            s.booking_date,
            s.amount,
            s.currency,
            s.reference,
            s.payer_name,
            s.text,
            s.reason,
            case_no,
        )
        for s, case_no in session.execute(query)
    ]


def resolve_suspense(
    session: Session, *, suspense_id: int, case_no: str | None, user: str, note: str | None = None
) -> journal.JournalChanged | None:
    """Assign a waiting payment to a case (a journal line), or, without a case, mark it handled."""
    row = session.get(SuspensePayment, suspense_id)
    if row is None:
        raise NotFound("Betalingen findes ikke på afstemningslisten.")
    case = None
    if case_no is not None:
        case = session.scalars(select(Case).where(Case.no == case_no.strip())).one_or_none()
        if case is None:
            raise ValidationError(Problem("sag", f"Sag {case_no} findes ikke."))
        if row.amount <= 0:
            raise ValidationError(Problem("sag", "Et fradrag kan ikke placeres på en sag."))
    # One UPDATE that only succeeds while the row is open: two seats never both resolve it.
    claimed = session.execute(
        update(SuspensePayment)
        .where(SuspensePayment.id == suspense_id, SuspensePayment.resolved_at.is_(None))
        .values(
            resolved_at=datetime.now().replace(microsecond=0),
            resolved_by=user,
            resolved_case_id=case.id if case else None,
        )
    ).rowcount
    if claimed != 1:
        raise Conflict("Betalingen er allerede afstemt af en anden.")
    if case is None:
        return None
    batch = journal.batch_for_case(session, case.id)
    line = LineInput(
        posting_date=row.booking_date,
        case_id=case.id,
        entry_type=EntryType.PAYMENT,
        description=note or _description(row.payer_name, row.reference, row.text),
        amount=row.amount,
        external_ref=row.bank_reference,
        payment_import_id=row.import_id,
    )
    return journal.add_line(session, batch_id=batch.id, line=line, user=user)


def _refuse_duplicate(session: Session, sha256: str, file_format: str, file_id: str) -> None:
    earlier = session.scalars(
        select(PaymentFileImport).where(
            (PaymentFileImport.file_sha256 == sha256)
            | ((PaymentFileImport.format == file_format) & (PaymentFileImport.file_id == file_id))
        )
    ).first()
    if earlier is None:
        return
    same = "Filen" if earlier.file_sha256 == sha256 else f"En fil med samme id ({file_id})"
    raise Conflict(
        f"{same} er allerede indlæst {earlier.imported_at:%d-%m-%Y kl. %H:%M} af "
        f"{earlier.imported_by}; intet er indlæst igen."
    )


def _batch(session: Session, found: Match, per_responsible: bool):
    if not per_responsible or found.responsible_employee_id is None:
        return journal.standard_batch(session)
    return journal.batch_for_employee(session, found.responsible_employee_id)


def _line(import_id: int, p: ParsedPayment, found: Match, file_format: str) -> LineInput:
    return LineInput(
        posting_date=p.booking_date,
        case_id=found.case_id,
        claim_id=found.claim_id,
        entry_type=EntryType.PAYMENT,
        description=_description(p.payer_name, p.reference, p.text),
        amount=p.amount,
        document_no=FORMAT_NAMES.get(file_format, file_format),
        external_ref=p.bank_reference or None,
        payment_import_id=import_id,
    )


def _description(payer: str | None, reference: str | None, text: str | None) -> str:
    parts = ["Indbetaling", payer or "", f"ref. {reference}" if reference else "", text or ""]
    return " ".join(part for part in parts if part)[:200]


def _suspense_row(import_id: int, p: ParsedPayment, reason: str) -> dict:
    return {
        "import_id": import_id,
        "booking_date": p.booking_date,
        "amount": p.amount,
        "currency": p.currency,
        "reference": p.reference or None,
        "reference_kind": str(p.reference_kind),
        "reference_valid": p.reference_valid,
        "payer_name": p.payer_name or None,
        "payer_account": p.payer_account or None,
        "bank_reference": p.bank_reference or None,
        "text": p.text or None,
        "reason": reason,
    }


def open_suspense_count(session: Session) -> int:
    return session.scalar(
        select(func.count())
        .select_from(SuspensePayment)
        .where(SuspensePayment.resolved_at.is_(None))
    )
