"""Identity numbers are validated with python-stdnum; demo data always passes the same checks."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caplegal_desktop.demo import make_cpr, make_cvr
from workflows.identity import (
    IdentityError,
    normalise_cpr,
    normalise_cvr,
    normalise_personnummer,
    search_key,
)


def test_cpr_with_and_without_hyphen_is_the_same_number():
    assert normalise_cpr("070761-4285") == normalise_cpr("0707614285") == "0707614285"


@pytest.mark.parametrize("bad", ["070761-4286", "320161-4285", "12345", "abcdefghij"])
def test_a_bad_cpr_is_refused_with_a_danish_message(bad):
    with pytest.raises(IdentityError, match="CPR"):
        normalise_cpr(bad)


def test_a_cpr_without_modulus_11_can_be_accepted_on_purpose():
    assert normalise_cpr("0101801234", allow_without_modulus11=True) == "0101801234"


def test_cvr_and_swedish_personnummer():
    assert normalise_cvr("13 58 56 28") == "13585628"
    with pytest.raises(IdentityError):
        normalise_cvr("13585629")
    assert normalise_personnummer("19811218-9876") == "8112189876"
    assert search_key("19811218-9876") == search_key("811218-9876") == "8112189876"


@given(st.integers(min_value=0, max_value=10**6))
def test_generated_demo_numbers_are_valid(seed):
    rng = random.Random(seed)
    assert normalise_cvr(make_cvr(rng))
    assert normalise_cpr(make_cpr(rng, male=bool(seed % 2)))
