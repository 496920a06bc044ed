"""Pick the parser from the file's content (never from its name alone)."""

from __future__ import annotations

from workflows.bankfiles.bgmax import parse_bgmax
from workflows.bankfiles.camt054 import parse_camt054
from workflows.bankfiles.fi_list import FI_HEADER, parse_fi_list
from workflows.bankfiles.model import ParsedPaymentFile, PaymentFileError

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def detect_format(data: bytes) -> str | None:
    """'camt.054', 'bgmax', 'fi' or None."""
    head = data.lstrip()
    for bom in _BOMS:
        head = head.removeprefix(bom)
    head = head.lstrip()
    if head.startswith(b"<"):
        return "camt.054"
    if head.startswith(b"01BGMAX"):
        return "bgmax"
    if head.startswith(FI_HEADER.encode() + b";"):
        return "fi"
    return None


def detect_and_parse(data: bytes, *, filename: str | None = None) -> ParsedPaymentFile:
    """Parse a bank payment file of any supported format, or raise PaymentFileError."""
    if not isinstance(data, bytes):
        raise TypeError("data must be bytes")
    kind = detect_format(data)
    if kind == "camt.054":
        return parse_camt054(data)
    if kind == "bgmax":
        return parse_bgmax(data)
    if kind == "fi":
        return parse_fi_list(data)
    named = f"{filename}: " if filename else ""
    raise PaymentFileError(
        f"{named}ukendt filformat; forventer camt.054 (XML), BgMax eller FI-liste (FI01)", 1
    )
