"""The client account's bank files: camt.054 debit notifications (a payout went out) and the
camt.053 statement (balances and every entry), read with the bank-file readers' XML safety
(no network, no DTDs, no entities)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from workflows.bankfiles.model import PaymentFileError
from workflows.bankfiles.xmlsafe import parse_xml


@dataclass(frozen=True)
class BankEntry:
    booking_date: date
    amount: Decimal  # signed: credit +, debit −
    end_to_end_id: str
    bank_reference: str
    text: str


@dataclass(frozen=True)
class BankStatement:
    kind: str  # camt.053 | camt.054
    account: str
    opening: Decimal | None
    closing: Decimal | None
    closing_date: date | None
    entries: tuple[BankEntry, ...]  # booked, one per transaction
    not_booked: tuple[BankEntry, ...] = ()  # PDNG/INFO entries: never matched, never summed


def _local(el) -> str:
    return etree.QName(el).localname


def _child(el, *names):
    for name in names:
        if el is None:
            return None
        el = next((c for c in el if isinstance(c.tag, str) and _local(c) == name), None)
    return el


def _children(el, name):
    return [c for c in el if isinstance(c.tag, str) and _local(c) == name]


def _text(el, *names) -> str:
    found = _child(el, *names)
    return (found.text or "").strip() if found is not None else ""


def _amount(el, where: str) -> Decimal:
    value = _magnitude(_text(el, "Amt"), where)
    sign = _text(el, "CdtDbtInd")
    if sign not in ("CRDT", "DBIT"):
        raise PaymentFileError(f"{where}: CdtDbtInd skal være CRDT eller DBIT")
    return value if sign == "CRDT" else -value


def _magnitude(raw: str, where: str) -> Decimal:
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise PaymentFileError(f"{where}: beløbet '{raw}' kan ikke læses") from None
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise PaymentFileError(f"{where}: beløbet '{raw}' er ikke et beløb i øre")
    return value


def _date(el, where: str) -> date:
    raw = _text(el, "BookgDt", "Dt") or _text(el, "BookgDt", "DtTm")[:10] or _text(el, "Dt", "Dt")
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        raise PaymentFileError(f"{where}: datoen '{raw}' kan ikke læses") from None


def read_bank_file(data: bytes, *, own_iban: str = "") -> BankStatement:
    """Every Stmt/Ntfctn of one account: entries of all, the opening of the first, the closing
    of the last; each TxDtls of a batch entry is a transaction of its own; only booked entries
    count (the others are kept apart in `not_booked`)."""
    root = parse_xml(data)
    body = _child(root, "BkToCstmrStmt")
    if body is None:
        body = _child(root, "BkToCstmrDbtCdtNtfctn")
    if body is None:
        raise PaymentFileError("Filen er hverken en camt.053-kontoudskrift eller en camt.054")
    kind = "camt.053" if _local(body) == "BkToCstmrStmt" else "camt.054"
    reports = _children(body, "Stmt" if kind == "camt.053" else "Ntfctn")
    if not reports:
        raise PaymentFileError(f"{kind}: filen har ingen konto")
    accounts = sorted({_account(r) for r in reports})
    if len(accounts) > 1 and own_iban:
        own = [a for a in accounts if _is_own(a, own_iban)]
        if len(own) == 1:
            reports = [r for r in reports if _account(r) == own[0]]
            accounts = own
    if len(accounts) != 1:
        raise PaymentFileError(f"{kind}: filen har flere konti ({', '.join(accounts)})")
    if own_iban and not _is_own(accounts[0], own_iban):
        raise PaymentFileError(
            f"{kind}: filen er for konto {accounts[0]}, ikke klientkontoen {own_iban}"
        )
    opening = closing = closing_date = None
    entries: list[BankEntry] = []
    not_booked: list[BankEntry] = []
    for r, report in enumerate(reports, 1):
        balances = {}
        for n, bal in enumerate(_children(report, "Bal"), 1):
            code = _text(bal, "Tp", "CdOrPrtry", "Cd")
            if code:  # Prtry-coded balances are the bank's own and not read
                balances[code] = (_amount(bal, f"saldo {n}"), _date_of_balance(bal, n))
        first = balances.get("OPBD") or balances.get("PRCD")
        if opening is None and first is not None:
            opening = first[0]
        if "CLBD" in balances:
            closing, closing_date = balances["CLBD"]
        for n, ntry in enumerate(_children(report, "Ntry"), 1):
            where = f"post {n}" if len(reports) == 1 else f"udskrift {r}, post {n}"
            booked = _status(ntry) == "BOOK"
            (entries if booked else not_booked).extend(_transactions(ntry, where))
    if kind == "camt.053" and closing is None:
        raise PaymentFileError("camt.053: kontoudskriften har ingen slutsaldo (CLBD)")
    return BankStatement(
        kind, accounts[0], opening, closing, closing_date, tuple(entries), tuple(not_booked)
    )


def _account(report) -> str:
    return _text(report, "Acct", "Id", "IBAN") or _text(report, "Acct", "Id", "Othr", "Id")


def _is_own(account: str, own_iban: str) -> bool:
    """The IBAN itself, or its BBAN (a Danish IBAN's reg.no. and account after the first four)."""
    account, own_iban = account.replace(" ", "").upper(), own_iban.replace(" ", "").upper()
    return account == own_iban or (len(account) > 4 and own_iban[4:] == account)


def _status(ntry) -> str:
    return _text(ntry, "Sts", "Cd") or _text(ntry, "Sts")


def _transactions(ntry, where: str) -> list[BankEntry]:
    booking_date = _date(ntry, where)
    entry_amount = _amount(ntry, where)
    reference = _text(ntry, "AcctSvcrRef")
    details = [tx for d in _children(ntry, "NtryDtls") for tx in _children(d, "TxDtls")]
    if len(details) <= 1:
        tx = details[0] if details else None
        return [_entry(ntry, tx, booking_date, entry_amount, reference)]
    sign = 1 if entry_amount >= 0 else -1
    out = []
    for t, tx in enumerate(details, 1):
        holder = _child(tx, "AmtDtls", "TxAmt") if _child(tx, "Amt") is None else tx
        if holder is None or _child(holder, "Amt") is None:
            raise PaymentFileError(f"{where}, transaktion {t}: beløbet mangler")
        amount = _magnitude(_text(holder, "Amt"), f"{where}, transaktion {t}")
        out.append(_entry(ntry, tx, booking_date, sign * amount, reference))
    return out


def _entry(ntry, tx, booking_date: date, amount: Decimal, reference: str) -> BankEntry:
    return BankEntry(
        booking_date=booking_date,
        amount=amount,
        end_to_end_id=_text(tx, "Refs", "EndToEndId") if tx is not None else "",
        bank_reference=(_text(tx, "Refs", "AcctSvcrRef") if tx is not None else "") or reference,
        text=(_text(tx, "RmtInf", "Ustrd") if tx is not None else "")
        or _text(ntry, "AddtlNtryInf"),
    )


def _date_of_balance(bal, n: int) -> date:
    raw = _text(bal, "Dt", "Dt") or _text(bal, "Dt", "DtTm")[:10]
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise PaymentFileError(f"saldo {n}: datoen '{raw}' kan ikke læses") from None


def make_camt(
    kind: str, *, account: str, entries: list[BankEntry], opening: Decimal = Decimal("0"),
    closing: Decimal | None = None, day: date,
) -> bytes:  # fmt: skip
    """A small camt.053 or camt.054 (debit notification) for tests and the demo."""
    ns = "urn:iso:std:iso:20022:tech:xsd:" + ("camt.053.001.02" if kind == "camt.053"
                                              else "camt.054.001.02")  # fmt: skip

    def sub(parent, tag, text=None):
        el = etree.SubElement(parent, f"{{{ns}}}{tag}")
        if text is not None:
            el.text = text
        return el

    doc = etree.Element(f"{{{ns}}}Document", nsmap={None: ns})
    body = sub(doc, "BkToCstmrStmt" if kind == "camt.053" else "BkToCstmrDbtCdtNtfctn")
    hdr = sub(body, "GrpHdr")
    sub(hdr, "MsgId", f"BANK-{day.isoformat()}")
    sub(hdr, "CreDtTm", f"{day.isoformat()}T18:00:00")
    report = sub(body, "Stmt" if kind == "camt.053" else "Ntfctn")
    sub(report, "Id", "1")
    sub(report, "CreDtTm", f"{day.isoformat()}T18:00:00")
    sub(sub(sub(report, "Acct"), "Id"), "IBAN", account)
    if kind == "camt.053":
        for code, amount in (("OPBD", opening), ("CLBD", closing)):
            bal = sub(report, "Bal")
            sub(sub(sub(bal, "Tp"), "CdOrPrtry"), "Cd", code)
            sub(bal, "Amt", str(abs(amount))).set("Ccy", "DKK")
            sub(bal, "CdtDbtInd", "CRDT" if amount >= 0 else "DBIT")
            sub(sub(bal, "Dt"), "Dt", day.isoformat())
    for e in entries:
        ntry = sub(report, "Ntry")
        sub(ntry, "Amt", str(abs(e.amount))).set("Ccy", "DKK")
        sub(ntry, "CdtDbtInd", "CRDT" if e.amount >= 0 else "DBIT")
        sub(ntry, "Sts", "BOOK")
        sub(sub(ntry, "BookgDt"), "Dt", e.booking_date.isoformat())
        if e.bank_reference:
            sub(ntry, "AcctSvcrRef", e.bank_reference)
        sub(sub(sub(ntry, "BkTxCd"), "Prtry"), "Cd", "TRF")
        tx = sub(sub(ntry, "NtryDtls"), "TxDtls")
        if e.end_to_end_id:
            sub(sub(tx, "Refs"), "EndToEndId", e.end_to_end_id)
        if e.text:
            sub(sub(tx, "RmtInf"), "Ustrd", e.text)
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8", pretty_print=True)
