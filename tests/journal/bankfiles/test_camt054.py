"""camt.054: every version 001.02-001.13 reads; stated totals are checked; bad files are refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from workflows.bankfiles import (
    PaymentFileError,
    PaymentSpec,
    ReferenceKind,
    detect_and_parse,
    make_camt054,
    make_fik71_reference,
    make_fik75_reference,
    parse_camt054,
)

DAY = date(2026, 1, 5)
SPECS = [
    PaymentSpec(
        Decimal("100.50"),
        DAY,
        make_fik71_reference("2026-123"),
        ReferenceKind.FIK71,
        payer_name="Jens & Søn <ApS>",
        payer_account="DK5000400440116243",
    ),
    PaymentSpec(Decimal("20.00"), DAY, "RF18539007547034", ReferenceKind.CREDITOR_REF),
    PaymentSpec(Decimal("30.00"), DAY, "Sag 2026-77", value_date=date(2026, 1, 6)),
    PaymentSpec(Decimal("40.00"), DAY, "E2E-1", ReferenceKind.E2E),
    PaymentSpec(Decimal("5.00"), DAY, "", ReferenceKind.FIK73, text="Faktura 12"),
    PaymentSpec(Decimal("7.00"), DAY, make_fik75_reference("99"), ReferenceKind.FIK75, text="hej"),
    PaymentSpec(Decimal("8.00"), DAY, "655969", ReferenceKind.OCR),
]


@pytest.mark.parametrize("version", range(2, 14))
def test_every_version_reads_back_what_was_written(version):
    parsed = parse_camt054(make_camt054(SPECS, msg_id="MSG-1", version=version))

    assert parsed.format == "camt.054" and parsed.file_id == "MSG-1"
    assert parsed.created == date(2026, 1, 2)
    assert parsed.currency == "DKK"
    assert [(p.amount, p.reference, p.reference_kind) for p in parsed.payments] == [
        (s.amount, s.reference or s.text, s.reference_kind) for s in SPECS
    ]
    assert all(p.reference_valid for p in parsed.payments)
    assert parsed.control_totals.count == len(SPECS)
    assert parsed.control_totals.amount == sum(s.amount for s in SPECS)
    first = parsed.payments[0]
    assert first.payer_name == "Jens & Søn <ApS>"
    assert first.payer_account == "DK5000400440116243"
    assert first.booking_date == DAY and first.bank_reference == "BANKREF000000001"
    assert first.element_path.endswith("/Ntry[1]/NtryDtls[1]/TxDtls[1]")
    assert parsed.payments[2].value_date == date(2026, 1, 6)


def test_a_wrong_fik_check_digit_or_rf_reference_is_kept_but_not_matchable():
    good = make_fik71_reference("555")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    specs = [
        PaymentSpec(Decimal("1.00"), DAY, bad, ReferenceKind.FIK71),
        PaymentSpec(Decimal("2.00"), DAY, "RF19539007547034", ReferenceKind.CREDITOR_REF),
    ]

    parsed = parse_camt054(make_camt054(specs, msg_id="M"))

    assert [p.reference_valid for p in parsed.payments] == [False, False]
    assert parsed.payments[0].matchable_references == ()


def _xml(version: int = 8, specs=SPECS) -> str:
    return make_camt054(specs, msg_id="MSG-1", version=version).decode("utf-8")


def _refused(xml: str) -> PaymentFileError:
    with pytest.raises(PaymentFileError) as refused:
        parse_camt054(xml.encode("utf-8"))
    return refused.value


MALFORMED = [
    ("not camt.054", lambda x: x.replace("camt.054.001.08", "camt.053.001.08"), "ikke en camt.054"),
    ("too new", lambda x: x.replace("camt.054.001.08", "camt.054.001.99"), "ikke en camt.054"),
    ("no MsgId", lambda x: x.replace("<MsgId>MSG-1</MsgId>", "<MsgId> </MsgId>"), "MsgId"),
    (
        "amount not a number",
        lambda x: x.replace('<Amt Ccy="DKK">100.50</Amt>', '<Amt Ccy="DKK">1OO.50</Amt>', 1),
        "/Ntry[1]/Amt",
    ),
    ("bad currency", lambda x: x.replace('Ccy="DKK">20.00', 'Ccy="dk">20.00', 1), "valutakoden"),
    (
        "bad indicator",
        lambda x: x.replace("<CdtDbtInd>CRDT</CdtDbtInd><Sts>", "<CdtDbtInd>X</CdtDbtInd><Sts>", 1),
        "/Ntry[1]/CdtDbtInd",
    ),
    (
        "count differs",
        lambda x: x.replace("<NbOfNtries>7</NbOfNtries>", "<NbOfNtries>8</NbOfNtries>", 1),
        "TtlNtries/NbOfNtries",
    ),
    (
        "sum differs",
        lambda x: x.replace("<Sum>210.50</Sum>", "<Sum>210.51</Sum>", 1),
        "TtlNtries/Sum",
    ),
    ("net differs", lambda x: x.replace("<Amt>210.50</Amt>", "<Amt>200.00</Amt>"), "TtlNetNtry"),
    (
        "no booking date",
        lambda x: x.replace("<BookgDt><Dt>2026-01-05</Dt></BookgDt>", "", 1),
        "mangler elementet BookgDt",
    ),
    (
        "bad date",
        lambda x: x.replace("<Dt>2026-01-05</Dt>", "<Dt>2026-02-30</Dt>", 1),
        "/Ntry[1]/BookgDt/Dt",
    ),
    ("no status", lambda x: x.replace("<Sts><Cd>BOOK</Cd></Sts>", "", 1), "Sts"),
    (
        "zero amount",
        lambda x: x.replace(">8.00<", ">0.00<").replace("210.50", "202.50"),
        "større end 0",
    ),
    ("truncated", lambda x: x[: len(x) // 2], "kan ikke læses"),
    (
        "doctype",
        lambda x: x.replace("<Document", '<!DOCTYPE d [<!ENTITY e "x">]><Document', 1),
        "DOCTYPE",
    ),
    (
        "no notification",
        lambda x: x[: x.index("<Ntfctn>")] + "</BkToCstmrDbtCdtNtfctn></Document>",
        "ingen Ntfctn",
    ),
]


@pytest.mark.parametrize(
    ("change", "words"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_every_kind_of_malformed_file_is_refused_naming_the_element(change, words):
    refused = _refused(change(_xml()))

    assert words in str(refused)
    assert refused.element_path or refused.line_no or "DOCTYPE" in str(refused)


def test_transactions_that_do_not_add_up_to_their_entry_refuse_the_file():
    xml = _xml(3).replace(
        '<Amt Ccy="DKK">20.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RltdPties>',
        '<Amt Ccy="DKK">19.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RltdPties>',
    )

    refused = _refused(xml)

    assert "summerer til 19.00 DKK" in str(refused)
    assert refused.element_path.endswith("/Ntry[2]/Amt")


def _batch_entry(nb_of_txs: int = 2) -> str:
    return (
        '<Ntry><Amt Ccy="DKK">30.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>'
        "<BookgDt><Dt>2026-01-05</Dt></BookgDt><AcctSvcrRef>BATCH1</AcctSvcrRef>"
        f"<NtryDtls><Btch><NbOfTxs>{nb_of_txs}</NbOfTxs></Btch>"
        '<TxDtls><AmtDtls><TxAmt><Amt Ccy="DKK">10.00</Amt></TxAmt></AmtDtls>'
        "<RmtInf><Strd><CdtrRefInf><Ref>655969</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>"
        '<TxDtls><AmtDtls><TxAmt><Amt Ccy="DKK">20.00</Amt></TxAmt></AmtDtls>'
        "<RmtInf><Ustrd>sag 42</Ustrd></RmtInf></TxDtls>"
        "</NtryDtls></Ntry>"
    )


def _v02_with(entries: str) -> bytes:
    return (
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">'
        "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>B-1</MsgId>"
        "<CreDtTm>2026-01-05T10:00:00+01:00</CreDtTm></GrpHdr>"
        f"<Ntfctn><Id>N1</Id>{entries}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
    ).encode()


def test_a_batch_entry_gives_one_payment_per_transaction_with_unique_bank_references():
    parsed = parse_camt054(_v02_with(_batch_entry()))

    assert [p.amount for p in parsed.payments] == [Decimal("10.00"), Decimal("20.00")]
    assert [p.bank_reference for p in parsed.payments] == ["BATCH1/1", "BATCH1/2"]
    assert parsed.payments[0].reference_kind == ReferenceKind.OCR
    assert parsed.payments[1].reference == "sag 42"
    assert parsed.control_totals is None  # this file states no TxsSummry


def test_a_batch_whose_transaction_count_differs_is_refused():
    with pytest.raises(PaymentFileError, match="NbOfTxs angiver 3"):
        parse_camt054(_v02_with(_batch_entry(3)))


def test_debit_entries_become_deductions_and_pending_entries_are_not_money_yet():
    debit = (
        '<Ntry><Amt Ccy="DKK">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>'
        "<BookgDt><Dt>2026-01-05</Dt></BookgDt><AddtlNtryInf>Gebyr</AddtlNtryInf></Ntry>"
    )
    pending = '<Ntry><Amt Ccy="DKK">9.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts></Ntry>'
    parsed = parse_camt054(_v02_with(debit + pending))

    assert parsed.payments == ()
    assert [(d.amount, d.text) for d in parsed.deductions] == [(Decimal("5.00"), "Gebyr")]


def test_entities_are_never_expanded_and_the_network_is_never_asked():
    xml = _xml().replace(
        "<Document", '<!DOCTYPE Document SYSTEM "http://example.invalid/x.dtd"><Document', 1
    )
    with pytest.raises(PaymentFileError, match="DOCTYPE"):
        detect_and_parse(xml.encode())
