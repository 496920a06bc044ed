"""Bank payment files: parse camt.054, Danish FI-card lists and Swedish BgMax into one result type.

Pure: no database, no Qt. A malformed file is refused whole with PaymentFileError.
"""

from workflows.bankfiles.bgmax import parse_bgmax
from workflows.bankfiles.camt054 import parse_camt054
from workflows.bankfiles.detect import detect_and_parse, detect_format
from workflows.bankfiles.fi_list import parse_fi_list
from workflows.bankfiles.generate import PaymentSpec, make_bgmax, make_camt054, make_fi_file
from workflows.bankfiles.model import (
    ControlTotals,
    ExtraReference,
    ParsedPayment,
    ParsedPaymentFile,
    PaymentFileError,
    ReferenceKind,
)
from workflows.bankfiles.references import (
    format_fik_code_line,
    is_creditor_reference,
    is_valid_ocr,
    make_fik71_reference,
    make_fik75_reference,
    make_fik_reference,
    parse_fik_code_line,
    validate_fik_reference,
)

__all__ = [
    "ControlTotals",
    "ExtraReference",
    "ParsedPayment",
    "ParsedPaymentFile",
    "PaymentFileError",
    "PaymentSpec",
    "ReferenceKind",
    "detect_and_parse",
    "detect_format",
    "format_fik_code_line",
    "is_creditor_reference",
    "is_valid_ocr",
    "make_bgmax",
    "make_camt054",
    "make_fi_file",
    "make_fik71_reference",
    "make_fik75_reference",
    "make_fik_reference",
    "parse_bgmax",
    "parse_camt054",
    "parse_fi_list",
    "parse_fik_code_line",
    "validate_fik_reference",
]
