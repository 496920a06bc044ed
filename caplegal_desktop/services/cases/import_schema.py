"""The case-import file's shape, checked before any business rule (docs/case-import.md).

A JSON Schema (jsonschema) holds the types, the strict booleans, the ISO dates, the lists' and the
texts' limits; each text's limit is its database column's length, read from the model, so a name
PostgreSQL would refuse is refused here on SQLite too. Before the JSON is even parsed the file's
size and nesting depth are bounded, so a 100,000-level file or a 2 GB file never reaches json.loads.
Every problem is a Danish message naming the field by its JSON path (``claims[0].principal``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from caplegal_desktop.errors import Problem
from models import Case, Claim, Client, ClientDepartment, LedgerEntry, Party

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A client's file of 10,000 cases with a few claims each is about 15 MB."""
MAX_DEPTH = 8
"""The deepest place a valid file has is 5 (``cases[0].claims[0].debtors[0]``)."""
MAX_RECORDS = 10_000
MAX_DEBTORS = 20
MAX_CLAIMS = 500
MAX_PAYMENTS = 500
MAX_AMOUNT_TEXT = 40
"""An amount's text; the amount reader (workflows/amounts.py) bounds its value."""

# NUL and the other C0 control characters but tab, newline and carriage return, and lone
# surrogates (a JSON "\ud800" without its pair): neither database stores them as text.
BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_CLEAN = "^[^\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]*$"
_ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


MAX_ID_TEXT = 20
"""A CPR/CVR/personnummer/orgnr as written (``19811218-9876``); stored normalised, checked later."""


def _length(column) -> int:
    length = column if isinstance(column, int) else column.type.length
    return length if length is not None else 200


def _text(column, *, numbers: bool = False) -> dict:
    """A text as long as its column; `numbers`: a JSON integer is taken too (a CVR as 13585628)."""
    n = _length(column)
    text = {"type": "string", "maxLength": n, "pattern": _CLEAN}
    if not numbers:
        return text
    return {"anyOf": [text, {"type": "integer", "minimum": 0, "maximum": 10**n - 1}]}


_AMOUNT = {
    "anyOf": [
        {"type": "string", "maxLength": MAX_AMOUNT_TEXT, "pattern": _CLEAN},
        {"type": "number"},
    ]
}
_DATE = {"type": "string", "maxLength": 10, "pattern": _ISO_DATE}
_NULLABLE_DATE = {"anyOf": [_DATE, {"type": "null"}, {"const": ""}]}


