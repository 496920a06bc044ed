"""Bulk case intake from a client's JSON file: the whole file or nothing (docs/case-import.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from caplegal_desktop.errors import Problem, ServiceError, ValidationError
from caplegal_desktop.services.cases.import_schema import (
    BAD_CHARACTERS,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_RECORDS,
    check_record,
    nesting_depth,
)
from caplegal_desktop.services.cases.intake import (
    CaseCreated,
    create_case,
    require_registration,
)
from caplegal_desktop.services.cases.requests import (
    ClaimDebtorInput,
    ClaimInput,
    ClientInput,
    NewCase,
    PartyInput,
    PaymentInput,
)
from caplegal_desktop.services.master_data import SetupSnapshot
from caplegal_desktop.unit_of_work import UnitOfWork
from models import Case, Client
from workflows.amounts import AmountError, read_amount, read_percent
from workflows.identity import IdentityError, normalise_cvr

# The Danish name of each amount field, for the messages ("Hovedstol: beløbet er for stort ...").
_LABELS = {
    "principal": "Hovedstol",
    "amount": "Beløb",
    "interest_rate_pct": "Rentesats",
    "liability_share_pct": "Hæftelsesandel",
}


@dataclass
class RejectedRecord:
    index: int
    external_ref: str | None
    problems: list[Problem]

    def describe(self) -> str:
        ref = f" ({self.external_ref})" if self.external_ref else ""
        return "; ".join(f"post {self.index}{ref}, {p}" for p in self.problems)


@dataclass(frozen=True)
class ExistingCase:
    """A record whose client already has a case with its external_ref: nothing is created."""

    index: int
    external_ref: str
    case_no: str

    def describe(self) -> str:
        return f"post {self.index} ({self.external_ref}) findes allerede som sag {self.case_no}"


@dataclass
class ImportResult:
    created: list[CaseCreated] = field(default_factory=list)
    rejected: list[RejectedRecord] = field(default_factory=list)
    existing: list[ExistingCase] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


class ImportFileError(ServiceError):
    pass


def import_cases_file(
    uow: UnitOfWork,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> ImportResult:
    document = read_cases_document(Path(path))
    return import_cases(uow, document["cases"], progress=progress, today=today)


def read_cases_document(path: Path) -> dict:
    """The file parsed, its size and depth bounded first; ImportFileError (exit 2) if unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"Filen er for stor ({size // (1024 * 1024)} MB; højst "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB). Del den i flere filer."
            )
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ImportFileError(f"Filen kan ikke læses: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"Filen er ikke UTF-8 (byte {exc.start}); gem den som UTF-8 og prøv igen."
        ) from exc
    if nesting_depth(text) > MAX_DEPTH:
        raise ImportFileError(
            f"Filen er ikke gyldig JSON: den er indlejret for dybt (højst {MAX_DEPTH} niveauer)."
        )
    try:
        document = json.loads(
            text,
            parse_float=Decimal,
            parse_int=_json_int,
            parse_constant=Decimal,  # NaN, Infinity: refused by the field that holds them
        )
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"Filen er ikke gyldig JSON (linje {exc.lineno}): {exc.msg}") from exc
    except RecursionError as exc:
        raise ImportFileError("Filen er ikke gyldig JSON: den er indlejret for dybt.") from exc
    if not isinstance(document, dict) or not isinstance(document.get("cases"), list):
        raise ImportFileError('Filen skal være et JSON-objekt med listen "cases".')
    if len(document["cases"]) > MAX_RECORDS:
        raise ImportFileError(
            f"Filen har {len(document['cases'])} sager; højst {MAX_RECORDS} i én fil. "
            "Del den i flere filer."
        )
    return document


def _json_int(text: str) -> int | Decimal:
    """An int, or a Decimal for a number too long for int() (Python refuses > 4300 digits);
    the amount reader then calls it too large instead of the file failing to load."""
    return int(text) if len(text) <= 100 else Decimal(text)


