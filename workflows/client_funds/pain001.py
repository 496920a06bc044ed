"""The payout file: an ISO 20022 pain.001 credit transfer (version .09, or .03 by setup), one
payment per client, to an IBAN (with BIC when known) or a Danish reg. no. + account no."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from lxml import etree
from schwifty import BIC, IBAN
from schwifty.exceptions import InvalidChecksumDigits, SchwiftyException

from models.money import ZERO, money_str

VERSIONS = ("pain.001.001.09", "pain.001.001.03")


class Pain001Error(ValueError):
    """A payout that cannot be written (Danish message naming the client)."""


@dataclass(frozen=True)
class Account:
    name: str
    iban: str | None = None
    bic: str | None = None
    dk_reg_no: str | None = None
    dk_account_no: str | None = None

    def problem(self) -> str | None:
        if self.iban:
            try:
                IBAN(self.iban)
            except InvalidChecksumDigits:
                return f"IBAN {self.iban} har forkert kontrolciffer"
            except SchwiftyException:
                return f"IBAN {self.iban} er ikke gyldig"
            return self._bic_problem()
        if self.dk_reg_no and self.dk_account_no:
            if not (self.dk_reg_no.isdigit() and len(self.dk_reg_no) == 4):
                return f"reg.nr. {self.dk_reg_no} skal være 4 cifre"
            if not (self.dk_account_no.isdigit() and len(self.dk_account_no) <= 10):
                return f"kontonr. {self.dk_account_no} skal være højst 10 cifre"
            return None
        return "der mangler IBAN eller reg.nr. og kontonr."

    def _bic_problem(self) -> str | None:
        if not self.bic:
            return None
        try:
            BIC(self.bic)
        except SchwiftyException:
            return f"BIC {self.bic} er ikke gyldig"
        return None


@dataclass(frozen=True)
class Payout:
    end_to_end_id: str  # max 35 characters; camt.054 brings it back
    client_no: str
    amount: Decimal
    creditor: Account
    remittance: str  # max 140 characters


def write_pain001(
    payouts: Sequence[Payout],
    *,
    debtor: Account,
    message_id: str,
    execution_date: date,
    created: datetime,
    version: str = "pain.001.001.09",
    currency: str = "DKK",
) -> bytes:
    if version not in VERSIONS:
        raise Pain001Error(f"Ukendt pain.001-version {version}; brug {' eller '.join(VERSIONS)}.")
    problems = []
    issue = debtor.problem() if debtor.iban else "der mangler IBAN (opsætning)"
    if issue:
        problems.append(f"klientmiddelkontoen: {issue}")
    for p in payouts:
        issue = p.creditor.problem()
        if issue:
            problems.append(f"klient {p.client_no}: {issue}")
        if p.amount <= ZERO:
            problems.append(f"klient {p.client_no}: beløbet skal være positivt")
    if not payouts:
        problems.append("der er ingen bogførte, ubetalte afregninger at udbetale")
    if problems:
        raise Pain001Error("; ".join(problems))
    v09 = version.endswith(".09")
    ns = f"urn:iso:std:iso:20022:tech:xsd:{version}"
    E = _Maker(ns)
    total = sum((p.amount for p in payouts), ZERO)
    count = str(len(payouts))
    doc = E("Document")
    root = E.sub(doc, "CstmrCdtTrfInitn")
    hdr = E.sub(root, "GrpHdr")
    E.sub(hdr, "MsgId", message_id[:35])
    E.sub(hdr, "CreDtTm", created.replace(microsecond=0).isoformat())
    E.sub(hdr, "NbOfTxs", count)
    E.sub(hdr, "CtrlSum", money_str(total))
    E.sub(E.sub(hdr, "InitgPty"), "Nm", debtor.name[:140])
    info = E.sub(root, "PmtInf")
    E.sub(info, "PmtInfId", message_id[:35])
    E.sub(info, "PmtMtd", "TRF")
    # each payout booked on its own, so the bank's camt.054 brings each EndToEndId back alone
    E.sub(info, "BtchBookg", "false")
    E.sub(info, "NbOfTxs", count)
    E.sub(info, "CtrlSum", money_str(total))
    when = E.sub(info, "ReqdExctnDt")
    if v09:
        E.sub(when, "Dt", execution_date.isoformat())
    else:
        when.text = execution_date.isoformat()
    E.sub(E.sub(info, "Dbtr"), "Nm", debtor.name[:140])
    _account(E, E.sub(info, "DbtrAcct"), debtor)
    _agent(E, E.sub(info, "DbtrAgt"), debtor.bic, v09)
    E.sub(info, "ChrgBr", "SLEV")
    for p in payouts:
        tx = E.sub(info, "CdtTrfTxInf")
        E.sub(E.sub(tx, "PmtId"), "EndToEndId", p.end_to_end_id[:35])
        amount = E.sub(E.sub(tx, "Amt"), "InstdAmt", money_str(p.amount))
        amount.set("Ccy", currency)
        if p.creditor.bic:
            _agent(E, E.sub(tx, "CdtrAgt"), p.creditor.bic, v09)
        elif not p.creditor.iban:  # a Danish reg.no.: the bank finds the creditor's bank by it
            member = E.sub(E.sub(E.sub(tx, "CdtrAgt"), "FinInstnId"), "ClrSysMmbId")
            E.sub(E.sub(member, "ClrSysId"), "Cd", "DKNCC")
            E.sub(member, "MmbId", p.creditor.dk_reg_no)
        E.sub(E.sub(tx, "Cdtr"), "Nm", p.creditor.name[:140])
        _account(E, E.sub(tx, "CdtrAcct"), p.creditor)
        E.sub(E.sub(tx, "RmtInf"), "Ustrd", p.remittance[:140])
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8", pretty_print=True)


class _Maker:
    def __init__(self, ns: str) -> None:
        self.ns = ns

    def __call__(self, tag: str) -> etree._Element:
        return etree.Element(f"{{{self.ns}}}{tag}", nsmap={None: self.ns})

    def sub(self, parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
        el = etree.SubElement(parent, f"{{{self.ns}}}{tag}")
        if text is not None:
            el.text = text
        return el


def _account(E: _Maker, parent: etree._Element, account: Account) -> None:
    ident = E.sub(parent, "Id")
    if account.iban:
        E.sub(ident, "IBAN", account.iban.replace(" ", "").upper())
        return
    other = E.sub(ident, "Othr")
    E.sub(other, "Id", f"{account.dk_reg_no}{account.dk_account_no.zfill(10)}")
    E.sub(E.sub(other, "SchmeNm"), "Cd", "BBAN")


def _agent(E: _Maker, parent: etree._Element, bic: str | None, v09: bool) -> None:
    inst = E.sub(parent, "FinInstnId")
    if bic:
        E.sub(inst, "BICFI" if v09 else "BIC", bic.upper())
    else:
        E.sub(E.sub(inst, "Othr"), "Id", "NOTPROVIDED")
