"""A journal line's amount typed in the cell goes through the one amount reader: a number no one
meant is named in the problems list and the line keeps its amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ui  # noqa: F401  (before any Qt call: see ui/_none_refcount.py)
from caplegal_desktop.app import AppContext
from tests.journal.builders import a_payment, add_to_standard, new_case
from ui.i18n import install_language
from ui.journal.journal_page import JournalPage
from ui.journal.ops import JournalOps


@pytest.fixture
def ctx(sqlite_url, qapp):
    install_language("da")
    context = AppContext.open(sqlite_url)
    yield context
    context.close()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("99.999.999.999.999,00", "Beløbet er for stort (højst 9.999.999.999.999,99)."),
        ("١٢٣", "'١٢٣' er ikke et beløb"),
        ("1e9999", "'1e9999' er ikke et beløb"),
    ],
)
def test_an_amount_no_one_meant_in_a_cell_is_refused_and_the_line_kept(qtbot, ctx, typed, message):
    # GIVEN a journal line of 10,00
    case_id, _ = new_case(ctx)
    add_to_standard(ctx, [a_payment(case_id, "10.00")])
    page = JournalPage(JournalOps(ctx))
    qtbot.addWidget(page)
    page.refresh()
    # WHEN a number no one meant is typed into its amount cell
    page.table.item(0, 6).setText(typed)
    # THEN the problem is shown, and the line still holds 10,00
    assert message in page.message.text()
    [line] = JournalOps(ctx).lines(page.batch_id())
    assert line.values.amount == Decimal("10.00")
    assert page.table.item(0, 6).text() == "10,00"
