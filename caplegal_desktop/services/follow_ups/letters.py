"""Letters from a case: the merge record (every field of the catalogue) and merging a template.

The record is built from the case, its client, first (or chosen) debtor, the firm's setup, the
statement as of the letter date, the claims (the repeating ``Fordringer`` rows) and the case's
optional fields by name. Templates are compiled once per file and reused (mass runs).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.config import data_dir
from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.fundaments import merge_court_no, merge_hearing_at
from caplegal_desktop.services.statements import InterestSetup, case_statement
from models import (
    Case,
    CaseParty,
    Claim,
    Client,
    CompanySetup,
    Employee,
    OptionalFieldDef,
    OptionalFieldValue,
    Party,
    PaymentPlan,
)
from workflows.bankfiles import format_fik_code_line, make_fik71_reference
from workflows.bundle import templates_dir
from workflows.mailmerge import MergeTemplate, TemplateError, field_catalogue

BUILT_IN_TEMPLATES = templates_dir("letters")


def template_dirs() -> list[Path]:
    """Where template file names are looked up: the firm's own folder first, then ours."""
    return [data_dir() / "templates", BUILT_IN_TEMPLATES]


def resolve_template(name: str | Path) -> Path:
    path = Path(name)
    if path.is_absolute() or path.exists():
        if not path.exists():
            raise NotFound(f"Brevskabelonen {path} findes ikke.")
        return path
    for folder in template_dirs():
        if (folder / path).exists():
            return folder / path
    raise NotFound(f"Brevskabelonen {name} findes ikke.")


