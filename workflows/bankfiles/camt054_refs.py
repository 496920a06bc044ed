"""Which reference a camt.054 transaction carries, and of what kind.

Order of preference: a structured creditor reference (RmtInf/Strd/CdtrRefInf/Ref) — a Danish FI
payment id when its type (Tp/CdOrPrtry/Prtry or Tp/Issr) names card type 71/73/75, an ISO 11649
RF reference, or another numeric reference judged by its Luhn check digit — then the
unstructured text (Ustrd), then the payer's EndToEndId.
"""

from __future__ import annotations

import re

from workflows.bankfiles.model import ReferenceKind
from workflows.bankfiles.references import (
    fik_kind,
    is_creditor_reference,
    is_valid_ocr,
    validate_fik_reference,
)

_CARD_TYPE = re.compile(r"(?<!\d)(71|73|75)(?!\d)")
_NOT_PROVIDED = {"", "NOTPROVIDED"}


def _card_type(*markers: str) -> ReferenceKind | None:
    for marker in markers:
        found = _CARD_TYPE.search(marker)
        if found:
            return fik_kind(found.group(1))
    return None


def classify_reference(r, el) -> tuple[str, ReferenceKind, bool, str]:
    """(reference, kind, valid, text) for a TxDtls (or an entry without details)."""
    remittance = r.find(el, "RmtInf")
    if remittance is None:
        return _without_remittance(r, el)
    ustrd = [(u.text or "").strip() for u in remittance.iterchildren(r.q("Ustrd"))]
    text = " ".join(u for u in ustrd if u)
    for info in remittance.iterfind(r.q("Strd/CdtrRefInf")):
        ref = r.text(info, "Ref")
        card = _card_type(r.text(info, "Tp/CdOrPrtry/Prtry"), r.text(info, "Tp/Issr"))
        if card == ReferenceKind.FIK73:
            return text, card, bool(text), text
        if card is not None:
            digits = ref.replace(" ", "")
            return digits, card, validate_fik_reference(card, digits), text
        if not ref:
            continue
        compact = ref.replace(" ", "")
        if compact[:2].upper() == "RF":
            return compact.upper(), ReferenceKind.CREDITOR_REF, is_creditor_reference(compact), text
        if compact.isdigit():
            return compact, ReferenceKind.OCR, is_valid_ocr(compact), text
        return ref, ReferenceKind.TEXT, True, text
    if text:
        return text, ReferenceKind.TEXT, True, text
    return _without_remittance(r, el)


def _without_remittance(r, el) -> tuple[str, ReferenceKind, bool, str]:
    end_to_end = r.text(el, "Refs/EndToEndId")
    if end_to_end.upper() not in _NOT_PROVIDED:
        return end_to_end, ReferenceKind.E2E, True, ""
    return "", ReferenceKind.TEXT, False, ""