def _optional(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def _schema() -> dict:
    p, c, k, cl = Party.__table__.c, Client.__table__.c, Case.__table__.c, Claim.__table__.c
    client = {
        "type": "object",
        "properties": {
            "no": _optional(_text(c.no, numbers=True)),
            "name": _optional(_text(c.name)),
            "cvr": _optional(_text(MAX_ID_TEXT, numbers=True)),
            "vat_registered": {"type": ["boolean", "null"]},
        },
    }
    debtor = {
        "type": "object",
        "properties": {
            "no": _optional(_text(p.no, numbers=True)),
            "name": _optional(_text(p.name)),
            "kind": {"enum": ["person", "business"]},
            "cpr": _optional(_text(MAX_ID_TEXT, numbers=True)),
            "cvr": _optional(_text(MAX_ID_TEXT, numbers=True)),
            "personnummer": _optional(_text(MAX_ID_TEXT, numbers=True)),
            "orgnr": _optional(_text(MAX_ID_TEXT, numbers=True)),
            "address": _optional(_text(p.address)),
            "postcode": _optional(_text(p.postcode, numbers=True)),
            "city": _optional(_text(p.city)),
            "country": _optional(_text(p.country)),
            "email": _optional(_text(p.email)),
            "phone": _optional(_text(p.phone, numbers=True)),
            "customer_no": _optional(_text(p.customer_no, numbers=True)),
        },
    }
    claim = {
        "type": "object",
        "properties": {
            "description": _optional(_text(cl.description)),
            "invoice_no": _optional(_text(cl.invoice_no, numbers=True)),
            "ocr": _optional(_text(cl.ocr, numbers=True)),
            "customer_no": _optional(_text(cl.customer_no, numbers=True)),
            "invoice_date": _NULLABLE_DATE,
            "due_date": _NULLABLE_DATE,
            "interest_from": _NULLABLE_DATE,
            "principal": _optional(_AMOUNT),
            "interest_code": _optional(_text(cl.interest_code)),
            "interest_rate_pct": _optional(_AMOUNT),
            "liability_share_pct": _optional(_AMOUNT),
            "debtors": _optional(
                {
                    "type": "array",
                    "maxItems": MAX_DEBTORS,
                    "items": {"type": "integer", "minimum": 0, "maximum": MAX_DEBTORS},
                }
            ),
        },
    }
    payment = {
        "type": "object",
        "properties": {
            "date": _NULLABLE_DATE,
            "amount": _optional(_AMOUNT),
            "reference": _optional(_text(LedgerEntry.__table__.c.external_ref, numbers=True)),
        },
    }
    return {
        "type": "object",
        "properties": {
            "external_ref": _optional(_text(k.external_ref, numbers=True)),
            "client": client,
            "case_type": _optional(_text(k.case_type_code)),
            "regarding": _optional(_text(k.regarding)),
            "department": _optional(_text(ClientDepartment.__table__.c.code)),
            "currency": _optional(_text(k.currency)),
            "debtors": {"type": "array", "maxItems": MAX_DEBTORS, "items": debtor},
            "claims": {"type": "array", "maxItems": MAX_CLAIMS, "items": claim},
            "payments": {"type": "array", "maxItems": MAX_PAYMENTS, "items": payment},
        },
    }


_validator: Draft202012Validator | None = None


def _record_validator() -> Draft202012Validator:
    global _validator
    if _validator is None:
        _validator = Draft202012Validator(_schema())
    return _validator


def check_record(record: object) -> list[Problem]:
    """Every schema problem of one case record, Danish and field-named; [] when it fits."""
    errors = sorted(_record_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    problems, seen = [], set()
    for error in errors:
        problem = Problem(_path(error.absolute_path), _message(error))
        if problem not in seen:
            seen.add(problem)
            problems.append(problem)
    return problems


def nesting_depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings, found without parsing (no recursion)."""
    outside = re.sub(r'"(?:[^"\\]|\\.)*"', "", text)
    depth = deepest = 0
    for match in re.finditer(r"[\[\]{}]", outside):
        if match.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        else:
            depth -= 1
    return deepest


def _path(parts: Iterable) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_TYPE_WORDS = {
    "string": "tekst",
    "integer": "et heltal",
    "number": "et tal",
    "boolean": "true eller false",
    "array": "en liste",
    "object": "et JSON-objekt",
    "null": "tom",
}


def _message(error: SchemaError) -> str:
    # anyOf: say what the most telling branch said (a too-long text, not "is not an integer")
    if error.validator == "anyOf" and error.context:
        telling = [e for e in error.context if e.validator not in ("type", "const")]
        if telling:
            return _message(telling[0])
        return _type_message(error.validator_value, error.instance)
    if error.validator == "type":
        return _type_message([{"type": error.validator_value}], error.instance)
    if error.validator == "maxLength":
        return f"Feltet er for langt (højst {error.validator_value} tegn)."
    if error.validator == "maxItems":
        return f"Listen er for lang (højst {error.validator_value})."
    if error.validator == "maximum" or error.validator == "minimum":
        return "Tallet er uden for det tilladte område."
    if error.validator == "enum":
        return "Skal være en af: " + ", ".join(str(v) for v in error.validator_value) + "."
    if error.validator == "pattern" and error.validator_value == _ISO_DATE:
        return "Datoen skal skrives ÅÅÅÅ-MM-DD (fx 2026-05-02)."
    if error.validator == "pattern":
        return "Feltet indeholder tegn, der ikke kan gemmes (NUL, kontroltegn eller enlige surrogater)."
    return "Feltet har en ugyldig værdi."


def _type_message(branches, instance) -> str:
    kinds: list[str] = []
    for branch in branches:
        kind = branch.get("type") if isinstance(branch, dict) else None
        if kind is None and isinstance(branch, dict) and "anyOf" in branch:
            kind = [b.get("type") for b in branch["anyOf"]]
        for k in kind if isinstance(kind, list) else [kind]:
            if k and k != "null" and _TYPE_WORDS[k] not in kinds:
                kinds.append(_TYPE_WORDS[k])
    if not kinds:
        return "Feltet har en ugyldig værdi."
    if kinds == ["tekst", "et heltal"] or kinds == ["tekst", "et tal"]:
        return "Feltet skal være tekst eller " + kinds[1] + "."
    if len(kinds) == 1:
        return f"Feltet skal være {kinds[0]}."
    return "Feltet skal være " + " eller ".join(kinds) + "."