def compiled_template(name: str | Path) -> MergeTemplate:
    """The template compiled once per file version (a mass run merges thousands of letters)."""
    path = resolve_template(name)
    return _compile(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _compile(path: str, _mtime_ns: int) -> MergeTemplate:
    try:
        return MergeTemplate.load(path)
    except TemplateError as exc:  # too big, not a zip, entities, unsafe member names
        raise ValidationError(Problem("skabelon", f"{Path(path).name}: {exc}")) from exc


@dataclass(frozen=True)
class TemplateField:
    name: str
    description: str


def template_fields(template: str | Path) -> list[TemplateField]:
    """A template's merge fields with their Danish descriptions (the field-list dialog)."""
    return [
        TemplateField(name, field_catalogue.describe(name))
        for name in compiled_template(template).fields
    ]


def _lines(*parts: str | None) -> str:
    return ", ".join(p for p in parts if p)


def _town(postcode: str | None, city: str | None) -> str:
    return f"{postcode or ''} {city or ''}".strip()


def _account_text(iban: str | None) -> str:
    if not iban:
        return ""
    if iban.startswith("DK") and len(iban) == 18:
        return f"Reg.nr. {iban[4:8]} kontonr. {iban[8:]}"
    return iban


def _ocr_line(case_no: str, creditor_no: str | None) -> str:
    if not creditor_no:
        return ""
    try:
        return format_fik_code_line("71", make_fik71_reference(case_no), creditor_no)
    except ValueError:
        return ""


def _optional_value(value: str | None, value_type: str) -> object:
    if value in (None, ""):
        return None
    if value_type == "date":
        text = value.strip()
        try:
            return (
                datetime.fromisoformat(text)
                if "T" in text or " " in text
                else date.fromisoformat(text)
            )
        except ValueError:
            return value
    if value_type == "amount":
        try:
            return Decimal(value.replace(".", "").replace(",", ".") if "," in value else value)
        except ArithmeticError:
            return value
    return value


def case_record(
    session: Session,
    *,
    case_id: int,
    as_of: date,
    debtor_party_id: int | None = None,
    payment_days: int | None = None,
    extra: Mapping[str, object] | None = None,
    interest_setup: InterestSetup | None = None,
    company: CompanySetup | None = None,
) -> dict[str, object]:
    """The merge record of a letter on the case dated ``as_of``; ``extra`` overrides fields."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Sagen (id {case_id}) findes ikke.")
    company = company or session.scalars(select(CompanySetup)).one()
    client = session.get(Client, case.client_id)
    debtor = _debtor(session, case_id, debtor_party_id)
    handler_id = case.handler_employee_id or case.responsible_employee_id
    handler = session.get(Employee, handler_id) if handler_id else None
    statement = case_statement(
        session, case_id=case_id, as_of=as_of, debtor_party_id=None, setup=interest_setup
    )
    totals = statement.totals
    claims = {c.id: c for c in session.scalars(select(Claim).where(Claim.case_id == case_id))}
    rows = []
    for item in statement.claims:
        claim = claims.get(item.claim_id)
        rows.append(
            {
                "Fordring_Nr": item.claim_no,
                "Fordring_Beskrivelse": item.description,
                "Fordring_Fakturanr": claim.invoice_no if claim else None,
                "Fordring_Dato": claim.invoice_date if claim else None,
                "Fordring_Forfald": claim.due_date if claim else None,
                "Fordring_Hovedstol": item.figures.principal,
                "Fordring_Renter": item.figures.interest,
                "Fordring_Saldo": item.figures.balance,
            }
        )
    record: dict[str, object] = {
        "Firma_Navn": company.company_name,
        "Firma_Adresse": company.address or "",
        "Firma_Postnr_By": _town(company.postcode, company.city),
        "Firma_Telefon": company.phone or "",
        "Firma_Email": company.email or "",
        "Firma_CVR": company.cvr or "",
        "Sag_Nr": case.no,
        "Sag_Vedr": case.regarding or "",
        "Dato": as_of,
        "Rykker_Nr": None,
        "Sagsbehandler_Navn": handler.name if handler else "",
        "Sagsbehandler_Initialer": handler.initials if handler else "",
        "Rettens_Nr": merge_court_no(session, case_id=case_id, debtor_party_id=debtor.id),
        "Berammelsesdato": merge_hearing_at(session, case_id=case_id, debtor_party_id=debtor.id),
        "Klient_Navn": client.name,
        "Klient_Adresse": client.address or "",
        "Klient_Postnr_By": _town(client.postcode, client.city),
        "Klient_CVR": client.cvr or "",
        "Klient_Konto": _account_text(client.settlement_iban or company.iban),
        "Debitor_Navn": _lines(debtor.name, debtor.name2),
        "Debitor_Adresse": "\n".join(
            p for p in (debtor.co and f"c/o {debtor.co}", debtor.address, debtor.address2) if p
        ),
        "Debitor_Postnr_By": _town(debtor.postcode, debtor.city),
        "Debitor_Nr": debtor.customer_no
        or next((c.customer_no for c in claims.values() if c.customer_no), debtor.no),
        "Hovedstol": totals.principal,
        "Renter_I_Alt": totals.interest,
        "Gebyrer_I_Alt": totals.fees,
        "Salaer_I_Alt": totals.salary,
        "Moms_I_Alt": totals.vat,
        "Omkostninger_I_Alt": totals.costs,
        "Betalt_I_Alt": totals.paid,
        "Saldo": totals.balance,
        # never a wrong figure in silence: missing or unconfirmed rates and amounts behind it
        "Advarsler": " ".join(w.message for w in statement.warnings or ()),
        "Betalingsfrist": as_of + timedelta(days=payment_days) if payment_days else None,
        "OCR_Linje": _ocr_line(case.no, company.fi_creditor_no),
        "Afdrag_Beloeb": None,
        "Afdrag_Foerste_Dato": None,
        "Afdrag_Antal": None,
        field_catalogue.CLAIMS_GROUP: rows,
    }
    record.update(_plan_fields(session, case_id))
    record.update(_optional_fields(session, case_id))
    record.update(extra or {})
    return record


def _debtor(session: Session, case_id: int, debtor_party_id: int | None) -> Party:
    if debtor_party_id is None:
        debtor_party_id = session.scalar(
            select(CaseParty.party_id)
            .where(
                CaseParty.case_id == case_id,
                CaseParty.party_type == "DEBITOR",
                CaseParty.removed.is_(False),
            )
            .order_by(CaseParty.id)
            .limit(1)
        )
    party = session.get(Party, debtor_party_id) if debtor_party_id else None
    if party is None:
        raise NotFound("Sagen har ingen debitor at skrive til.")
    return party


def _plan_fields(session: Session, case_id: int) -> dict[str, object]:
    plan = session.scalar(
        select(PaymentPlan)
        .where(PaymentPlan.case_id == case_id, PaymentPlan.status == "active")
        .order_by(PaymentPlan.id.desc())
        .limit(1)
    )
    if plan is None:
        return {}
    return {
        "Afdrag_Beloeb": plan.instalment,
        "Afdrag_Foerste_Dato": plan.first_date,
        "Afdrag_Antal": plan.periods,
    }


def _optional_fields(session: Session, case_id: int) -> dict[str, object]:
    rows = session.execute(
        select(OptionalFieldValue.field_code, OptionalFieldValue.value, OptionalFieldDef.value_type)
        .join(OptionalFieldDef, OptionalFieldDef.code == OptionalFieldValue.field_code)
        .where(OptionalFieldValue.case_id == case_id)
    )
    return {code: _optional_value(value, kind) for code, value, kind in rows}


def letters_dir(case_no: str) -> Path:
    folder = data_dir() / "letters" / case_no.replace("/", "-")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def merge_case_letter(
    session: Session,
    *,
    template: str | Path,
    case_id: int,
    out: Path,
    as_of: date,
    extra: Mapping[str, object] | None = None,
) -> Path:
    """Merge one template for one case to ``out`` (the CLI and the case card's Print letter)."""
    record = case_record(session, case_id=case_id, as_of=as_of, extra=extra)
    return compiled_template(template).save(record, out)


# A record is stored with the run so its letters can be printed again exactly as sent.
def record_to_json(record: Mapping[str, object]) -> str:
    return json.dumps(record, default=_encode, ensure_ascii=False)


def record_from_json(text: str) -> dict[str, object]:
    return json.loads(text, object_hook=_decode)


def _encode(value):
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode()}
    raise TypeError(f"cannot store {type(value).__name__} in a merge record")


def _decode(obj: dict):
    if len(obj) == 1:
        ((key, value),) = obj.items()
        if key == "$dec":
            return Decimal(value)
        if key == "$dt":
            return datetime.fromisoformat(value)
        if key == "$date":
            return date.fromisoformat(value)
        if key == "$b64":
            return base64.b64decode(value)
    return obj
