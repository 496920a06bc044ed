"""Bankgirot BgMax (Bankgiro Inbetalningar): fixed-width 80-column records, ISO-8859-1.

File = TK01, then one section per deposit (TK05 opening, TK20 payment / TK21 deduction each
followed by TK22/23 extra references, TK25 text, TK26-29 payer, then TK15 deposit), then TK70.
Positions below are 1-based as in Bankgirot's manual.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from workflows.amounts import AmountError, read_amount
from workflows.bankfiles.model import (
    ControlTotals,
    ExtraReference,
    ParsedPayment,
    ParsedPaymentFile,
    PaymentFileError,
    ReferenceKind,
    single_currency,
)
from workflows.bankfiles.references import is_valid_ocr

RECORD_LENGTH = 80
_PAYMENT_DETAIL_CODES = {"22", "23", "25", "26", "27", "28", "29"}
_KNOWN_CODES = {"01", "05", "15", "20", "21", "70"} | _PAYMENT_DETAIL_CODES
_CURRENCIES = {"SEK", "EUR"}


def _field(line: str, start: int, end: int) -> str:
    return line[start - 1 : end]


def _digits(line: str, start: int, end: int, line_no: int, what: str) -> int:
    text = _field(line, start, end)
    if not (text.isascii() and text.isdigit()):
        raise PaymentFileError(
            f"{what} (position {start}-{end}) skal være cifre, men er {text!r}", line_no=line_no
        )
    return int(text)


def _money(line: str, start: int, end: int, line_no: int, what: str) -> Decimal:
    """An amount field in øre (18 digits), read as kroner by the one amount reader."""
    _digits(line, start, end, line_no, what)
    ore = _field(line, start, end)
    try:
        return read_amount(f"{ore[:-2]}.{ore[-2:]}", "")
    except AmountError as exc:
        raise PaymentFileError(f"{what} (position {start}-{end}): {exc.problem}", line_no) from None


def _date(text: str, line_no: int, what: str) -> date:
    try:
        if not (text.isascii() and text.isdigit() and len(text) == 8):
            raise ValueError
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise PaymentFileError(f"{what} {text!r} er ikke en dato (ÅÅÅÅMMDD)", line_no) from None


@dataclass
class _Record:
    """A TK20 or TK21 with its detail records, until its section's TK15 gives the date."""

    code: str
    line_no: int
    amount: Decimal
    reference: str
    reference_kind: ReferenceKind
    reference_valid: bool
    payer_account: str
    serial: str
    raw: list[str]
    extras: list[ExtraReference] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    payer_name: str = ""


def _reference(line: str, code: int, line_no: int) -> tuple[str, ReferenceKind, bool]:
    text = _field(line, 13, 37).strip()
    if code in (0, 1):  # no reference given
        return "", ReferenceKind.TEXT, False
    if code == 2:  # Bankgirot checked it as OCR; check it again
        return text, ReferenceKind.OCR, is_valid_ocr(text)
    if code == 5:  # Bankgirot says the OCR reference is wrong
        return text, ReferenceKind.OCR, False
    if code in (3, 4):  # several references / one free reference
        return text, ReferenceKind.TEXT, bool(text)
    raise PaymentFileError(f"ukendt referencekode {code} (position 56)", line_no=line_no)


def _lines(data: bytes) -> list[tuple[int, str]]:
    try:
        text = data.decode("utf-8")  # a copy re-saved as UTF-8; pure ASCII reads the same
    except UnicodeDecodeError:
        text = data.decode("iso-8859-1")
    numbered = []
    for line_no, line in enumerate(text.split("\n"), start=1):
        # One published sample has TABs for spaces that line up on 8-column stops.
        line = line.rstrip("\r").expandtabs(8).rstrip()
        if not line:
            continue
        if len(line) > RECORD_LENGTH:
            raise PaymentFileError(
                f"posten er {len(line)} tegn; BgMax-poster er højst {RECORD_LENGTH}",
                line_no=line_no,
            )
        numbered.append((line_no, line.ljust(RECORD_LENGTH)))
    return numbered


