"""The plan window's number fields go through the one amount reader: a rate in another script's
digits or beyond what the database holds is refused with a message, and nothing is calculated."""

import pytest

from tests.payment_plans import test_plan_window as window

# the plan window tests' fixtures: a draft plan on a real SQLite database
context, data, draft_card = window.context, window.data, window.draft_card
fill_twelve_months = window.fill_twelve_months


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("١٠", "'١٠' er ikke en procentsats"),
        ("1e9999", "'1e9999' er ikke en procentsats"),
        ("NaN", "'NaN' er ikke en procentsats"),
        ("100000", ": satsen er for stor (højst 99.999,9999)."),
    ],
)
def test_a_rate_no_one_meant_in_the_specification_is_refused(draft_card, typed, message):
    # GIVEN a draft plan of twelve months
    fill_twelve_months(draft_card)
    # WHEN the annual rate of the principal is typed as a number no one meant
    draft_card.specification.item(0, 9).setText(typed)
    draft_card.calculate()
    # THEN the message says so and the plan is not calculated
    header = draft_card.specification.horizontalHeaderItem(9).text()
    assert draft_card.last_problem.startswith(f"{header}: ") and message in draft_card.last_problem
    assert not draft_card.plan.lines and draft_card.general["status"].text() == "Kladde"


def test_an_instalment_beyond_what_the_database_holds_is_marked_at_the_field(draft_card, qtbot):
    draft_card.instalment.clear()
    qtbot.keyClicks(draft_card.instalment, "99.999.999.999.999,00")
    assert not draft_card.instalment.is_valid() and draft_card.instalment.value() is None
    assert draft_card.instalment.toolTip() == "Beløbet er for stort (højst 9.999.999.999.999,99)."
