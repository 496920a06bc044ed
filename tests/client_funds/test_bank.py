"""The client account at the bank, on SQLite and PostgreSQL: the pain.001 payout (valid against
the XSD), the camt.054 that marks it paid, and the camt.053 reconciliation."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from lxml import etree

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.client_funds import bank, create_drafts, post_settlements
from caplegal_desktop.services.client_funds.funds_ledger import funds_balances
from tests.client_funds.builders import agree, client_of, new_case, pay
from workflows.client_funds.bank_statements import BankEntry, make_camt

XSD = Path(__file__).resolve().parent.parent / "data" / "iso20022"
TO = date(2026, 11, 30)
ACCOUNT = "DK5000400440116243"


def settle_and_post(app) -> list[int]:
    with app.uow(write=True) as uow:
        changed = create_drafts(uow.session, to=TO, user="t")
        post_settlements(uow.session, user="t")
        uow.commit()
    return list(changed.settlement_ids)


def _paid_out_in_a_file(app, account_name: str, bic: str | None):
    """(settlement id, client no., pain.001) of a client with an IBAN paid 1.500,00 on a case,
    settled, posted and put in a payout file from the office's client account."""
    case_id, _ = new_case(app)
    client_id, client_no = client_of(app, case_id)
    agree(app, client_id, iban="DK9520000123456789")
    pay(app, case_id, "1500.00")
    [sid] = settle_and_post(app)
    with app.uow(write=True) as uow:
        bank.set_account(uow.session, name=account_name, iban=ACCOUNT, bic=bic, version=None)
        made = bank.payout_file(uow.session, execution_date=date(2026, 12, 1),
                                now=datetime(2026, 11, 30, 16, 0))  # fmt: skip
        uow.commit()
    return sid, client_no, made


def test_payout_file_then_the_banks_debit_notification_marks_it_paid(app):
    # GIVEN a posted settlement of a client with an IBAN, and the office's client account
    sid, client_no, made = _paid_out_in_a_file(app, "Mit Advokatfirma klientkonto", "NDEADKKK")
    # THEN the file is valid pain.001.001.09 with one payment of the payout (250,00)
    schema = etree.XMLSchema(etree.parse(str(XSD / "pain.001.001.09.xsd")))
    doc = etree.fromstring(made.xml)
    schema.assertValid(doc)
    assert made.settlement_ids == (sid,) and made.total == D("250.00")
    ns = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"}
    [e2e] = doc.xpath("//p:EndToEndId/text()", namespaces=ns)
    assert doc.xpath("//p:PmtInf/p:BtchBookg/text()", namespaces=ns) == ["false"]
    # WHEN the bank's camt.054 debits it (and one debit nobody knows)
    camt = make_camt("camt.054", account=ACCOUNT, day=date(2026, 12, 1), entries=[
        BankEntry(date(2026, 12, 1), D("-250.00"), e2e, "B1", ""),
        BankEntry(date(2026, 12, 1), D("-99.00"), "UNKNOWN", "B2", "Gebyr"),
    ])  # fmt: skip
    with app.uow(write=True) as uow:
        done = bank.apply_debit_notification(uow.session, data=camt, user="t")
        uow.commit()
    # THEN the settlement is paid, the client's balance is 0, the unknown debit is listed
    assert done.settlement_ids == (sid,)
    assert [e.end_to_end_id for e in done.unmatched] == ["UNKNOWN"]
    with app.uow() as uow:
        [row] = funds_balances(uow.session)
    assert (row.client_no, row.paid_out, row.balance) == (client_no, D("250.00"), D("0.00"))
    # AND a second pain.001 has nothing left to pay
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="ingen bogførte"):
        bank.payout_file(uow.session, execution_date=date(2026, 12, 2), now=datetime.now())


def test_a_client_without_an_account_is_named_and_nothing_is_written(app):
    case_id, _ = new_case(app)
    _, client_no = client_of(app, case_id)
    pay(app, case_id, "1500.00")
    settle_and_post(app)
    with app.uow(write=True) as uow:
        bank.set_account(uow.session, name="Klientkonto", iban=ACCOUNT, bic=None,
                         version="pain.001.001.03")  # fmt: skip
        with pytest.raises(ValidationError, match=f"klient {client_no}: der mangler IBAN"):
            bank.payout_file(uow.session, execution_date=TO, now=datetime.now())


