"""Renteloft on the desk (issue 14): the rate caps listed with their source, a seeded
UNVERIFIED row confirmed, a correction kept with its reason, a bad margin refused in Danish."""

from decimal import Decimal

from caplegal_desktop.services.master_data import rate_caps
from ui.setup_tables.rate_caps_page import RateCapsData, RateCapsPage


def caps(app):
    with app.uow() as uow:
        return rate_caps.list_rate_caps(uow.session)


def test_rate_caps_are_listed_confirmed_and_corrected(qtbot, app, danish_ui):
    page = RateCapsPage(RateCapsData(app))
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.rowCount() == len(caps(app)) >= 1
    se = next(r for r, row in enumerate(page.rows) if row.country == "SE")
    page.table.setCurrentCell(se, 0)
    assert page.table.item(se, 6).text()  # its source is shown
    page.confirm_current()
    assert page.message.text() == "Renteloftet er bekræftet."
    assert not next(c for c in caps(app) if c.country == "SE").needs_confirmation
    page.ask_correction = lambda row: ("abc", row.source, "")
    page.correct_current()
    assert "tillæg" in page.message.text().lower()
    page.ask_correction = lambda row: ("19,5", row.source, "Lovændring")
    page.table.setCurrentCell(se, 0)
    page.correct_current()
    assert page.message.text() == "Renteloftet er rettet."
    assert next(c for c in caps(app) if c.country == "SE").margin_pct == Decimal("19.50")
