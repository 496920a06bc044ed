"""The fundament's field rules without a database: the fundament date comes first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.fundaments.rules import FundamentInput, next_status, problems

TODAY = date(2026, 3, 2)
days_back = st.integers(min_value=0, max_value=3650)
days_ahead = st.integers(min_value=0, max_value=3650)


@given(back=days_back, hearing_after=days_ahead, deadline_after=days_ahead)
def test_a_fundament_dated_today_or_earlier_with_later_dates_has_no_problems(
    back, hearing_after, deadline_after
):
    day = TODAY - timedelta(days=back)
    data = FundamentInput(
        fundament_date=day,
        hearing_at=datetime.combine(day + timedelta(days=hearing_after), datetime.min.time()),
        execution_deadline=day + timedelta(days=deadline_after),
    )
    assert problems(data, today=TODAY) == []


@given(back=days_back, before=st.integers(min_value=1, max_value=3650))
def test_nothing_may_be_dated_before_the_fundament_date(back, before):
    day = TODAY - timedelta(days=back)
    earlier = day - timedelta(days=before)
    data = FundamentInput(
        fundament_date=day,
        hearing_at=datetime.combine(earlier, datetime.min.time()),
        execution_deadline=earlier,
    )
    assert {p.field for p in problems(data, today=TODAY)} == {"berammelsesdato", "eksekutionsfrist"}


@given(ahead=st.integers(min_value=1, max_value=3650))
def test_a_fundament_date_after_today_is_refused(ahead):
    data = FundamentInput(fundament_date=TODAY + timedelta(days=ahead))
    assert [p.field for p in problems(data, today=TODAY)] == ["fundamentsdato"]


def test_the_statuses_go_draft_active_reopened_closed_and_refuse_the_rest():
    assert next_status("F1", "draft", "activate") == "active"
    assert next_status("F1", "active", "reopen") == "reopened"
    assert next_status("F1", "reopened", "activate") == "active"
    assert next_status("F1", "active", "close") == "closed"
    assert next_status("F1", "closed", "reopen") == "reopened"
    with pytest.raises(ValidationError, match="Fundament F1 er aktivt og kan ikke aktiveres"):
        next_status("F1", "active", "activate")
    with pytest.raises(ValidationError, match="kladde og kan ikke genåbnes"):
        next_status("F1", "draft", "reopen")