def test_reconciliation_lists_an_unmatched_bank_line_and_unsettled_payments(app):
    # GIVEN two payments received on the client account, one settled and paid out, one not
    case_id, _ = new_case(app)
    pay(app, case_id, "1500.00", day=date(2026, 11, 23))
    settle_and_post(app)  # client part 500, set-off 250: the firm holds 250 for the client
    pay(app, case_id, "400.00", day=date(2026, 12, 2))
    # AND the bank statement: both payments in, the firm's part moved out (KMF...), and one
    # line the books do not know
    entries = [
        BankEntry(date(2026, 11, 23), D("1500.00"), "", "", "Indbetaling"),
        BankEntry(date(2026, 11, 30), D("-1250.00"), "KMF-1", "", "Kontorets andel"),
        BankEntry(date(2026, 12, 2), D("400.00"), "", "", "Indbetaling"),
        BankEntry(date(2026, 12, 3), D("75.00"), "", "X9", "Ukendt indbetaling"),
    ]
    closing = sum((e.amount for e in entries), D("0"))
    camt = make_camt("camt.053", account=ACCOUNT, entries=entries, closing=closing,
                     day=date(2026, 12, 3))  # fmt: skip
    with app.uow() as uow:
        result = bank.reconcile(uow.session, data=camt)
    # THEN books = 250,00 held for the client + 400,00 unsettled = 650,00; bank = 725,00
    assert (result.funds_balance, result.unsettled, result.book_balance) == (
        D("250.00"), D("400.00"), D("650.00"))  # fmt: skip
    assert (result.bank_balance, result.difference, result.agrees) == (
        D("725.00"), D("75.00"), False)  # fmt: skip
    assert [e.bank_reference for e in result.unmatched_bank] == ["X9"]
    assert [p[3] for p in result.unsettled_payments] == [D("400.00")]
    # AND the outcome is kept for the Role Center's cue
    with app.uow(write=True) as uow:
        bank.record_reconciliation(uow.session, result, user="t")
        uow.commit()
        latest = bank.latest_reconciliation(uow.session)
        assert (latest.agrees, latest.unmatched_lines, latest.bank_balance) == (
            False, 1, D("725.00"))  # fmt: skip


def test_a_bank_file_with_an_entity_declaration_is_refused(app):
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Document/>'
    with app.uow() as uow, pytest.raises(ValidationError, match="DOCTYPE"):
        bank.reconcile(uow.session, data=evil)


def test_a_batch_booked_debit_marks_its_payout_paid_by_its_own_txdtls(app):
    # GIVEN a posted settlement in a payout file
    sid, _, made = _paid_out_in_a_file(app, "Klientkonto", None)
    ns = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"}
    [e2e] = etree.fromstring(made.xml).xpath("//p:EndToEndId/text()", namespaces=ns)
    # WHEN the bank books it in one debit entry with three TxDtls (camt.054.001.08, BOM),
    # and a pending entry carries the same EndToEndId
    fixture = Path(__file__).parent / "bankfiles" / "camt054_v08_batch_pending.xml"
    data = fixture.read_bytes().replace(b">1500.5<", b">250.00<")
    data = data.replace(b"CF-1", e2e.encode()).replace(b"CF-4", e2e.encode())
    with app.uow(write=True) as uow:
        done = bank.apply_debit_notification(uow.session, data=data, user="t")
        uow.commit()
    # THEN its settlement is paid, the other two transactions are listed unmatched one by one
    assert done.settlement_ids == (sid,)
    assert [e.end_to_end_id for e in done.unmatched] == ["CF-2", "CF-3"]


def test_reconciliation_keeps_a_not_booked_bank_line_out_of_the_balance_and_names_it(app):
    # GIVEN a bank statement file of two statements with an information entry (v.02, BBAN)
    data = (Path(__file__).parent / "bankfiles" / "camt053_v02_two_stmt_prcd.xml").read_bytes()
    with app.uow() as uow:
        result = bank.reconcile(uow.session, data=data)
    # THEN the balance is the last statement's closing; the INFO entry is listed apart
    assert result.bank_balance == D("9250.00")
    assert [e.amount for e in result.not_booked] == [D("99.00")]
    listed = result.to_json_dict()["not_booked_bank_lines"]
    assert [(x["booking_date"], x["amount"]) for x in listed] == [("2026-12-03", "99.00")]
    assert all(e.amount != D("99.00") for e in result.unmatched_bank)


def test_a_statement_of_another_account_is_refused_naming_both(app):
    # GIVEN the office's client account, and the statement of its own operating account
    with app.uow(write=True) as uow:
        bank.set_account(uow.session, name="Klientkonto", iban=ACCOUNT, bic=None, version=None)
        uow.commit()
    camt = make_camt("camt.053", account="DK3000001234567890", closing=D("100.00"),
                     entries=[BankEntry(date(2026, 12, 1), D("100.00"), "", "", "Honorar")],
                     day=date(2026, 12, 1))  # fmt: skip
    # THEN the reconciliation refuses it in Danish and records nothing
    with app.uow(write=True) as uow:
        with pytest.raises(ValidationError, match="for konto DK3000001234567890, ikke "
                                                  f"klientkontoen {ACCOUNT}"):  # fmt: skip
            bank.reconcile(uow.session, data=camt)
        assert bank.latest_reconciliation(uow.session) is None
