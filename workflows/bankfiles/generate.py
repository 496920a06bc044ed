"""Writers of payment files for tests, benchmarks and demonstrations (camt.054 and FI lists)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from workflows.bankfiles.camt054 import NAMESPACE_PREFIX
from workflows.bankfiles.fi_list import FI_HEADER, FI_PAYMENT, FI_TRAILER
from workflows.bankfiles.model import ReferenceKind


@dataclass(frozen=True, slots=True)
class PaymentSpec:
    """One payment to write. reference_kind decides where the reference goes."""

    amount: Decimal
    booking_date: date
    reference: str = ""
    reference_kind: ReferenceKind = ReferenceKind.TEXT
    currency: str = "DKK"
    payer_name: str = ""
    payer_account: str = ""
    bank_reference: str = ""
    end_to_end_id: str = ""
    value_date: date | None = None
    text: str = ""


def _x(text: str) -> str:
    return escape(text)


def _amount(value: Decimal) -> str:
    return f"{value:.2f}"


def _remittance(p: PaymentSpec) -> str:
    kind = ReferenceKind(p.reference_kind)
    ustrd = p.text or (p.reference if kind == ReferenceKind.TEXT else "")
    parts = [f"<Ustrd>{_x(ustrd)}</Ustrd>"] if ustrd else []
    card = {ReferenceKind.FIK71: "71", ReferenceKind.FIK73: "73", ReferenceKind.FIK75: "75"}
    if kind in card:
        ref = f"<Ref>{_x(p.reference)}</Ref>" if kind != ReferenceKind.FIK73 else ""
        tp = f"<Tp><CdOrPrtry><Prtry>{card[kind]}</Prtry></CdOrPrtry><Issr>FIK</Issr></Tp>"
        parts.append(f"<Strd><CdtrRefInf>{tp}{ref}</CdtrRefInf></Strd>")
    elif kind in (ReferenceKind.OCR, ReferenceKind.CREDITOR_REF):
        tp = "<Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
        parts.append(f"<Strd><CdtrRefInf>{tp}<Ref>{_x(p.reference)}</Ref></CdtrRefInf></Strd>")
    return f"<RmtInf>{''.join(parts)}</RmtInf>" if parts else ""


def _entry(p: PaymentSpec, k: int, version: int) -> str:
    amount = f"<Amt Ccy={quoteattr(p.currency)}>{_amount(p.amount)}</Amt>"
    status = "<Sts>BOOK</Sts>" if version < 7 else "<Sts><Cd>BOOK</Cd></Sts>"
    value = f"<ValDt><Dt>{p.value_date.isoformat()}</Dt></ValDt>" if p.value_date else ""
    bank_ref = _x(p.bank_reference or f"BANKREF{k:09d}")
    end_to_end = _x(
        p.end_to_end_id or (p.reference if p.reference_kind == "e2e" else "") or "NOTPROVIDED"
    )
    tx_amount = (
        f"<AmtDtls><TxAmt>{amount}</TxAmt></AmtDtls>"
        if version == 2
        else f"{amount}<CdtDbtInd>CRDT</CdtDbtInd>"
    )
    name = f"<Nm>{_x(p.payer_name)}</Nm>"
    debtor = f"<Dbtr><Pty>{name}</Pty></Dbtr>" if version >= 8 else f"<Dbtr>{name}</Dbtr>"
    account = (
        f"<DbtrAcct><Id><IBAN>{_x(p.payer_account)}</IBAN></Id></DbtrAcct>"
        if p.payer_account
        else ""
    )
    parties = f"<RltdPties>{debtor if p.payer_name else ''}{account}</RltdPties>"
    return (
        f"<Ntry><NtryRef>{k}</NtryRef>{amount}<CdtDbtInd>CRDT</CdtDbtInd>{status}"
        f"<BookgDt><Dt>{p.booking_date.isoformat()}</Dt></BookgDt>{value}"
        f"<AcctSvcrRef>{bank_ref}</AcctSvcrRef>"
        "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly>"
        "</Domn></BkTxCd>"
        f"<NtryDtls><TxDtls><Refs><AcctSvcrRef>{bank_ref}</AcctSvcrRef>"
        f"<EndToEndId>{end_to_end}</EndToEndId></Refs>{tx_amount}{parties}{_remittance(p)}"
        "</TxDtls></NtryDtls></Ntry>"
    )


def make_camt054(
    payments: Sequence[PaymentSpec],
    *,
    msg_id: str,
    created: datetime | None = None,
    version: int = 8,
    account_iban: str = "DK5000400440116243",
    currency: str = "DKK",
) -> bytes:
    """A camt.054.001.0<version> credit notification, one booked entry per payment, with
    TxsSummry totals that match."""
    created = created or datetime(2026, 1, 2, 8, 0, 0)
    total = sum((p.amount for p in payments), Decimal(0))
    net = (
        f"<TtlNetNtryAmt>{_amount(total)}</TtlNetNtryAmt><CdtDbtInd>CRDT</CdtDbtInd>"
        if version == 2
        else f"<TtlNetNtry><Amt>{_amount(total)}</Amt><CdtDbtInd>CRDT</CdtDbtInd></TtlNetNtry>"
    )
    count = len(payments)
    summary = (
        f"<TxsSummry><TtlNtries><NbOfNtries>{count}</NbOfNtries><Sum>{_amount(total)}</Sum>{net}"
        f"</TtlNtries><TtlCdtNtries><NbOfNtries>{count}</NbOfNtries><Sum>{_amount(total)}</Sum>"
        "</TtlCdtNtries></TxsSummry>"
    )
    stamp = created.isoformat(timespec="seconds")
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="{NAMESPACE_PREFIX}{version:02d}"><BkToCstmrDbtCdtNtfctn>'
        f"<GrpHdr><MsgId>{_x(msg_id)}</MsgId><CreDtTm>{stamp}</CreDtTm></GrpHdr>"
        f"<Ntfctn><Id>{_x(msg_id)}-1</Id><CreDtTm>{stamp}</CreDtTm>"
        f"<Acct><Id><IBAN>{_x(account_iban)}</IBAN></Id><Ccy>{_x(currency)}</Ccy></Acct>"
        f"{summary}\n"
    )
    body = "\n".join(_entry(p, k, version) for k, p in enumerate(payments, start=1))
    return (head + body + "\n</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n").encode("utf-8")


def make_fi_file(
    payments: Sequence[PaymentSpec],
    *,
    file_id: str,
    created: date,
    creditor_no: str = "81234567",
    currency: str = "DKK",
) -> bytes:
    """An FI payment list (docs/payment-files.md) with a matching trailer. FIK71/75 payments use
    their reference as payment id, FIK73 ones print no id."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([FI_HEADER, file_id, created.isoformat(), currency])
    for p in payments:
        card = ReferenceKind(p.reference_kind).value[3:]
        payment_id = "" if card == "73" else p.reference
        writer.writerow(
            [
                FI_PAYMENT,
                p.booking_date.isoformat(),
                p.value_date.isoformat() if p.value_date else "",
                _amount(p.amount).replace(".", ","),
                f"+{card}<{payment_id}+{creditor_no}<",
                p.payer_name,
                p.payer_account,
                p.bank_reference,
                p.text,
            ]
        )
    total = sum((p.amount for p in payments), Decimal(0))
    writer.writerow([FI_TRAILER, len(payments), _amount(total).replace(".", ",")])
    return out.getvalue().encode("utf-8")


