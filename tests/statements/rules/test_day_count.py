from datetime import date

from models.enums import DayCount
from workflows.statement.day_count import period_days, year_basis, year_pieces

E360 = DayCount.THIRTY_E_360


def test_a_whole_january_counts_30_days_under_30e_360():
    assert period_days(date(2024, 1, 1), date(2024, 1, 31), E360) == 30


def test_a_whole_february_counts_30_days_under_30e_360_in_leap_and_common_years():
    assert period_days(date(2023, 2, 1), date(2023, 2, 28), E360) == 30
    assert period_days(date(2024, 2, 1), date(2024, 2, 29), E360) == 30


def test_a_whole_year_counts_360_days_under_30e_360():
    assert period_days(date(2024, 1, 1), date(2024, 12, 31), E360) == 360


def test_one_day_periods_under_30e_360_follow_the_day_numbers():
    # A one-day period d..d counts N(d+1) - N(d) with N = 360y + 30(m-1) + min(day, 30).
    assert period_days(date(2024, 1, 15), date(2024, 1, 15), E360) == 1
    assert period_days(date(2024, 1, 30), date(2024, 1, 30), E360) == 0  # 31st counts as 30th
    assert period_days(date(2024, 1, 31), date(2024, 1, 31), E360) == 1
    assert period_days(date(2023, 2, 28), date(2023, 2, 28), E360) == 3  # 28 Feb → 1 Mar


def test_splitting_a_period_never_changes_its_30e_360_days():
    whole = period_days(date(2024, 1, 10), date(2024, 5, 20), E360)
    parts = period_days(date(2024, 1, 10), date(2024, 1, 30), E360) + period_days(
        date(2024, 1, 31), date(2024, 5, 20), E360
    )
    assert whole == parts == 131  # N(21 May) - N(10 Jan) = 141 - 10


def test_actual_day_counts_count_both_ends():
    assert period_days(date(2024, 2, 1), date(2024, 2, 29), DayCount.ACT_365) == 29
    assert period_days(date(2024, 2, 1), date(2024, 2, 1), DayCount.ACT_ACT) == 1


def test_act_act_uses_366_in_a_leap_year_and_act_365_never_does():
    assert year_basis(date(2024, 3, 1), DayCount.ACT_ACT) == 366
    assert year_basis(date(2023, 3, 1), DayCount.ACT_ACT) == 365
    assert year_basis(date(2024, 3, 1), DayCount.ACT_365) == 365
    assert year_basis(date(2024, 3, 1), E360) == 360


def test_year_pieces_cut_at_each_year_end():
    assert year_pieces(date(2023, 12, 1), date(2025, 1, 5)) == [
        (date(2023, 12, 1), date(2023, 12, 31)),
        (date(2024, 1, 1), date(2024, 12, 31)),
        (date(2025, 1, 1), date(2025, 1, 5)),
    ]
