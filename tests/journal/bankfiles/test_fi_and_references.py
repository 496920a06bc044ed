"""Danish FI-card payments: payment ids with Luhn check digits, and the FI list file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workflows.bankfiles import (
    PaymentFileError,
    PaymentSpec,
    ReferenceKind,
    detect_and_parse,
    format_fik_code_line,
    make_fi_file,
    make_fik71_reference,
    make_fik75_reference,
    make_fik_reference,
    parse_fi_list,
    parse_fik_code_line,
    validate_fik_reference,
)


def test_a_case_number_becomes_a_15_digit_fik71_id_with_a_luhn_check_digit():
    ref = make_fik71_reference("2026-00123")

    assert ref == "00000202600123" + ref[-1] and len(ref) == 15
    assert validate_fik_reference("71", ref)
    assert validate_fik_reference(ReferenceKind.FIK71, ref)
    assert not validate_fik_reference("+71", ref[:-1] + str((int(ref[-1]) + 1) % 10))


def test_fik75_ids_are_16_digits_and_fik73_has_none():
    assert len(make_fik75_reference("7")) == 16
    assert validate_fik_reference("fik73", "")
    assert not validate_fik_reference("73", "123")
    with pytest.raises(ValueError, match=r"\+73 har intet betalings-id"):
        make_fik_reference("73", "1")


@pytest.mark.parametrize("case_no", ["ABC-1", "123456789012345", "", "١٢٣"])
def test_case_numbers_that_cannot_become_an_id_are_refused(case_no):
    with pytest.raises(ValueError):
        make_fik71_reference(case_no)


@given(st.integers(min_value=0, max_value=10**14 - 1))
def test_every_made_id_validates_and_one_changed_digit_never_does(number):
    ref = make_fik71_reference(str(number))
    assert validate_fik_reference("71", ref)
    for position in range(15):
        changed = ref[:position] + str((int(ref[position]) + 1) % 10) + ref[position + 1 :]
        assert not validate_fik_reference("71", changed)


def test_code_lines_are_written_and_read_back():
    ref = make_fik71_reference("1234567")
    line = format_fik_code_line("71", ref, "81234567")

    assert line == f"+71<{ref}+81234567<"
    assert parse_fik_code_line(line) == (ReferenceKind.FIK71, ref, "81234567")
    assert parse_fik_code_line("+73<+81234567<") == (ReferenceKind.FIK73, "", "81234567")
    with pytest.raises(ValueError, match="15 cifre"):
        parse_fik_code_line("+71<123+81234567<")


DAY = date(2026, 3, 2)
SPECS = [
    PaymentSpec(
        Decimal("1234.56"),
        DAY,
        make_fik71_reference("42"),
        ReferenceKind.FIK71,
        payer_name="Hansen; Jens",
        bank_reference="B1",
    ),
    PaymentSpec(Decimal("10.00"), DAY, "", ReferenceKind.FIK73, text='Sag 43 "rest"'),
    PaymentSpec(
        Decimal("0.01"),
        DAY,
        make_fik75_reference("44"),
        ReferenceKind.FIK75,
        value_date=date(2026, 3, 3),
    ),
]


def test_an_fi_list_reads_back_with_its_control_totals():
    parsed = detect_and_parse(make_fi_file(SPECS, file_id="FI-7", created=DAY))

    assert parsed.format == "fi" and parsed.file_id == "FI-7" and parsed.created == DAY
    assert [(p.amount, p.reference_kind) for p in parsed.payments] == [
        (s.amount, s.reference_kind) for s in SPECS
    ]
    assert parsed.payments[0].payer_name == "Hansen; Jens"
    assert parsed.payments[1].reference == 'Sag 43 "rest"'
    assert parsed.payments[2].value_date == date(2026, 3, 3)
    assert parsed.control_totals.count == 3
    assert parsed.control_totals.amount == Decimal("1244.57")


def test_a_windows_1252_fi_list_is_read():
    data = (
        make_fi_file(SPECS[:1], file_id="X", created=DAY)
        .decode()
        .replace("Hansen; Jens", "Søren Ærø")
        .encode("cp1252")
    )

    assert parse_fi_list(data).payments[0].payer_name == "Søren Ærø"


def test_a_wrong_check_digit_leaves_the_payment_unmatchable_not_the_file_refused():
    good = make_fik71_reference("42")
    data = make_fi_file(SPECS[:1], file_id="X", created=DAY).replace(
        good.encode(), (good[:-1] + str((int(good[-1]) + 1) % 10)).encode()
    )

    assert not parse_fi_list(data).payments[0].reference_valid


def _lines() -> list[str]:
    return make_fi_file(SPECS, file_id="FI-7", created=DAY).decode().split("\r\n")


def _with(index: int, old: str, new: str) -> bytes:
    lines = _lines()
    lines[index] = lines[index].replace(old, new, 1)
    return "\r\n".join(lines).encode()


MALFORMED = [
    ("count differs", _with(4, "FI99;3", "FI99;4"), 5, "angiver 4 betalinger"),
    ("sum differs", _with(4, "1244,57", "1244,58"), 5, "summen"),
    ("bad amount", _with(1, "1234,56", "1.234,56"), 2, "beløbet"),
    ("bad date", _with(2, "2026-03-02", "02-03-2026"), 3, "dato"),
    ("bad code line", _with(1, "+71<", "+72<"), 2, "kodelinjen"),
    ("short id", _with(3, "+75<0", "+75<"), 4, "16 cifre"),
    ("missing field", _with(2, ";;", ";"), 3, "9 felter"),
    ("unknown record", _with(2, "FI02", "FI05"), 3, "ukendt posttype"),
    ("no header", "\r\n".join(_lines()[1:]).encode(), 1, "begynde med"),
    ("no trailer", "\r\n".join(_lines()[:4]).encode(), 4, "uden slutpost"),
    ("bad currency", _with(0, "DKK", "kr"), 1, "valutakoden"),
    ("zero amount", _with(3, "0,01", "0,00"), 4, "større end 0"),
    ("after trailer", ("\r\n".join(_lines()) + _lines()[1]).encode(), 6, "efter slutposten"),
    ("not text", b"FI01;X;2026-01-01;DKK\r\n\x81\x8d", 2, "Windows-1252"),
]


@pytest.mark.parametrize(
    ("data", "line_no", "words"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_every_kind_of_malformed_fi_list_is_refused_naming_its_line(data, line_no, words):
    with pytest.raises(PaymentFileError) as refused:
        parse_fi_list(data)

    assert refused.value.line_no == line_no
    assert words in str(refused.value)


def test_an_unknown_format_is_refused_with_the_file_name():
    with pytest.raises(PaymentFileError, match="betalinger.csv: ukendt filformat"):
        detect_and_parse(b"Dato;Tekst;Bel\xf8b\r\n", filename="betalinger.csv")