def make_bgmax(
    payments: Sequence[PaymentSpec],
    *,
    created: datetime,
    bankgiro: str = "9912346",
    currency: str = "SEK",
    test: bool = False,
) -> bytes:
    """A Bankgirot BgMax file (ISO-8859-1, 80 columns): one deposit holding every payment, with
    the deposit and end totals that match. OCR payments carry reference code 2, others code 4
    (one free reference) or 1 (none)."""

    def record(*parts: str) -> str:
        line = "".join(parts)
        if len(line) > 80:
            raise ValueError(f"BgMax record longer than 80 characters: {line!r}")
        return line.ljust(80)

    def ore(amount: Decimal) -> str:
        return str(int((amount * 100).to_integral_value())).zfill(18)

    lines = [
        record(
            "01", "BGMAX".ljust(20), "01", created.strftime("%Y%m%d%H%M%S%f"), "T" if test else "P"
        ),
        record("05", bankgiro.zfill(10), " " * 10, currency),
    ]
    for serial, p in enumerate(payments, start=1):
        if p.reference_kind == ReferenceKind.OCR:
            code = "2"
        else:
            code = "4" if p.reference else "1"
        lines.append(
            record(
                "20",
                "0".zfill(10),
                p.reference.ljust(25)[:25],
                ore(p.amount),
                code,
                "1",
                str(serial).zfill(12),
                "0",
            )
        )
        if p.payer_name:
            lines.append(record("26", p.payer_name[:35].ljust(35)))
        if p.text:
            lines.append(record("25", p.text[:50]))
    total = sum((p.amount for p in payments), Decimal(0))
    day = payments[0].booking_date if payments else created.date()
    lines.append(
        record(
            "15",
            "0".zfill(35),
            day.strftime("%Y%m%d"),
            "00001",
            ore(total),
            currency,
            str(len(payments)).zfill(8),
        )
    )
    lines.append(record("70", str(len(payments)).zfill(8), "0" * 8, "0" * 8, "1".zfill(8)))
    return ("\r\n".join(lines) + "\r\n").encode("iso-8859-1")
