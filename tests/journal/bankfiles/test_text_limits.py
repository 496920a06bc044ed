"""Bank files' ids and references: longer than their column, or holding NUL, control characters or
lone surrogates, they refuse the whole file with the field named — on SQLite as on PostgreSQL,
because the check is in the reader, before any database."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from workflows.bankfiles import (
    PaymentFileError,
    PaymentSpec,
    ReferenceKind,
    make_camt054,
    make_fi_file,
    make_fik71_reference,
    parse_camt054,
    parse_fi_list,
)

DAY = date(2026, 1, 5)
SPEC = PaymentSpec(
    Decimal("100.50"), DAY, make_fik71_reference("7"), ReferenceKind.FIK71, payer_name="A"
)


def test_a_good_file_is_read():
    assert parse_camt054(make_camt054([SPEC], msg_id="M-1")).file_id == "M-1"
    assert parse_fi_list(make_fi_file([SPEC], file_id="F-1", created=DAY)).file_id == "F-1"


def test_a_file_id_too_long_is_refused():
    msg_id = "M" * 121
    with pytest.raises(PaymentFileError, match=r"filens id .* er for lang"):
        parse_camt054(make_camt054([SPEC], msg_id=msg_id))
    with pytest.raises(PaymentFileError, match=r"højst 120"):
        parse_fi_list(make_fi_file([SPEC], file_id=msg_id, created=DAY))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"bank_reference": "B" * 81}, "bankens reference (AcctSvcrRef) er for lang"),
        ({"payer_name": "N" * 141}, "betalerens navn er for lang"),
        ({"reference": "R" * 141, "reference_kind": ReferenceKind.TEXT}, "referencen er for lang"),
    ],
)
def test_a_camt_reference_too_long_is_refused_with_the_element(change, words):
    with pytest.raises(PaymentFileError, match=re.escape(words)) as caught:
        parse_camt054(make_camt054([replace(SPEC, **change)], msg_id="M-1"))
    assert caught.value.element_path  # the entry is named


def test_a_control_character_in_an_fi_id_is_refused_with_the_line():
    data = make_fi_file([replace(SPEC, bank_reference="AB\x01C")], file_id="F-1", created=DAY)
    with pytest.raises(PaymentFileError, match="tegn, der ikke kan gemmes") as caught:
        parse_fi_list(data)
    assert caught.value.line_no == 2


def test_a_nul_byte_in_camt_is_refused_not_a_traceback():
    xml = make_camt054([SPEC], msg_id="M-1").replace(b"M-1", b"M&#0;1", 1)
    with pytest.raises(PaymentFileError):
        parse_camt054(xml)
