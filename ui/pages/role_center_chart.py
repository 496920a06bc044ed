"""The Role Center chart; only imported once the window is up (matplotlib is slow to import)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ui.backend import MonthlyFigures
from ui.i18n import current_language

BAR = "#8fb8e8"
LINE = "#0a5bc4"


def monthly_chart(
    data: MonthlyFigures, *, cases_label: str, collected_label: str
) -> FigureCanvasQTAgg:
    from babel.dates import format_date
    from babel.numbers import format_decimal

    locale = current_language().babel_locale
    labels = [format_date(month, "MMM yy", locale=locale) for month in data.months]
    figure = Figure(figsize=(6, 2.6), dpi=100, layout="constrained")
    figure.patch.set_facecolor("white")
    cases_axis = figure.add_subplot()
    cases_axis.bar(labels, list(data.cases_created), color=BAR, label=cases_label)
    cases_axis.set_ylabel(cases_label, fontsize=8)
    cases_axis.yaxis.set_major_locator(MaxNLocator(integer=True))  # cases come whole
    if not any(data.cases_created):  # an empty year: 0 to 5, not "0.045" with a point
        cases_axis.set_ylim(0, 5)
    money_axis = cases_axis.twinx()
    # matplotlib draws floats; the Decimal amounts are only plotted, never computed with
    money_axis.plot(
        labels,
        [float(v) for v in data.collected],
        color=LINE,
        marker="o",
        linewidth=1.6,
        markersize=3,
        label=collected_label,
    )
    money_axis.set_ylabel(collected_label, fontsize=8)
    if not any(data.collected):  # nothing collected yet: an axis from 0, not five zeros
        money_axis.set_ylim(0, 1000)
    money_axis.yaxis.set_major_locator(MaxNLocator(integer=True))
    money_axis.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _pos: format_decimal(round(value), locale=locale))
    )
    for axis in (cases_axis, money_axis):
        axis.tick_params(labelsize=7)
        for side in ("top",):
            axis.spines[side].set_visible(False)
    cases_axis.tick_params(axis="x", labelrotation=45)
    canvas = FigureCanvasQTAgg(figure)
    canvas.setObjectName("roleCenterChart")
    canvas.setMinimumHeight(220)
    return canvas
