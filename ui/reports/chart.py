"""A small bar chart of a report's main figure; imported only once a report has run
(matplotlib is slow to import, see ui/pages/role_center_chart.py)."""

from __future__ import annotations

from decimal import Decimal

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from ui.i18n import current_language
from workflows.reports import ReportResult

BAR = "#0a5bc4"
MOST_BARS = 12


def chart_points(result: ReportResult) -> list[tuple[str, Decimal]]:
    """(label, value) of the biggest groups, summed per label (e.g. one bar per client)."""
    if not (result.chart_label_column and result.chart_value_column) or not result.rows:
        return []
    label_at = result.column_index(result.chart_label_column)
    value_at = result.column_index(result.chart_value_column)
    sums: dict[str, Decimal] = {}
    for row in result.rows:
        label = str(row[label_at])
        sums[label] = sums.get(label, Decimal(0)) + row[value_at]
    return sorted(sums.items(), key=lambda item: item[1], reverse=True)[:MOST_BARS]


def report_chart(result: ReportResult) -> FigureCanvasQTAgg | None:
    from babel.numbers import format_decimal

    points = chart_points(result)
    if not points:
        return None
    from ui.reports.words import column_title

    value_title = column_title(result.columns[result.column_index(result.chart_value_column)])
    locale = current_language().babel_locale
    figure = Figure(figsize=(5, 2.2), dpi=100, layout="constrained")
    figure.patch.set_facecolor("white")
    axis = figure.add_subplot()
    labels = [label if len(label) <= 28 else label[:27] + "…" for label, _ in reversed(points)]
    # matplotlib draws floats; the Decimal amounts are only plotted, never computed with
    axis.barh(labels, [float(value) for _, value in reversed(points)], color=BAR, height=0.6)
    axis.set_title(value_title, fontsize=9, loc="left")
    axis.xaxis.set_major_formatter(
        FuncFormatter(lambda value, _pos: format_decimal(round(value), locale=locale))
    )
    axis.tick_params(labelsize=7)
    for side in ("top", "right"):
        axis.spines[side].set_visible(False)
    canvas = FigureCanvasQTAgg(figure)
    canvas.setObjectName("reportChart")
    canvas.setMinimumHeight(180)
    return canvas
