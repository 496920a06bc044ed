"""ISO 20022 camt.054 BankToCustomerDebitCreditNotification, versions 001.02 to 001.13.

Each booked credit transaction (Ntry/NtryDtls/TxDtls, or the entry itself when it has no details)
becomes one ParsedPayment; debit ones become deductions. Totals the file states (TxsSummry,
Btch, the entry amount over its transactions) are checked and refuse the file when they differ.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from lxml import etree

from workflows.bankfiles.camt054_reader import DATE_TIME, CamtReader, read_date
from workflows.bankfiles.camt054_refs import classify_reference
from workflows.bankfiles.model import (
    ControlTotals,
    ParsedPayment,
    ParsedPaymentFile,
    PaymentFileError,
    single_currency,
)
from workflows.bankfiles.xmlsafe import parse_xml

NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.054.001."
SUPPORTED_VERSIONS = range(2, 14)
_SIGN = {"CRDT": 1, "DBIT": -1}


def _namespace(root: etree._Element) -> str:
    tag = root.tag if isinstance(root.tag, str) else ""
    ns, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    version = ns[len(NAMESPACE_PREFIX) :] if ns.startswith(NAMESPACE_PREFIX) else ""
    if local != "Document" or not version.isdigit() or int(version) not in SUPPORTED_VERSIONS:
        raise PaymentFileError(
            f"XML-filen er ikke en camt.054 (version 001.02-001.13); rodelementet er {tag!r}",
            root.sourceline,
        )
    return ns


class _Totals:
    def __init__(self) -> None:
        self.count = 0
        self.gross = Decimal(0)
        self.net = Decimal(0)
        self.by_sign = {"CRDT": [0, Decimal(0)], "DBIT": [0, Decimal(0)]}

    def add(self, indicator: str, amount: Decimal) -> None:
        self.count += 1
        self.gross += amount
        self.net += _SIGN[indicator] * amount
        self.by_sign[indicator][0] += 1
        self.by_sign[indicator][1] += amount


def parse_camt054(data: bytes) -> ParsedPaymentFile:
    root = parse_xml(data)
    r = CamtReader(_namespace(root))
    where = "/Document/BkToCstmrDbtCdtNtfctn"
    message = r.require(root, "BkToCstmrDbtCdtNtfctn", "/Document")
    header = r.require(message, "GrpHdr", where)
    msg_id = r.text(header, "MsgId")
    if not msg_id:
        raise PaymentFileError(
            "MsgId mangler eller er tom", header.sourceline, element_path=f"{where}/GrpHdr/MsgId"
        )
    created_el = r.find(header, "CreDtTm")
    created = (
        read_date(created_el, DATE_TIME, f"{where}/GrpHdr/CreDtTm")
        if created_el is not None
        else None
    )
    notifications = message.findall(r.q("Ntfctn"))
    if not notifications:
        raise PaymentFileError("filen har ingen Ntfctn", message.sourceline, element_path=where)
    payments: list[ParsedPayment] = []
    deductions: list[ParsedPayment] = []
    declared_count = 0
    declared_amounts: dict[str, Decimal] = {}
    all_declared = True
    for n_index, notification in enumerate(notifications, start=1):
        n_where = f"{where}/Ntfctn[{n_index}]"
        totals, currencies = _read_entries(r, notification, n_where, payments, deductions)
        declared = _check_summary(r, notification, n_where, totals)
        if declared is None:
            all_declared = False
            continue
        declared_count += declared[0]
        currency = r.text(notification, "Acct/Ccy") or single_currency(currencies) or "?"
        declared_amounts[currency] = declared_amounts.get(currency, Decimal(0)) + declared[1]
    currencies = {p.currency for p in payments} | {d.currency for d in deductions}
    acct_currencies = {r.text(n, "Acct/Ccy") for n in notifications} - {""}
    return ParsedPaymentFile(
        format="camt.054",
        file_sha256=hashlib.sha256(data).hexdigest(),
        file_id=msg_id,
        created=created,
        currency=single_currency(currencies or acct_currencies),
        payments=tuple(payments),
        control_totals=ControlTotals(declared_count, declared_amounts) if all_declared else None,
        deductions=tuple(deductions),
    )


def _read_entries(r, notification, n_where, payments, deductions) -> tuple[_Totals, set[str]]:
    totals = _Totals()
    currencies: set[str] = set()
    for e_index, entry in enumerate(notification.iterchildren(r.q("Ntry")), start=1):
        e_where = f"{n_where}/Ntry[{e_index}]"
        amount, currency = r.amount(r.require(entry, "Amt", e_where), f"{e_where}/Amt")
        indicator = _indicator(r, entry, e_where)
        totals.add(indicator, amount)
        currencies.add(currency)
        status = r.text(entry, "Sts") or r.text(entry, "Sts/Cd") or r.text(entry, "Sts/Prtry")
        if not status:
            raise PaymentFileError("mangler status (Sts)", entry.sourceline, element_path=e_where)
        if status != "BOOK":
            continue  # pending or information-only entries are not money yet
        if amount <= 0:
            raise PaymentFileError(
                "beløbet skal være større end 0", entry.sourceline, element_path=f"{e_where}/Amt"
            )
        booking = r.date_choice(r.require(entry, "BookgDt", e_where), f"{e_where}/BookgDt")
        for payment, sign in _entry_payments(
            r, entry, e_where, amount, currency, indicator, booking
        ):
            (payments if sign > 0 else deductions).append(payment)
    return totals, currencies


def _indicator(r: CamtReader, el: etree._Element, where: str) -> str:
    indicator = r.text(el, "CdtDbtInd")
    if indicator not in _SIGN:
        raise PaymentFileError(
            f"CdtDbtInd skal være CRDT eller DBIT, ikke {indicator!r}",
            el.sourceline,
            element_path=f"{where}/CdtDbtInd",
        )
    return indicator


def _entry_payments(r, entry, e_where, amount, currency, indicator, booking):
    value_date = r.date_choice(r.find(entry, "ValDt"), f"{e_where}/ValDt")
    entry_ref = r.text(entry, "AcctSvcrRef") or r.text(entry, "NtryRef")
    transactions = []
    for d_index, details in enumerate(entry.iterchildren(r.q("NtryDtls")), start=1):
        d_where = f"{e_where}/NtryDtls[{d_index}]"
        found = [
            (tx, f"{d_where}/TxDtls[{t_index}]")
            for t_index, tx in enumerate(details.iterchildren(r.q("TxDtls")), start=1)
        ]
        _check_batch(r, details, d_where, found)
        transactions += found
    if not transactions:
        yield (
            _payment(
                r, entry, e_where, amount, currency, booking, value_date, entry_ref, entry_ref, None
            ),
            _SIGN[indicator],
        )
        return
    amounts = [_tx_amount(r, tx, where, len(transactions), amount) for tx, where in transactions]
    signed_total = Decimal(0)
    indicators = []
    for (tx, where), (tx_amount, tx_currency) in zip(transactions, amounts, strict=True):
        if tx_currency != currency:
            raise PaymentFileError(
                f"transaktionens valuta {tx_currency} afviger fra posteringens {currency}",
                tx.sourceline,
                element_path=where,
            )
        tx_indicator = _indicator(r, tx, where) if r.text(tx, "CdtDbtInd") else indicator
        indicators.append(tx_indicator)
        signed_total += tx_amount * (1 if tx_indicator == indicator else -1)
    if signed_total != amount:
        raise PaymentFileError(
            f"transaktionerne summerer til {signed_total} {currency}, men posteringen er på "
            f"{amount} {currency}",
            entry.sourceline,
            element_path=f"{e_where}/Amt",
        )
    for k, ((tx, where), (tx_amount, _), tx_indicator) in enumerate(
        zip(transactions, amounts, indicators, strict=True), start=1
    ):
        if tx_amount <= 0:
            raise PaymentFileError(
                "transaktionens beløb skal være større end 0", tx.sourceline, element_path=where
            )
        fallback = entry_ref + (f"/{k}" if entry_ref and len(transactions) > 1 else "")
        bank_ref = r.text(tx, "Refs/AcctSvcrRef") or fallback
        yield (
            _payment(
                r, tx, where, tx_amount, currency, booking, value_date, bank_ref, entry_ref, entry
            ),
            _SIGN[tx_indicator],
        )


def _tx_amount(r, tx, where, tx_count, entry_amount) -> tuple[Decimal, str]:
    for path in ("Amt", "AmtDtls/TxAmt/Amt", "AmtDtls/InstdAmt/Amt"):
        found = r.find(tx, path)
        if found is not None:
            return r.amount(found, f"{where}/{path}")
    if tx_count == 1:
        entry_amount_el = tx.getparent().getparent().find(r.q("Amt"))
        return entry_amount, entry_amount_el.get("Ccy", "")
    raise PaymentFileError(
        "transaktionen har intet beløb (Amt eller AmtDtls)", tx.sourceline, element_path=where
    )


def _check_batch(r, details, d_where, found) -> None:
    batch = r.find(details, "Btch")
    if batch is None or not found:
        return
    b_where = f"{d_where}/Btch"
    declared = r.count(batch, "NbOfTxs", b_where)
    if declared is not None and declared != len(found):
        raise PaymentFileError(
            f"NbOfTxs angiver {declared} transaktioner, men der er {len(found)}",
            batch.sourceline,
            element_path=f"{b_where}/NbOfTxs",
        )


def _payment(r, el, where, amount, currency, booking, value_date, bank_ref, entry_ref, entry):
    reference, kind, valid, text = classify_reference(r, el)
    payer_name = payer_account = ""
    parties = r.find(el, "RltdPties")
    if parties is not None:
        debtor = r.find(parties, "Dbtr")
        if debtor is not None:
            party = r.find(debtor, "Pty")  # version 08 and later
            payer_name = r.text(debtor if party is None else party, "Nm")
        account = r.find(parties, "DbtrAcct/Id")
        if account is not None:
            payer_account = r.text(account, "IBAN") or r.text(account, "Othr/Id")
    if entry is None:
        text = text or r.text(el, "AddtlNtryInf")
    return ParsedPayment(
        booking_date=booking,
        amount=amount,
        currency=currency,
        reference=reference,
        reference_kind=kind,
        reference_valid=valid,
        payer_name=payer_name,
        payer_account=payer_account,
        bank_reference=bank_ref,
        value_date=value_date,
        text=text,
        line_no=el.sourceline,
        element_path=where,
        raw=etree.tostring(el, encoding="unicode"),
    )


def _check_summary(r, notification, n_where, totals: _Totals) -> tuple[int, Decimal] | None:
    summary = r.find(notification, "TxsSummry")
    if summary is None:
        return None
    s_where = f"{n_where}/TxsSummry"
    _expect(r, summary, "TtlNtries/NbOfNtries", s_where, totals.count, is_count=True)
    _expect(r, summary, "TtlNtries/Sum", s_where, totals.gross)
    net_amount = r.decimal(summary, "TtlNtries/TtlNetNtry/Amt", s_where)
    net_path = "TtlNtries/TtlNetNtry"
    if net_amount is None:  # version 02 keeps the net amount flat
        net_amount, net_path = r.decimal(summary, "TtlNtries/TtlNetNtryAmt", s_where), "TtlNtries"
    if net_amount is not None:
        sign = _SIGN.get(r.text(summary, f"{net_path}/CdtDbtInd"), 1)
        if sign * net_amount != totals.net:
            raise PaymentFileError(
                f"nettobeløbet {sign * net_amount} svarer ikke til posteringerne {totals.net}",
                summary.sourceline,
                element_path=f"{s_where}/{net_path}",
            )
    for name, indicator in (("TtlCdtNtries", "CRDT"), ("TtlDbtNtries", "DBIT")):
        count, amount = totals.by_sign[indicator]
        _expect(r, summary, f"{name}/NbOfNtries", s_where, count, is_count=True)
        _expect(r, summary, f"{name}/Sum", s_where, amount)
    count = r.count(summary, "TtlNtries/NbOfNtries", s_where)
    if count is None:
        return None
    return count, totals.net if net_amount is None else sign * net_amount


def _expect(r, summary, path, s_where, actual, *, is_count=False) -> None:
    declared = r.count(summary, path, s_where) if is_count else r.decimal(summary, path, s_where)
    if declared is not None and declared != actual:
        what = "antal posteringer" if is_count else "summen"
        raise PaymentFileError(
            f"{what} er angivet til {declared}, men filen har {actual}",
            summary.sourceline,
            element_path=f"{s_where}/{path}",
        )