def import_cases(
    uow: UnitOfWork,
    records: list,
    *,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> ImportResult:
    """Create every case or none. Each record is tried in a savepoint so every rejection is reported."""
    result = ImportResult()
    session = uow.session
    # asked once, before any savepoint: a refusal is one clear answer, not one per record
    actor = require_registration(session)
    if actor.is_scoped:  # a Klient user registers for their own client, whatever the file says
        own = {"no": session.scalar(select(Client.no).where(Client.id == actor.client_id))}
        records = [dict(r, client=own) if isinstance(r, dict) else r for r in records]
    setup = SetupSnapshot.load(session)
    today = today or date.today()
    for index, record in enumerate(records):
        external_ref = _shown_ref(record)
        problems = check_record(record)
        if problems:
            result.rejected.append(RejectedRecord(index, external_ref, problems))
            continue
        try:
            request = parse_case_record(record)
        except ValidationError as exc:
            result.rejected.append(RejectedRecord(index, external_ref, exc.problems))
            continue
        found = existing_case_no(session, request)
        if found is not None:
            result.existing.append(ExistingCase(index, request.external_ref, found))
            continue
        savepoint = session.begin_nested()
        try:
            result.created.append(
                create_case(session, request, user=uow.user, setup=setup, today=today)
            )
            savepoint.commit()
        except IntegrityError:
            # the same reference imported at the same moment by another seat: its case stands
            savepoint.rollback()
            found = existing_case_no(session, request)
            if found is None:
                raise
            result.existing.append(ExistingCase(index, request.external_ref, found))
        except ValidationError as exc:
            savepoint.rollback()
            result.rejected.append(RejectedRecord(index, external_ref, exc.problems))
        except ServiceError as exc:
            savepoint.rollback()
            result.rejected.append(RejectedRecord(index, external_ref, [Problem("", str(exc))]))
        if progress:
            progress(index + 1, len(records))
    if result.rejected:
        uow.rollback()
        result.created.clear()
    else:
        uow.commit()
    return result


def existing_case_no(session, request: NewCase) -> str | None:
    """The case no. the request's client already has for the request's external_ref, if any
    (the client named by no. or by CVR; a new client has no cases)."""
    if not request.external_ref:
        return None
    client = request.client
    if client.no:
        client_id = select(Client.id).where(Client.no == client.no)
    else:
        try:
            cvr = normalise_cvr(client.cvr) if client.cvr else None
        except IdentityError:
            return None
        if not cvr:
            return None
        client_id = select(Client.id).where(Client.cvr == cvr)
    return session.scalar(
        select(Case.no).where(
            Case.client_id == client_id.scalar_subquery(),
            Case.external_ref == request.external_ref,
        )
    )


def _shown_ref(record) -> str | None:
    """The record's external_ref for the report, only when it is a text that can be shown."""
    ref = record.get("external_ref") if isinstance(record, dict) else None
    if isinstance(ref, int) and not isinstance(ref, bool):
        ref = str(ref)
    if not isinstance(ref, str) or len(ref) > 60 or BAD_CHARACTERS.search(ref):
        return None
    return ref


class _Reader:
    """Reads typed fields from one record, collecting every problem instead of stopping."""

    def __init__(self):
        self.problems: list[Problem] = []

    def text(self, obj: dict, key: str, where: str, *, required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None or value == "":
            if required:
                self.problems.append(Problem(f"{where}.{key}", "Feltet skal udfyldes."))
            return None
        if not isinstance(value, str | int) or isinstance(value, bool):
            self.problems.append(Problem(f"{where}.{key}", "Feltet skal være tekst."))
            return None
        return str(value)

    def amount(
        self,
        obj: dict,
        key: str,
        where: str,
        *,
        required: bool = False,
        positive: bool = True,
        percent: bool = False,
    ) -> Decimal | None:
        """An amount (or percentage) by the one rule of workflows.amounts, the field named."""
        value = obj.get(key)
        if value is None:
            if required:
                self.problems.append(Problem(f"{where}.{key}", "Beløbet skal udfyldes."))
            return None
        label = _LABELS.get(key, key)
        try:
            amount = read_percent(value, label) if percent else read_amount(value, label)
        except AmountError as exc:
            self.problems.append(Problem(f"{where}.{key}", str(exc)))
            return None
        if positive and amount <= 0:
            self.problems.append(
                Problem(f"{where}.{key}", f"{label}: beløbet skal være større end 0.")
            )
            return None
        return amount

    def date(self, obj: dict, key: str, where: str, *, required: bool = False) -> date | None:
        value = obj.get(key)
        if value is None or value == "":
            if required:
                self.problems.append(Problem(f"{where}.{key}", "Datoen skal udfyldes."))
            return None
        try:
            return (
                date.fromisoformat(value)
                if isinstance(value, str) and len(value) == 10
                else _bad_date()
            )
        except ValueError:
            self.problems.append(
                Problem(f"{where}.{key}", f"{value!r} er ikke en gyldig dato (ÅÅÅÅ-MM-DD).")
            )
            return None

    def list_of(self, obj: dict, key: str, where: str) -> list:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.problems.append(Problem(f"{where}.{key}", "Feltet skal være en liste."))
            return []
        return value


def _bad_date():
    raise ValueError("not an ISO date")


def parse_case_record(record) -> NewCase:
    if not isinstance(record, dict):
        raise ValidationError(Problem("", "Posten skal være et JSON-objekt."))
    r = _Reader()
    client_raw = record.get("client") if isinstance(record.get("client"), dict) else {}
    if not client_raw:
        r.problems.append(Problem("client", "Klienten skal angives (no eller name)."))
    client = ClientInput(
        no=r.text(client_raw, "no", "client"),
        name=r.text(client_raw, "name", "client"),
        cvr=r.text(client_raw, "cvr", "client"),
        vat_registered=client_raw.get("vat_registered"),
    )
    debtors = []
    for i, raw in enumerate(r.list_of(record, "debtors", "")):
        where = f"debtors[{i}]"
        if not isinstance(raw, dict):
            r.problems.append(Problem(where, "Debitoren skal være et JSON-objekt."))
            continue
        debtors.append(
            PartyInput(
                no=r.text(raw, "no", where),
                name=r.text(raw, "name", where),
                kind=raw.get("kind", "person"),
                cpr=r.text(raw, "cpr", where),
                cvr=r.text(raw, "cvr", where),
                personnummer=r.text(raw, "personnummer", where),
                orgnr=r.text(raw, "orgnr", where),
                address=r.text(raw, "address", where),
                postcode=r.text(raw, "postcode", where),
                city=r.text(raw, "city", where),
                country=r.text(raw, "country", where) or "DK",
                email=r.text(raw, "email", where),
                phone=r.text(raw, "phone", where),
                customer_no=r.text(raw, "customer_no", where),
            )
        )
    claims = [
        _parse_claim(r, raw, f"claims[{i}]", len(debtors))
        for i, raw in enumerate(r.list_of(record, "claims", ""))
    ]
    payments = []
    for i, raw in enumerate(r.list_of(record, "payments", "")):
        where = f"payments[{i}]"
        raw = raw if isinstance(raw, dict) else {}
        when, amount = (
            r.date(raw, "date", where, required=True),
            r.amount(raw, "amount", where, required=True),
        )
        if when and amount:
            payments.append(PaymentInput(when, amount, r.text(raw, "reference", where)))
    request = NewCase(
        client=client,
        debtors=debtors,
        claims=[c for c in claims if c is not None],
        case_type=r.text(record, "case_type", ""),
        regarding=r.text(record, "regarding", ""),
        department=r.text(record, "department", ""),
        currency=r.text(record, "currency", ""),
        external_ref=r.text(record, "external_ref", ""),
        payments=payments,
    )
    if r.problems:
        raise ValidationError(r.problems)
    return request


def _parse_claim(r: _Reader, raw, where: str, debtor_count: int) -> ClaimInput | None:
    if not isinstance(raw, dict):
        r.problems.append(Problem(where, "Fordringen skal være et JSON-objekt."))
        return None
    share = r.amount(raw, "liability_share_pct", where, percent=True)
    indexes = raw.get("debtors")
    debtors = None
    if indexes is not None:
        if not isinstance(indexes, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) for i in indexes
        ):
            r.problems.append(Problem(f"{where}.debtors", "Skal være en liste af debitornumre."))
        else:
            for i in indexes:
                if not 0 <= i < debtor_count:
                    r.problems.append(
                        Problem(f"{where}.debtors", f"Debitor nr. {i} findes ikke i posten.")
                    )
            debtors = [
                ClaimDebtorInput(i, in_solidum=share is None, share_pct=share) for i in indexes
            ]
    return ClaimInput(
        description=r.text(raw, "description", where, required=True) or "",
        invoice_no=r.text(raw, "invoice_no", where),
        ocr=r.text(raw, "ocr", where),
        customer_no=r.text(raw, "customer_no", where),
        invoice_date=r.date(raw, "invoice_date", where, required=True) or date.min,
        due_date=r.date(raw, "due_date", where),
        principal=r.amount(raw, "principal", where, required=True) or Decimal(0),
        interest_code=r.text(raw, "interest_code", where),
        interest_rate_pct=r.amount(raw, "interest_rate_pct", where, positive=False, percent=True),
        interest_from=r.date(raw, "interest_from", where),
        debtors=debtors,
    )
