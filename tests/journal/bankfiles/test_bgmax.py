"""BgMax: Bankgirot's published example files parse to their totals; broken files are refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from workflows.bankfiles import PaymentFileError, ReferenceKind, detect_and_parse, parse_bgmax

FIXTURES = Path(__file__).parent / "fixtures"
LINDGREN = "bankgiroinbetalningar_exempelfil_avtal-om-ocr-kontroll_checksiffra_langd_sv__rickardlindgren.txt"
FABHED = "bankgiroinbetalningar_exempelfil_avtal-om-ocr-kontroll_checksiffra_langd_sv__fabhed.txt"


def sample(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# (file, TK20 payments, TK21 deductions, deposits per currency) as the files' TK70/TK15 state them
PUBLISHED_TOTALS = [
    (LINDGREN, 8, 1, {"SEK": Decimal("9900.00"), "EUR": Decimal("4000.00")}),
    (FABHED, 6, 1, {"SEK": Decimal("9900.00")}),
    ("BgMaxfil4__Zimpler.txt", 9, 0, {"SEK": Decimal("8600.00"), "EUR": Decimal("4000.00")}),
    ("minimal__Zimpler.txt", 1, 0, {"SEK": Decimal("1100.00")}),
]


@pytest.mark.parametrize(("name", "payments", "deductions", "totals"), PUBLISHED_TOTALS)
def test_real_samples_parse_to_their_published_totals(name, payments, deductions, totals):
    parsed = detect_and_parse(sample(name), filename=name)

    assert parsed.format == "bgmax"
    assert len(parsed.payments) == payments == parsed.control_totals.count
    assert len(parsed.deductions) == deductions
    assert parsed.control_totals.amount_by_currency == totals
    assert parsed.total_by_currency() == totals
    assert all(p.amount > 0 for p in parsed.payments + parsed.deductions)


def test_the_deliberately_broken_sample_is_refused_naming_the_end_record():
    with pytest.raises(PaymentFileError) as refused:
        parse_bgmax(sample("BgMaxfil4_broken__Zimpler.txt"))

    assert refused.value.line_no == 67
    assert "slutposten angiver 8 betalingsposter" in str(refused.value)


def test_lf_and_crlf_copies_of_the_example_read_the_same_and_the_tab_line_lines_up():
    crlf = parse_bgmax(sample(FABHED))
    lf = parse_bgmax(sample(LINDGREN))

    tab_payment = crlf.payments[1]  # TK20 with three references and the TAB-indented TK22
    assert [x.reference for x in tab_payment.extra_references] == [
        "657866",
        "658765",
        "657767",
        "657965",
    ]
    assert tab_payment.extra_references == lf.payments[1].extra_references
    assert [p.amount for p in crlf.payments] == [p.amount for p in lf.payments[:6]]


def test_a_payment_carries_ocr_payer_date_and_a_unique_bank_reference():
    parsed = parse_bgmax(sample(LINDGREN))
    first = parsed.payments[0]

    assert first.reference == "655969"
    assert first.reference_kind == ReferenceKind.OCR and first.reference_valid
    assert first.amount == Decimal("1000.00") and first.currency == "SEK"
    assert first.booking_date == date(2004, 5, 25)
    assert first.payer_name == "Kalles Plåt AB"
    assert first.payer_account == "3783511"
    assert first.line_no == 3
    bank_refs = [p.bank_reference for p in parsed.payments + parsed.deductions]
    assert len(set(bank_refs)) == len(bank_refs)
    assert parsed.file_id == "BGMAX-20040525173035010331"
    assert parsed.created == date(2004, 5, 25)


def test_eur_deposits_keep_their_currency():
    parsed = parse_bgmax(sample("BgMaxfil4__Zimpler.txt"))

    assert parsed.currency is None
    assert {p.currency for p in parsed.payments} == {"SEK", "EUR"}
    assert parsed.payments[-1].currency == "EUR"


def test_a_reference_the_bank_marks_wrong_is_kept_but_not_matchable():
    parsed = parse_bgmax(sample("BgMaxfil4__Zimpler.txt"))
    with_bad = next(
        p for p in parsed.payments if any(x.reference == "8988777" for x in p.extra_references)
    )

    bad = next(x for x in with_bad.extra_references if x.reference == "8988777")
    assert not bad.reference_valid
    assert "8988777" not in with_bad.matchable_references
    assert "7495575" in with_bad.matchable_references
    assert sum(x.amount for x in with_bad.extra_references) == with_bad.amount


def test_an_ocr_with_a_wrong_check_digit_is_unmatchable_not_refused():
    lines = sample("minimal__Zimpler.txt").decode("ascii").split("\r\n")
    lines[2] = lines[2].replace("650861", "650862")

    parsed = parse_bgmax("\r\n".join(lines).encode("ascii"))

    assert parsed.payments[0].reference == "650862"
    assert not parsed.payments[0].reference_valid


def _minimal_lines() -> list[str]:
    return sample("minimal__Zimpler.txt").decode("ascii").split("\r\n")


def _broken(change) -> bytes:
    lines = _minimal_lines()
    change(lines)
    return "\r\n".join(lines).encode("iso-8859-1")


def _set(index: int, start: int, text: str):
    def change(lines: list[str]) -> None:
        line = lines[index].ljust(80)
        lines[index] = line[: start - 1] + text + line[start - 1 + len(text) :]

    return change


MALFORMED = [
    ("unknown record code", _set(2, 1, "99"), 3, "ukendt transaktionskode"),
    ("no start record", lambda lines: lines.pop(0), 1, "startpost"),
    ("no end record", lambda lines: lines.pop(4), 4, "uden slutpost"),
    ("deposit sum differs", _set(3, 51, "000000000000110001"), 4, "insættelsesbeløbet"),
    ("deposit count differs", _set(3, 72, "00000002"), 4, "angiver 2 betalinger"),
    ("amount not digits", _set(2, 38, "00000000000011000X"), 3, "beløbet"),
    ("zero amount", _set(2, 38, "000000000000000000"), 3, "større end 0"),
    ("payment before opening", lambda lines: lines.pop(1), 2, "åbningspost"),
    ("deposit currency differs", _set(3, 69, "EUR"), 4, "valuta"),
    ("unknown currency", _set(1, 23, "DKK"), 2, "ukendt valuta"),
    ("bad payment date", _set(3, 38, "20041399"), 4, "dato"),
    ("line too long", _set(2, 1, "20" + "0" * 90), 3, "BgMax-poster er højst 80"),
    ("record after the end", lambda lines: lines.insert(5, lines[2]), 6, "efter slutposten"),
    ("unknown reference code", _set(2, 56, "9"), 3, "referencekode"),
    ("end record counts differ", _set(4, 27, "00000002"), 5, "insættelsesposter"),
    ("not BgMax version 01", _set(0, 23, "02"), 1, "version 01"),
]


@pytest.mark.parametrize(
    ("change", "line_no", "words"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_every_kind_of_malformed_file_is_refused_naming_its_line(change, line_no, words):
    with pytest.raises(PaymentFileError) as refused:
        parse_bgmax(_broken(change))

    assert refused.value.line_no == line_no
    assert f"Linje {line_no}:" in str(refused.value)
    assert words in str(refused.value)


def test_an_empty_file_is_refused():
    with pytest.raises(PaymentFileError, match="tom"):
        parse_bgmax(b"\r\n\r\n")
