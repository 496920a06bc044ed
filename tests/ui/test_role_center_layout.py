"""The Role Center on an empty year and with a feature's extra cues (issue 13 walk-through): the
chart's axes carry whole numbers from 0 (no "0.045", no five zeros), and the cues wrap to a
second row instead of pushing the window past a 1366-pixel screen."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtWidgets import QPushButton

from ui.backend import MonthlyFigures
from ui.i18n import install_language
from ui.pages.role_center import RoleCenterPage
from ui.pages.role_center_chart import monthly_chart


def test_an_empty_year_draws_whole_numbers_from_zero(qtbot):
    install_language("da")
    months = [dt.date(2026, m, 1) for m in range(1, 13)]
    canvas = monthly_chart(
        MonthlyFigures(months, [0] * 12, [Decimal(0)] * 12),
        cases_label="Oprettede sager",
        collected_label="Inddrevet (kr.)",
    )
    canvas.draw()
    cases_axis, money_axis = canvas.figure.axes
    for axis in (cases_axis, money_axis):
        ticks = [t.get_text() for t in axis.get_yticklabels() if t.get_text()]
        assert ticks and not [t for t in ticks if re.search(r"\d\.\d{1,2}$", t)], ticks
        assert len(set(ticks)) == len(ticks), f"every tick a different number: {ticks}"
        assert axis.get_ylim()[0] == 0


def test_extra_cues_wrap_instead_of_widening_the_window(qtbot, sample_backend):
    page = RoleCenterPage(sample_backend)
    qtbot.addWidget(page)
    for caption in ("Referencesats mangler", "Lovbestemte tal til bekræftelse", "En til"):
        page.add_cues(QPushButton(caption))
    page.resize(1146, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.minimumSizeHint().width() < 1146
    tops = {tile.geometry().top() for tile in page.cues.values()}
    extra = page.findChildren(QPushButton)
    assert len(tops | {b.geometry().top() for b in extra}) >= 2, "the cues took a second row"
    right = max(w.geometry().right() for w in extra)
    assert right <= page.width()
