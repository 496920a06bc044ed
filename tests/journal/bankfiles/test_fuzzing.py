"""Mutated, truncated and random bytes built from valid files: the parsers either return a whole,
self-consistent result or refuse with PaymentFileError — never another exception."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workflows.bankfiles import (
    ParsedPaymentFile,
    PaymentFileError,
    PaymentSpec,
    ReferenceKind,
    detect_and_parse,
    make_camt054,
    make_fi_file,
    make_fik71_reference,
    parse_bgmax,
    parse_camt054,
    parse_fi_list,
)

FIXTURES = Path(__file__).parent / "fixtures"
DAY = date(2026, 1, 5)
SPECS = [
    PaymentSpec(
        Decimal("100.50"), DAY, make_fik71_reference("7"), ReferenceKind.FIK71, payer_name="A"
    ),
    PaymentSpec(Decimal("2.00"), DAY, "", ReferenceKind.FIK73, text="sag 9"),
    PaymentSpec(Decimal("3.10"), DAY, "RF18539007547034", ReferenceKind.CREDITOR_REF),
]
VALID = {
    "bgmax": (parse_bgmax, (FIXTURES / "BgMaxfil4__Zimpler.txt").read_bytes()),
    "camt.054": (parse_camt054, make_camt054(SPECS, msg_id="F-1", version=4)),
    "fi": (parse_fi_list, make_fi_file(SPECS, file_id="F-1", created=DAY)),
}


def _mutations(data: bytes):
    size = len(data)
    position = st.integers(min_value=0, max_value=size)
    flip = st.tuples(st.just("set"), position, st.integers(0, 255))
    cut = st.tuples(st.just("cut"), position, st.integers(1, 40))
    insert = st.tuples(st.just("insert"), position, st.binary(min_size=1, max_size=20))
    # Copying a piece of the file elsewhere makes structurally plausible but wrong files.
    copy = st.tuples(st.just("copy"), position, st.tuples(position, st.integers(1, 200)))
    return st.lists(st.one_of(flip, cut, insert, copy), min_size=1, max_size=6)


def _apply(data: bytes, mutations) -> bytes:
    buffer = bytearray(data)
    for kind, at, arg in mutations:
        at = min(at, len(buffer))
        if kind == "set" and at < len(buffer):
            buffer[at] = arg
        elif kind == "cut":
            del buffer[at : at + arg]
        elif kind == "insert":
            buffer[at:at] = arg
        elif kind == "copy":
            start, length = arg
            buffer[at:at] = data[start : start + length]
    return bytes(buffer)


def _assert_whole(parsed: ParsedPaymentFile) -> None:
    """A result is never partial: every payment is money in, and the totals the file states
    agree with the payments returned."""
    for payment in parsed.payments + parsed.deductions:
        assert payment.amount > 0
        assert len(payment.currency) == 3
    if parsed.control_totals is not None and parsed.format in ("bgmax", "fi"):
        assert parsed.control_totals.count == len(parsed.payments)
        assert dict(parsed.control_totals.amount_by_currency) == parsed.total_by_currency()


def _parse_or_refuse(parse, data: bytes) -> None:
    try:
        parsed = parse(data)
    except PaymentFileError as refused:
        assert str(refused)
        return
    _assert_whole(parsed)


FUZZ = settings(
    max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.data())
def test_mutated_bgmax_files_are_parsed_whole_or_refused(data):
    parse, valid = VALID["bgmax"]
    _parse_or_refuse(parse, _apply(valid, data.draw(_mutations(valid))))


@FUZZ
@given(st.data())
def test_mutated_camt054_files_are_parsed_whole_or_refused(data):
    parse, valid = VALID["camt.054"]
    _parse_or_refuse(parse, _apply(valid, data.draw(_mutations(valid))))


@FUZZ
@given(st.data())
def test_mutated_fi_lists_are_parsed_whole_or_refused(data):
    parse, valid = VALID["fi"]
    _parse_or_refuse(parse, _apply(valid, data.draw(_mutations(valid))))


@FUZZ
@given(st.sampled_from(sorted(VALID)), st.integers(min_value=0, max_value=10**6))
def test_truncated_files_are_parsed_whole_or_refused(kind, cut):
    parse, valid = VALID[kind]
    _parse_or_refuse(parse, valid[: cut % (len(valid) + 1)])


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["", "<", "01BGMAX", "FI01;"]))
def test_random_bytes_behind_any_format_marker_are_refused_not_crashed(noise, marker):
    _parse_or_refuse(detect_and_parse, marker.encode() + noise)