class _Reader:
    def __init__(self) -> None:
        self.payments: list[ParsedPayment] = []
        self.deductions: list[ParsedPayment] = []
        self.section_currency: str | None = None
        self.section_records: list[_Record] = []
        self.counts = {"20": 0, "21": 0, "22/23": 0, "15": 0}
        self.totals: dict[str, Decimal] = {}
        self.bank_references: dict[str, int] = {}
        self.header: tuple[date, str, bool] | None = None
        self.ended = False

    def read(self, lines: list[tuple[int, str]]) -> None:
        if not lines:
            raise PaymentFileError("filen er tom")
        for line_no, line in lines:
            code = line[:2]
            if code not in _KNOWN_CODES:
                raise PaymentFileError(f"ukendt transaktionskode {code!r}", line_no=line_no)
            if self.ended:
                raise PaymentFileError("post efter slutposten (TK70)", line_no=line_no)
            if self.header is None and code != "01":
                raise PaymentFileError(
                    "filen skal begynde med en startpost (TK01)", line_no=line_no
                )
            getattr(self, f"_tk{code}" if code not in _PAYMENT_DETAIL_CODES else "_detail")(
                line, line_no
            )
        if not self.ended:
            raise PaymentFileError("filen slutter uden slutpost (TK70)", line_no=lines[-1][0])

    def _tk01(self, line: str, line_no: int) -> None:
        if self.header is not None:
            raise PaymentFileError("mere end én startpost (TK01)", line_no=line_no)
        if _field(line, 3, 22).strip() != "BGMAX" or _field(line, 23, 24) != "01":
            raise PaymentFileError("startposten er ikke BGMAX version 01", line_no=line_no)
        stamp = _field(line, 25, 44)
        _digits(line, 25, 44, line_no, "tidsstemplet")
        marker = _field(line, 45, 45)
        if marker not in ("P", "T"):
            raise PaymentFileError(f"testmarkering skal være P eller T, ikke {marker!r}", line_no)
        self.header = (_date(stamp[:8], line_no, "tidsstemplet"), stamp, marker == "T")

    def _tk05(self, line: str, line_no: int) -> None:
        if self.section_currency is not None:
            raise PaymentFileError("ny åbningspost (TK05) før insættelsesposten (TK15)", line_no)
        _digits(line, 3, 12, line_no, "modtagerens bankgironummer")
        currency = _field(line, 23, 25)
        if currency not in _CURRENCIES:
            raise PaymentFileError(f"ukendt valuta {currency!r} i åbningsposten", line_no=line_no)
        self.section_currency = currency

    def _payment(self, line: str, line_no: int) -> None:
        code = line[:2]
        if self.section_currency is None:
            raise PaymentFileError(f"TK{code} uden forudgående åbningspost (TK05)", line_no)
        amount = _money(line, 38, 55, line_no, "beløbet")
        if amount <= 0:
            raise PaymentFileError("beløbet skal være større end 0", line_no=line_no)
        ref_code = _digits(line, 56, 56, line_no, "referencekoden")
        reference, kind, valid = _reference(line, ref_code, line_no)
        sender = _digits(line, 3, 12, line_no, "afsenderens bankgironummer")
        serial = _field(line, 58, 69)
        _digits(line, 58, 69, line_no, "BGC-løbenummeret")
        self.counts[code] += 1
        self.section_records.append(
            _Record(
                code,
                line_no,
                amount,
                reference,
                kind,
                valid,
                str(sender) if sender else "",
                serial,
                [line.rstrip()],
            )
        )

    _tk20 = _payment
    _tk21 = _payment

    def _detail(self, line: str, line_no: int) -> None:
        code = line[:2]
        if not self.section_records:
            raise PaymentFileError(f"TK{code} uden forudgående betalingspost (TK20/21)", line_no)
        record = self.section_records[-1]
        record.raw.append(line.rstrip())
        if code in ("22", "23"):
            amount = _money(line, 38, 55, line_no, "beløbet")
            ref_code = _digits(line, 56, 56, line_no, "referencekoden")
            reference, kind, valid = _reference(line, ref_code, line_no)
            self.counts["22/23"] += 1
            signed = -amount if code == "23" else amount
            record.extras.append(ExtraReference(reference, kind, valid, signed, line_no))
        elif code == "25":
            record.texts.append(_field(line, 3, 52).strip())
        elif code == "26":
            names = (_field(line, 3, 37).strip(), _field(line, 38, 72).strip())
            record.payer_name = " ".join(name for name in names if name)
        elif code == "29" and not record.payer_account:
            record.payer_account = "orgnr " + _field(line, 3, 14).strip().lstrip("0")

    def _tk15(self, line: str, line_no: int) -> None:
        if self.section_currency is None:
            raise PaymentFileError("insættelsespost (TK15) uden åbningspost (TK05)", line_no)
        booking_date = _date(_field(line, 38, 45), line_no, "betalingsdagen")
        deposit_serial = _field(line, 46, 50)
        _digits(line, 46, 50, line_no, "insættelsens løbenummer")
        declared = _money(line, 51, 68, line_no, "insættelsesbeløbet")
        currency = _field(line, 69, 71)
        declared_count = _digits(line, 72, 79, line_no, "antal betalinger")
        if currency != self.section_currency:
            raise PaymentFileError(
                f"valuta {currency!r} afviger fra åbningspostens {self.section_currency!r}",
                line_no=line_no,
            )
        records = self.section_records
        net = sum((r.amount if r.code == "20" else -r.amount for r in records), Decimal(0))
        if declared_count != len(records):
            raise PaymentFileError(
                f"insættelsen angiver {declared_count} betalinger, men afsnittet har "
                f"{len(records)}",
                line_no=line_no,
            )
        if declared != net:
            raise PaymentFileError(
                f"insættelsesbeløbet {declared} {currency} svarer ikke til afsnittets "
                f"betalinger {net} {currency}",
                line_no=line_no,
            )
        for record in records:
            bank_reference = f"{deposit_serial}/{record.serial}"
            # Bankgirot's own examples repeat a serial number; keep the reference unique.
            seen = self.bank_references.get(bank_reference, 0) + 1
            self.bank_references[bank_reference] = seen
            if seen > 1:
                bank_reference += f"-{seen}"
            parsed = ParsedPayment(
                booking_date=booking_date,
                amount=record.amount,
                currency=currency,
                reference=record.reference,
                reference_kind=record.reference_kind,
                reference_valid=record.reference_valid,
                payer_name=record.payer_name,
                payer_account=record.payer_account,
                bank_reference=bank_reference,
                text="\n".join(t for t in record.texts if t),
                extra_references=tuple(record.extras),
                line_no=record.line_no,
                raw="\n".join(record.raw),
            )
            (self.payments if record.code == "20" else self.deductions).append(parsed)
        self.totals[currency] = self.totals.get(currency, Decimal(0)) + declared
        self.counts["15"] += 1
        self.section_records = []
        self.section_currency = None

    def _tk70(self, line: str, line_no: int) -> None:
        if self.section_currency is not None:
            raise PaymentFileError("slutpost (TK70) før insættelsesposten (TK15)", line_no)
        expected = (
            ("betalingsposter", 3, 10, self.counts["20"]),
            ("avdragsposter", 11, 18, self.counts["21"]),
            ("ekstra referenceposter", 19, 26, self.counts["22/23"]),
            ("insættelsesposter", 27, 34, self.counts["15"]),
        )
        for what, start, end, actual in expected:
            declared = _digits(line, start, end, line_no, f"antal {what}")
            if declared != actual:
                raise PaymentFileError(
                    f"slutposten angiver {declared} {what}, men filen har {actual}",
                    line_no=line_no,
                )
        self.ended = True


def parse_bgmax(data: bytes) -> ParsedPaymentFile:
    reader = _Reader()
    reader.read(_lines(data))
    assert reader.header is not None
    created, stamp, is_test = reader.header
    payments = tuple(reader.payments)
    currencies = {p.currency for p in payments} | {d.currency for d in reader.deductions}
    return ParsedPaymentFile(
        format="bgmax",
        file_sha256=hashlib.sha256(data).hexdigest(),
        file_id=f"BGMAX-{stamp}",
        created=created,
        currency=single_currency(currencies),
        payments=payments,
        control_totals=ControlTotals(count=reader.counts["20"], amount_by_currency=reader.totals),
        deductions=tuple(reader.deductions),
        is_test=is_test,
    )
