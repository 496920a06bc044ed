"""Danish FI-card (indbetalingskort) payments as a semicolon-separated list.

Our own documented interchange format (docs/payment-files.md), one record a line:
    FI01;<file id>;<created YYYY-MM-DD>;<currency>
    FI02;<booking date>;<value date|empty>;<amount 1234,56>;<code line +71<id+creditor<>;
         <payer name>;<payer account>;<bank reference>;<text>
    FI99;<number of FI02 records>;<sum of their amounts>
UTF-8 (with or without BOM) or Windows-1252; CRLF or LF; fields may be "quoted".
"""

from __future__ import annotations

import csv
import hashlib
import re
from datetime import date
from decimal import Decimal

from workflows.amounts import AmountError, read_amount
from workflows.bankfiles.model import (
    ControlTotals,
    ParsedPayment,
    ParsedPaymentFile,
    PaymentFileError,
    ReferenceKind,
)
from workflows.bankfiles.references import parse_fik_code_line, validate_fik_reference

FI_HEADER, FI_PAYMENT, FI_TRAILER = "FI01", "FI02", "FI99"
_FIELDS = {FI_HEADER: 4, FI_PAYMENT: 9, FI_TRAILER: 3}
_AMOUNT = re.compile(r"^[0-9]+[,.][0-9]{2}$")  # [0-9]: \d would take any script's digits
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line_no = data[: exc.start].count(b"\n") + 1
        raise PaymentFileError("filen er hverken UTF-8 eller Windows-1252", line_no) from None


def _amount(text: str, line_no: int) -> Decimal:
    if not _AMOUNT.match(text):
        raise PaymentFileError(f"beløbet {text!r} skal skrives som 1234,56", line_no)
    try:
        return read_amount(text.replace(",", "."), "")
    except AmountError as exc:
        raise PaymentFileError(f"beløbet {text!r}: {exc.problem}", line_no) from None


def _date(text: str, line_no: int, what: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise PaymentFileError(f"{what} {text!r} er ikke en dato (ÅÅÅÅ-MM-DD)", line_no) from None


def _records(text: str):
    reader = csv.reader(text.splitlines(), delimiter=";", quotechar='"', strict=True)
    try:
        for row in reader:
            if not row or all(not cell.strip() for cell in row):
                continue
            kind = row[0].strip()
            if kind not in _FIELDS:
                raise PaymentFileError(f"ukendt posttype {kind!r}", reader.line_num)
            if len(row) != _FIELDS[kind]:
                raise PaymentFileError(
                    f"{kind} skal have {_FIELDS[kind]} felter, men har {len(row)}",
                    reader.line_num,
                )
            yield reader.line_num, kind, [cell.strip() for cell in row]
    except csv.Error as exc:
        raise PaymentFileError(f"linjen kan ikke læses: {exc}", reader.line_num) from None


def _payment(row: list[str], line_no: int, currency: str) -> ParsedPayment:
    booking = _date(row[1], line_no, "bogføringsdatoen")
    value_date = _date(row[2], line_no, "valørdatoen") if row[2] else None
    amount = _amount(row[3], line_no)
    if amount <= 0:
        raise PaymentFileError("beløbet skal være større end 0", line_no)
    try:
        card, payment_id, _creditor = parse_fik_code_line(row[4])
    except ValueError as exc:
        raise PaymentFileError(str(exc), line_no) from None
    text = row[8]
    if card == ReferenceKind.FIK73:
        reference, valid = text, bool(text)
    else:
        reference, valid = payment_id, validate_fik_reference(card, payment_id)
    return ParsedPayment(
        booking_date=booking,
        amount=amount,
        currency=currency,
        reference=reference,
        reference_kind=card,
        reference_valid=valid,
        payer_name=row[5],
        payer_account=row[6],
        bank_reference=row[7],
        value_date=value_date,
        text=text,
        line_no=line_no,
        raw=";".join(row),
    )


def parse_fi_list(data: bytes) -> ParsedPaymentFile:
    header: tuple[str, date, str] | None = None
    payments: list[ParsedPayment] = []
    trailer: tuple[int, Decimal] | None = None
    last_line = 0
    for line_no, kind, row in _records(_decode(data)):
        last_line = line_no
        if trailer is not None:
            raise PaymentFileError(f"post efter slutposten {FI_TRAILER}", line_no)
        if kind == FI_HEADER:
            if header is not None or payments:
                raise PaymentFileError(f"{FI_HEADER} skal stå én gang, først i filen", line_no)
            if not row[1]:
                raise PaymentFileError("filens id (felt 2) er tomt", line_no)
            if not _CURRENCY.match(row[3]):
                raise PaymentFileError(f"valutakoden {row[3]!r} er ikke gyldig", line_no)
            header = (row[1], _date(row[2], line_no, "dannelsesdatoen"), row[3])
            continue
        if header is None:
            raise PaymentFileError(f"filen skal begynde med en {FI_HEADER}-post", line_no)
        if kind == FI_PAYMENT:
            payments.append(_payment(row, line_no, header[2]))
            continue
        if not (row[1].isascii() and row[1].isdigit()):
            raise PaymentFileError(f"antallet {row[1]!r} er ikke et tal", line_no)
        trailer = (int(row[1]), _amount(row[2], line_no))
        total = sum((p.amount for p in payments), Decimal(0))
        if trailer[0] != len(payments):
            raise PaymentFileError(
                f"slutposten angiver {trailer[0]} betalinger, men filen har {len(payments)}",
                line_no,
            )
        if trailer[1] != total:
            raise PaymentFileError(
                f"slutposten angiver summen {trailer[1]}, men betalingerne giver {total}", line_no
            )
    if header is None:
        raise PaymentFileError("filen er tom")
    if trailer is None:
        raise PaymentFileError(f"filen slutter uden slutpost ({FI_TRAILER})", last_line)
    file_id, created, currency = header
    return ParsedPaymentFile(
        format="fi",
        file_sha256=hashlib.sha256(data).hexdigest(),
        file_id=file_id,
        created=created,
        currency=currency,
        payments=tuple(payments),
        control_totals=ControlTotals(trailer[0], {currency: trailer[1]}),
    )
