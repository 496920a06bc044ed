"""Amount options on the command line go through the one amount reader: argparse names the
option, our message says what is wrong, and no command runs on a number no one meant."""

import argparse
import re
from decimal import Decimal

import pytest

from caplegal_desktop.cli.arguments import amount_argument, signed_percent_argument
from tests.foundation.test_cli import caplegal


@pytest.mark.parametrize(
    ("typed", "amount"), [("1500", Decimal("1500")), ("2000,50", Decimal("2000.50"))]
)
def test_an_amount_option_takes_a_point_or_a_decimal_comma(typed, amount):
    assert amount_argument(typed) == amount


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1e9999", "'1e9999' er ikke et beløb"),
        ("NaN", "'NaN' er ikke et beløb"),
        ("١٢٣", "'١٢٣' er ikke et beløb"),
        ("1.500,00", "'1.500,00' er ikke et beløb"),
        ("9" * 40, "Beløbet er for stort (højst 9.999.999.999.999,99)."),
        ("-100", "Beløbet må ikke være negativt."),
        ("10.005", "Beløbet kan højst have to decimaler."),
    ],
)
def test_an_amount_option_no_one_meant_is_refused(typed, message):
    with pytest.raises(argparse.ArgumentTypeError, match=re.escape(message)):
        amount_argument(typed)


def test_a_signed_percentage_option_takes_a_negative_rate():
    assert signed_percent_argument("-0,35") == Decimal("-0.35")
    with pytest.raises(argparse.ArgumentTypeError, match="Satsen er for stor"):
        signed_percent_argument("1000000")


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "quote", "000001", "--instalment", "1e9999"),
        ("plan", "quote", "000001", "--instalment", "١٢٣"),
        ("plan", "quote", "000001", "--periods", "6", "--extra-amount", "9" * 40),
        ("fundament", "create", "000001", "--awarded-costs", "Infinity"),
    ],
)
def test_the_command_line_refuses_the_option_without_a_traceback(sqlite_url, args):
    done = caplegal("--db", sqlite_url, *args)
    assert done.returncode == 2
    assert f"argument {args[-2]}:" in done.stderr and "Traceback" not in done.stderr
    assert "er ikke et beløb" in done.stderr or "for stort" in done.stderr
