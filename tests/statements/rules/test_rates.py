from datetime import date
from decimal import Decimal as D

import pytest

from models.enums import DayCount, RateKind
from tests.statements.rules.setup_rows import ALL_CODES, dk_mora, dk_mora7, fast, se_droj
from workflows.statement import (
    InterestCodeSpec,
    RatePoint,
    StatementError,
    build_rate_schedule,
    pick_interest_code,
)


def test_dk_mora_is_udlaansrente_plus_8_and_changes_on_1_january_and_1_july():
    schedule = build_rate_schedule(dk_mora())
    assert schedule.rate_on(date(2024, 1, 1)) == D("11.75")  # 3.75 + 8
    assert schedule.rate_on(date(2024, 6, 30)) == D("11.75")
    assert schedule.rate_on(date(2024, 7, 1)) == D("11.50")  # 3.50 + 8


def test_a_negative_reference_rate_applies_as_it_is():
    schedule = build_rate_schedule(dk_mora())
    assert schedule.rate_on(date(2021, 7, 1)) == D("7.65")  # -0.35 + 8
    assert schedule.rate_on(date(2022, 1, 1)) == D("7.55")  # -0.45 + 8
    assert build_rate_schedule(se_droj()).rate_on(date(2016, 7, 1)) == D("7.50")  # -0.50 + 8


def test_dk_mora7_keeps_plus_7_for_old_claims():
    assert build_rate_schedule(dk_mora7()).rate_on(date(2024, 1, 1)) == D("10.75")  # 3.75 + 7


def test_equal_consecutive_rates_make_one_period():
    schedule = build_rate_schedule(dk_mora())
    segments = list(schedule.segments(date(2015, 7, 1), date(2021, 6, 30)))
    assert segments == [(date(2015, 7, 1), date(2021, 6, 30), D("8.05"))]


def test_a_change_of_margin_row_also_changes_the_rate():
    spec = InterestCodeSpec(
        code="X",
        day_count=DayCount.THIRTY_E_360,
        kind=RateKind.REFERENCE_PLUS_MARGIN,
        rate_rows=(RatePoint(date(2024, 1, 1), D("8")), RatePoint(date(2024, 3, 15), D("6"))),
        reference_rates=(RatePoint(date(2024, 1, 1), D("3.75")),),
    )
    starts = [(p.valid_from, p.pct) for p in build_rate_schedule(spec).points]
    assert starts == [(date(2024, 1, 1), D("11.75")), (date(2024, 3, 15), D("9.75"))]


def test_fast_takes_the_claims_own_rate_and_refuses_without_one():
    assert build_rate_schedule(fast(), fixed_rate_pct=D("12")).rate_on(date(1990, 1, 1)) == 12
    with pytest.raises(StatementError) as error:
        build_rate_schedule(fast())
    assert error.value.field == "fixed_rate_pct"


def test_a_date_before_the_first_rate_is_refused_in_danish():
    with pytest.raises(StatementError, match="ingen rentesats den 31-12-2009"):
        build_rate_schedule(dk_mora()).rate_on(date(2009, 12, 31))


def test_the_margin_sticks_to_the_claim_by_its_due_date():
    candidates = ["DK-MORA", "DK-MORA7"]
    due_old = pick_interest_code(ALL_CODES, due_date=date(2013, 2, 28), candidates=candidates)
    due_new = pick_interest_code(ALL_CODES, due_date=date(2013, 3, 1), candidates=candidates)
    assert (due_old.code, due_new.code) == ("DK-MORA7", "DK-MORA")
    with pytest.raises(StatementError):
        pick_interest_code(ALL_CODES, due_date=date(2002, 7, 31), candidates=candidates)
