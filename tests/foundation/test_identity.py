"""Identity numbers are validated with python-stdnum; demo data always passes the same checks."""

import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.dk import cpr as dk_cpr

from caplegal_desktop.services.demo.generate import make_cpr, make_cvr
from workflows.identity import (
    IdentityError,
    normalise_cpr,
    normalise_cvr,
    normalise_personnummer,
    search_key,
)

TODAY = date(2026, 12, 1)


def test_cpr_with_and_without_hyphen_is_the_same_number():
    assert normalise_cpr("070761-4285") == normalise_cpr("0707614285") == "0707614285"


@pytest.mark.parametrize(
    "number",
    [
        "070761-4285",  # has the classic modulus-11 property
        "070761-4286",  # does not: still a valid number
        "010160-0000",  # 1 January birth dates, issued without modulus 11 since 2007
        "010160-1235",
        "010195-2000",
        "010180-1234",
    ],
)
def test_a_cpr_with_a_real_birth_date_is_valid_with_or_without_modulus_11(number):
    assert normalise_cpr(number, today=TODAY) == number.replace("-", "")


def test_the_numbers_above_really_include_some_without_modulus_11():
    assert dk_cpr.checksum("0707614285") == 0
    assert all(dk_cpr.checksum(n) != 0 for n in ("0707614286", "0101600000", "0101952000"))


# The CPR office's table for the 7th digit (Personnummeret i CPR-systemet, CPR-kontoret):
#   0-3: 1900-1999 · 4 and 9: 2000-2036 / 1937-1999 · 5-8: 2000-2057 / 1858-1899
CENTURY_RULES = [
    ("0101000000", date(1900, 1, 1)),
    ("0101991999", date(1999, 1, 1)),
    ("0101363000", date(1936, 1, 1)),
    ("0101364000", date(2036, 1, 1)),
    ("0101374000", date(1937, 1, 1)),
    ("0101999000", date(1999, 1, 1)),
    ("0101369000", date(2036, 1, 1)),
    ("0101375000", date(2037, 1, 1)),
    ("0101578999", date(2057, 1, 1)),
    ("0101585000", date(1858, 1, 1)),
    ("3112998999", date(1899, 12, 31)),
]


@pytest.mark.parametrize(("number", "born"), CENTURY_RULES)
def test_the_seventh_digit_gives_the_century_by_the_cpr_office_table(number, born):
    assert dk_cpr.get_birth_date(number) == born


def test_the_seventh_digit_decides_whether_29_february_exists():
    assert normalise_cpr("290200-4000", today=TODAY) == "2902004000"  # 2000 is a leap year
    with pytest.raises(IdentityError, match="fødselsdato"):
        normalise_cpr("290200-1000", today=TODAY)  # 1900 is not


@pytest.mark.parametrize("bad", ["310290-4285", "290221-4285", "320161-4285", "011361-4285"])
def test_an_impossible_birth_date_is_refused_naming_the_cpr_number(bad):
    with pytest.raises(IdentityError, match="CPR-nummeret indeholder ikke en gyldig fødselsdato"):
        normalise_cpr(bad, today=TODAY)


def test_a_birth_date_after_today_is_refused():
    with pytest.raises(IdentityError, match="fremtiden"):
        normalise_cpr("010130-4000", today=TODAY)  # 1 January 2030
    assert normalise_cpr("010130-4000", today=date(2030, 1, 1)) == "0101304000"


@pytest.mark.parametrize("bad", ["12345", "abcdefghij", "٠٧٠٧٦١٤٢٨٥", "07076142850"])
def test_a_cpr_that_is_not_ten_ascii_digits_is_refused(bad):
    with pytest.raises(IdentityError, match="CPR-nummer skal have 10 cifre"):
        normalise_cpr(bad)


def test_full_width_digits_are_stored_as_the_plain_digits_they_stand_for():
    # python-stdnum folds compatibility characters (NFKD) before it checks the digits
    assert normalise_cpr("０７０７６１-４２８５") == "0707614285"


def test_cvr_and_swedish_personnummer():
    assert normalise_cvr("13 58 56 28") == "13585628"
    with pytest.raises(IdentityError):
        normalise_cvr("13585629")
    assert normalise_personnummer("19811218-9876") == "8112189876"
    assert search_key("19811218-9876") == search_key("811218-9876") == "8112189876"


@pytest.mark.parametrize("written", ["701063-2391", "7010632391", "19701063-2391", "197010632391"])
def test_a_swedish_samordningsnummer_is_accepted_like_a_personnummer(written):
    # Skatteverket's example: born 3 October 1970, day written as 3 + 60 = 63
    assert normalise_personnummer(written) == "7010632391"
    assert search_key(written) == "7010632391"


@pytest.mark.parametrize(
    "bad",
    [
        "701063-2392",  # wrong Luhn digit
        "701093-2391",  # day 93 - 60 = 33 does not exist
        "700231-2391",  # 31 February
        "٧٠١٠٦٣-٢٣٩١",  # Arabic-Indic digits
    ],
)
def test_a_bad_personnummer_or_samordningsnummer_is_refused(bad):
    with pytest.raises(IdentityError, match="Personnummeret"):
        normalise_personnummer(bad)


@given(st.integers(min_value=0, max_value=10**6))
def test_generated_demo_numbers_are_valid(seed):
    rng = random.Random(seed)
    assert normalise_cvr(make_cvr(rng))
    assert normalise_cpr(make_cpr(rng, male=bool(seed % 2)))


@given(st.text(max_size=14))
def test_any_text_is_either_a_valid_cpr_or_refused_with_our_message(text):
    try:
        digits = normalise_cpr(text, today=TODAY)
    except IdentityError:
        return
    assert len(digits) == 10 and digits.isascii() and digits.isdigit()
    assert dk_cpr.get_birth_date(digits) <= TODAY
