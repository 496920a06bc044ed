"""The client-funds reader on files written the way banks write them."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from workflows.bankfiles.model import PaymentFileError
from workflows.client_funds.bank_statements import read_bank_file

FILES = Path(__file__).parent.parent / "bankfiles"


def test_batch_entry_gives_one_transaction_per_txdtls_and_pending_stays_apart():
    st = read_bank_file((FILES / "camt054_v08_batch_pending.xml").read_bytes())
    assert st.kind == "camt.054"
    assert [(e.end_to_end_id, e.amount) for e in st.entries] == [
        ("CF-1", Decimal("-1500.50")),
        ("CF-2", Decimal("-2000.00")),
        ("CF-3", Decimal("-500")),
    ]
    assert all(e.bank_reference == "BATCH-778" for e in st.entries)
    assert [e.end_to_end_id for e in st.not_booked] == ["CF-4"]


def test_two_statements_prcd_opening_prtry_ignored_v02_status():
    st = read_bank_file((FILES / "camt053_v02_two_stmt_prcd.xml").read_bytes())
    assert st.account == "00400440116243"
    assert (st.opening, st.closing, st.closing_date) == (
        Decimal("10000.00"),
        Decimal("9250.00"),
        date(2026, 12, 3),
    )
    assert [e.amount for e in st.entries] == [Decimal("-1000.00"), Decimal("250.00")]
    assert [e.amount for e in st.not_booked] == [Decimal("99.00")]
    assert st.opening + sum(e.amount for e in st.entries) == st.closing


def test_two_accounts_in_one_file_are_refused_naming_both():
    data = (FILES / "camt053_v02_two_stmt_prcd.xml").read_bytes()
    data = data.replace(b"<Id>00400440116243</Id>", b"<Id>11112222333</Id>", 1)
    with pytest.raises(PaymentFileError, match="flere konti.*00400440116243.*11112222333"):
        read_bank_file(data)


def test_two_accounts_in_one_file_the_client_account_is_taken_by_its_bban():
    data = (FILES / "camt053_v02_two_stmt_prcd.xml").read_bytes()
    data = data.replace(b"<Id>00400440116243</Id>", b"<Id>11112222333</Id>", 1)
    st = read_bank_file(data, own_iban="DK50 0040 0440 116243")
    assert st.account == "00400440116243"
    assert (st.opening, st.closing) == (Decimal("9000.00"), Decimal("9250.00"))
