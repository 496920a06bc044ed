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
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.config import data_dir
from caplegal_desktop.errors import NotFound, Problem, ValidationError
from caplegal_desktop.services.follow_ups.letter_facts import (
    LetterStep,
    handler_of,
    letter_step,
    payment_deadline,
    specification,
)
from caplegal_desktop.services.fundaments import merge_court_no, merge_hearing_at
from caplegal_desktop.services.shared import history
from caplegal_desktop.services.shared.payment_ids import payment_id_for
from caplegal_desktop.services.statements import InterestSetup, case_statement
from models import (
    Case,
    CaseParty,
    Claim,
    Client,
    CompanySetup,
    OptionalFieldDef,
    OptionalFieldValue,
    Party,
    PaymentPlan,
)
from workflows.bankfiles import format_fik_code_line
from workflows.bundle import templates_dir
from workflows.mailmerge import MergeTemplate, TemplateError, field_catalogue
from workflows.private_files import private_folder

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


def _ocr_line(payment_id: str, creditor_no: str | None) -> str:
    """The FI-card code line when the firm has a creditor no., else the payment id alone."""
    if not creditor_no:
        return payment_id
    try:
        return format_fik_code_line("71", payment_id, creditor_no)
    except ValueError:
        return payment_id


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
    template: str | Path | None = None,
    step: LetterStep | None = None,
    extra: Mapping[str, object] | None = None,
    interest_setup: InterestSetup | None = None,
    company: CompanySetup | None = None,
    user: str | None = None,
) -> dict[str, object]:
    """The merge record of a letter on the case dated ``as_of`` — the one function behind a
    mass run, the case card and `caplegal letters merge`, so a letter says the same whoever
    merges it. ``step``: the activity step being executed (a run); without it the step is
    found from ``template`` as a run would (letter_step). ``user``: who merges (the handler
    when the case names none). ``extra`` overrides fields."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Sagen (id {case_id}) findes ikke.")
    company = company or session.scalars(select(CompanySetup)).one()
    if step is None:
        step = letter_step(session, case_id=case_id, template=template) if template else None
    step = step or LetterStep()
    client = session.get(Client, case.client_id)
    debtor = _debtor(session, case_id, debtor_party_id)
    handler_name, handler_initials = handler_of(session, case, client, user)
    payment_id = case.payment_id or payment_id_for(case.no, case.id)
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
        "Rykker_Nr": step.letter_no,
        "Sagsbehandler_Navn": handler_name,
        "Sagsbehandler_Initialer": handler_initials,
        "Rettens_Nr": merge_court_no(session, case_id=case_id, debtor_party_id=debtor.id),
        "Berammelsesdato": merge_hearing_at(session, case_id=case_id, debtor_party_id=debtor.id),
        "Klient_Navn": client.name,
        "Klient_Adresse": client.address or "",
        "Klient_Postnr_By": _town(client.postcode, client.city),
        "Klient_CVR": client.cvr or "",
        "Klient_Konto": _account_text(client.settlement_iban or company.iban),
        "Firma_Konto": _account_text(company.iban),
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
        "Betalingsfrist": payment_deadline(as_of, step, company),
        "Betalings_Id": payment_id,
        "OCR_Linje": _ocr_line(payment_id, company.fi_creditor_no),
        "Afdrag_Beloeb": None,
        "Afdrag_Foerste_Dato": None,
        "Afdrag_Antal": None,
        field_catalogue.CLAIMS_GROUP: rows,
        field_catalogue.SPEC_GROUP: specification(totals),
    }
    plan = _plan_fields(session, case_id)
    record.update(plan)
    if plan and template and PLAN_FIELDS & set(compiled_template(template).fields):
        # a letter about the plan asks for the first instalment, not the whole balance
        record["Betalingsfrist"] = plan["Afdrag_Foerste_Dato"]
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
    return private_folder(data_dir() / "letters" / case_no.replace("/", "-"))


def merge_case_letter(
    session: Session,
    *,
    template: str | Path,
    case_id: int,
    out: Path,
    as_of: date,
    extra: Mapping[str, object] | None = None,
    user: str | None = None,
) -> Path:
    """Merge one template for one case to ``out`` (the CLI and the case card's Print letter)."""
    record = case_record(
        session, case_id=case_id, as_of=as_of, template=template, extra=extra, user=user
    )
    compiled = compiled_template(template)
    if PLAN_FIELDS & set(compiled.fields) and record.get("Afdrag_Beloeb") is None:
        raise ValidationError(
            Problem("skabelon", "Sagen har ingen aktiv betalingsplan at skrive om i brevet.")
        )
    return compiled.save(record, out)


PLAN_FIELDS = frozenset(field_catalogue.PAYMENT_PLAN_FIELDS)


@dataclass(frozen=True)
class LetterPrinted:
    """What printing a letter from the case card changed: a file and a history line."""

    case_id: int
    path: Path


def print_case_letter(
    session: Session, *, case_id: int, template: str | Path, out: Path, as_of: date, user: str
) -> LetterPrinted:
    """The case card's Print letter: the same merge as a run and the CLI, kept in the history."""
    path = merge_case_letter(
        session, template=template, case_id=case_id, out=out, as_of=as_of, user=user
    )
    history.record(
        session,
        case_id=case_id,
        user=user,
        kind="letter",
        action=f"Brev dannet: {Path(template).stem}",
        document_path=str(path),
    )
    session.flush()
    return LetterPrinted(case_id, path)


def template_names() -> list[str]:
    """The letters a user can print: the firm's own templates first, then ours, by file name."""
    names: dict[str, None] = {}
    for folder in template_dirs():
        if folder.is_dir():
            names.update((p.name, None) for p in sorted(folder.glob("*.docx")))
    return list(names)


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
