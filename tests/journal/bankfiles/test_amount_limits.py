"""Bank files' amounts go through the one amount reader: an amount beyond what the database holds
or written in another script's digits refuses the whole file, naming the element or the line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from workflows.bankfiles import (
    PaymentFileError,
    PaymentSpec,
    ReferenceKind,
    make_camt054,
    make_fi_file,
    make_fik71_reference,
    parse_bgmax,
    parse_camt054,
    parse_fi_list,
)

DAY = date(2026, 1, 5)
SPEC = PaymentSpec(
    Decimal("100.50"), DAY, make_fik71_reference("7"), ReferenceKind.FIK71, payer_name="A"
)
TOO_LARGE = "beløbet er for stort (højst 9.999.999.999.999,99)"
BGMAX = (Path(__file__).parent / "fixtures" / "minimal__Zimpler.txt").read_text()


def camt_with_entry_amount(text: str) -> bytes:
    """The entry's <Amt> (the second '>100.50<' after the summary's Sum and net amount) replaced."""
    xml = make_camt054([SPEC], msg_id="F-1", version=4).decode()
    head, entry = xml.split("<Ntry>", 1)
    return (head + "<Ntry>" + entry.replace(">100.50<", f">{text}<", 1)).encode()


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("99999999999999999", TOO_LARGE),  # 17 digits: ISO 20022 allows 18
        ("10000000000000.00", TOO_LARGE),
        ("١٠٠.٥٠", "er ikke et gyldigt beløb"),  # Arabic-Indic digits
        ("１００.５０", "er ikke et gyldigt beløb"),  # full-width digits
        ("1e9999", "er ikke et gyldigt beløb"),
        ("NaN", "er ikke et gyldigt beløb"),
        ("100.505", "beløbet kan højst have to decimaler"),
    ],
)
def test_a_camt054_amount_no_one_meant_is_refused_naming_the_element(written, problem):
    with pytest.raises(PaymentFileError) as refused:
        parse_camt054(camt_with_entry_amount(written))
    assert refused.value.element_path.endswith("/Ntfctn[1]/Ntry[1]/Amt")
    assert problem in str(refused.value)


def test_iso_fraction_digits_beyond_the_ore_are_read_when_they_are_zeros():
    # the entry says 100.50000, the transaction and the totals 100.50: they agree
    parsed = parse_camt054(camt_with_entry_amount("100.50000"))
    assert [p.amount for p in parsed.payments] == [Decimal("100.50")]


def test_an_over_large_camt054_control_sum_is_refused_naming_the_element():
    xml = make_camt054([SPEC], msg_id="F-1", version=4).decode()
    xml = xml.replace("<Sum>100.50</Sum>", "<Sum>99999999999999999.00</Sum>", 1)
    with pytest.raises(PaymentFileError) as refused:
        parse_camt054(xml.encode())
    assert refused.value.element_path.endswith("TxsSummry/TtlNtries/Sum")
    assert TOO_LARGE in str(refused.value)


def fi_with_amount(text: str) -> bytes:
    return make_fi_file([SPEC], file_id="F-1", created=DAY).replace(
        b";100,50;", f";{text};".encode(), 1
    )


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("99999999999999,00", TOO_LARGE),
        ("10000000000000,00", TOO_LARGE),
        ("١٠٠,٥٠", "skal skrives som 1234,56"),
        ("１００,５０", "skal skrives som 1234,56"),
        ("1e3,00", "skal skrives som 1234,56"),
    ],
)
def test_an_fi_amount_no_one_meant_is_refused_naming_the_line(written, problem):
    with pytest.raises(PaymentFileError) as refused:
        parse_fi_list(fi_with_amount(written))
    assert refused.value.line_no == 2
    assert str(refused.value).startswith("Linje 2: ") and problem in str(refused.value)


def bgmax_with_payment_amount(digits: str) -> bytes:
    lines = BGMAX.split("\n")
    lines[2] = lines[2][:37] + digits + lines[2][55:]  # TK20 amount: positions 38-55, in øre
    return "\n".join(lines).encode("utf-8")


def test_an_over_large_bgmax_amount_is_refused_naming_the_line():
    with pytest.raises(PaymentFileError) as refused:
        parse_bgmax(bgmax_with_payment_amount("9" * 18))  # 9.999.999.999.999.999,99
    assert refused.value.line_no == 3
    assert f"beløbet (position 38-55): {TOO_LARGE}" in str(refused.value)


def test_bgmax_amounts_in_other_digits_are_refused_naming_the_line():
    with pytest.raises(PaymentFileError) as refused:
        parse_bgmax(bgmax_with_payment_amount("000000000000١١٠٠٠٠"))
    assert refused.value.line_no == 3
    assert "beløbet (position 38-55) skal være cifre" in str(refused.value)


def test_the_largest_bgmax_amount_the_database_holds_is_read_to_the_ore():
    data = bgmax_with_payment_amount("000999999999999999").decode()
    lines = data.split("\n")
    lines[3] = lines[3][:50] + "000999999999999999" + lines[3][68:]  # TK15 deposit amount
    parsed = parse_bgmax("\n".join(lines).encode())
    assert [p.amount for p in parsed.payments] == [Decimal("9999999999999.99")]
