"""The payout file validated against the official ISO 20022 schemas (tests/data/iso20022)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from lxml import etree

from workflows.client_funds.pain001 import Account, Pain001Error, Payout, write_pain001

SCHEMAS = Path(__file__).resolve().parents[2] / "data" / "iso20022"
FIRM = Account("Mit Advokatfirma Klientkonto", iban="DK5000400440116243", bic="NDEADKKK")
PAYOUTS = [
    Payout("KM-K00001-1", "K00001", D("1500.00"),
           Account("Fjernvarme Fyn A/S", iban="DK50 0040 0440 1162 43", bic="NDEADKKK"),
           "Afregning 1 pr. 30-11-2026"),
    Payout("KM-K00002-2", "K00002", D("0.01"),
           Account("Vandværket ApS & Søn <Øst>", dk_reg_no="1234", dk_account_no="5678901"),
           "Afregning 2 pr. 30-11-2026"),
]  # fmt: skip


def _valid(xml: bytes, version: str) -> etree._Element:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / f"{version}.xsd")))
    doc = etree.fromstring(xml)
    schema.assertValid(doc)
    return doc


@pytest.mark.parametrize("version", ["pain.001.001.09", "pain.001.001.03"])
def test_the_payout_file_is_valid_against_the_official_xsd(version):
    xml = write_pain001(PAYOUTS, debtor=FIRM, message_id="KM20261130-1",
                        execution_date=date(2026, 12, 1), created=datetime(2026, 11, 30, 14, 5),
                        version=version)  # fmt: skip
    doc = _valid(xml, version)
    ns = {"p": f"urn:iso:std:iso:20022:tech:xsd:{version}"}
    assert doc.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", namespaces=ns) == "1500.01"
    assert doc.findtext("p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs", namespaces=ns) == "2"
    ids = doc.xpath("//p:CdtTrfTxInf/p:CdtrAcct/p:Id/p:Othr/p:Id/text()", namespaces=ns)
    assert ids == ["12340005678901"]  # reg. no. + the account no. in 10 digits
    member = "//p:CdtTrfTxInf/p:CdtrAgt/p:FinInstnId/p:ClrSysMmbId"
    assert doc.xpath(f"{member}/p:ClrSysId/p:Cd/text()", namespaces=ns) == ["DKNCC"]
    assert doc.xpath(f"{member}/p:MmbId/text()", namespaces=ns) == ["1234"]
    assert doc.xpath("//p:PmtInf/p:BtchBookg/text()", namespaces=ns) == ["false"]
    assert "Vandværket ApS &amp; Søn &lt;Øst&gt;" in xml.decode()


def test_a_payout_without_an_account_or_with_a_bad_iban_is_refused_and_names_the_client():
    bad = [Payout("X", "K9", D("10.00"), Account("Uden konto"), "x"),
           Payout("Y", "K8", D("10.00"), Account("Forkert", iban="DK5000400440116244"), "y")]  # fmt: skip
    with pytest.raises(Pain001Error) as exc:
        write_pain001(bad, debtor=FIRM, message_id="M", execution_date=date(2026, 12, 1),
                      created=datetime(2026, 11, 30))  # fmt: skip
    assert "klient K9: der mangler IBAN" in str(exc.value)
    assert "klient K8: IBAN DK5000400440116244 har forkert kontrolciffer" in str(exc.value)


def test_a_bad_bic_is_named():
    assert Account("X", iban="DK5000400440116243", bic="NDEA1KKK").problem() == (
        "BIC NDEA1KKK er ikke gyldig"
    )
    assert Account("X", iban="DK5000400440116243", bic="NDEADKKK").problem() is None
