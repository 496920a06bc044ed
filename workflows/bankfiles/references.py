"""Payment references: Danish FI-card payment ids, Swedish OCR numbers, RF creditor references.

The FI-card (+71 / +75) payment id ends in a modulus-10 (Luhn) check digit over the digits before
it; +71 ids are 15 digits, +75 ids 16 digits; +73 cards carry no id at all.
"""

from __future__ import annotations

import re

from stdnum import iso11649, luhn

from workflows.bankfiles.model import ReferenceKind

FIK_ID_LENGTH = {ReferenceKind.FIK71: 15, ReferenceKind.FIK75: 16}
_KIND_ALIASES = {
    "71": ReferenceKind.FIK71,
    "73": ReferenceKind.FIK73,
    "75": ReferenceKind.FIK75,
    "fik71": ReferenceKind.FIK71,
    "fik73": ReferenceKind.FIK73,
    "fik75": ReferenceKind.FIK75,
}
_CODE_LINE = re.compile(r"^\+(71|73|75)<(\d*)\+(\d{8})<$")


def fik_kind(kind: str | ReferenceKind) -> ReferenceKind:
    """'71', '+71', 'fik71' or ReferenceKind.FIK71 -> ReferenceKind.FIK71 (same for 73/75)."""
    key = str(kind).strip().lower().lstrip("+")
    try:
        return _KIND_ALIASES[key]
    except KeyError:
        raise ValueError(f"ukendt kortart for indbetalingskort: {kind!r}") from None


def make_fik_reference(kind: str | ReferenceKind, case_no: str) -> str:
    """A +71 (15 digits) or +75 (16 digits) payment id: the case number's digits, zero-padded,
    and a Luhn check digit. Separators in the case number ('2026-00123') are dropped."""
    card = fik_kind(kind)
    if card not in FIK_ID_LENGTH:
        raise ValueError("kortart +73 har intet betalings-id")
    digits = re.sub(r"[\s./-]", "", case_no)
    body_length = FIK_ID_LENGTH[card] - 1
    if not digits.isdigit() or not digits.isascii():
        raise ValueError(f"sagsnummeret {case_no!r} kan ikke bruges: kun cifre (og - . /)")
    if len(digits) > body_length:
        raise ValueError(f"sagsnummeret {case_no!r} har flere end {body_length} cifre")
    body = digits.zfill(body_length)
    return body + luhn.calc_check_digit(body)


def make_fik71_reference(case_no: str) -> str:
    return make_fik_reference(ReferenceKind.FIK71, case_no)


def make_fik75_reference(case_no: str) -> str:
    return make_fik_reference(ReferenceKind.FIK75, case_no)


def validate_fik_reference(kind: str | ReferenceKind, ref: str) -> bool:
    """True when ref is a well-formed payment id for the card kind (+73: must be empty)."""
    card = fik_kind(kind)
    if card == ReferenceKind.FIK73:
        return ref == ""
    return (
        len(ref) == FIK_ID_LENGTH[card] and ref.isascii() and ref.isdigit() and luhn.is_valid(ref)
    )


def format_fik_code_line(kind: str | ReferenceKind, payment_id: str, creditor_no: str) -> str:
    """The code line printed on the card, e.g. '+71<000000001234567+81234567<'."""
    card = fik_kind(kind)
    if not validate_fik_reference(card, payment_id):
        raise ValueError(f"ugyldigt betalings-id {payment_id!r} for kortart +{card.value[3:]}")
    if not (len(creditor_no) == 8 and creditor_no.isascii() and creditor_no.isdigit()):
        raise ValueError(f"kreditornummeret {creditor_no!r} skal være 8 cifre")
    return f"+{card.value[3:]}<{payment_id}+{creditor_no}<"


def parse_fik_code_line(line: str) -> tuple[ReferenceKind, str, str]:
    """'+71<000000001234567+81234567<' -> (FIK71, '000000001234567', '81234567').

    Raises ValueError (Danish) when the line is not a code line. The check digit is not judged
    here: a wrong one makes the payment unmatchable, not the line unreadable."""
    found = _CODE_LINE.match(line.strip())
    if not found:
        raise ValueError(f"kodelinjen {line!r} har ikke formen +71<betalings-id+kreditornr<")
    card = _KIND_ALIASES[found.group(1)]
    payment_id = found.group(2)
    expected = FIK_ID_LENGTH.get(card, 0)
    if len(payment_id) != expected:
        if card == ReferenceKind.FIK73:
            raise ValueError("kortart +73 må ikke have betalings-id")
        raise ValueError(
            f"betalings-id for kortart +{found.group(1)} skal være {expected} cifre, "
            f"ikke {len(payment_id)}"
        )
    return card, payment_id, found.group(3)


def is_valid_ocr(ref: str) -> bool:
    """A numeric reference whose last digit is its Luhn check digit (Swedish OCR, Danish FI)."""
    return 2 <= len(ref) <= 25 and ref.isascii() and ref.isdigit() and luhn.is_valid(ref)


def is_creditor_reference(ref: str) -> bool:
    """An ISO 11649 'RF' creditor reference with valid check digits."""
    return ref[:2].upper() == "RF" and iso11649.is_valid(ref)
