"""Role Center (Rollecenter): cues, key figures, a lazily loaded chart, quick links."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.backend import MonthlyFigures, RoleCenterFigures, UiBackend
from ui.framework.background import run_in_background
from ui.framework.factbox import DRILL_DOWN_STYLE
from ui.framework.flow_layout import FlowLayout
from ui.framework.page import Page
from ui.framework.ribbon import RibbonLayout
from ui.i18n import format_amount
from ui.theme import icon

ROLE_CENTER = "role_center"


class CueTile(QPushButton):
    """A big clickable figure with its caption under it."""

    def __init__(self, cue_id: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueTile")
        self.cue_id = cue_id
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(150, 92)
        # as tall as the row: a cue with a longer caption makes the whole row taller
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.figure = QLabel("–")
        self.figure.setObjectName("cueFigure")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cueCaption")
        self.caption.setWordWrap(True)
        for label in (self.figure, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setToolTip(caption)

    def set_figure(self, value: int) -> None:
        self.figure.setText(str(value))


class RoleCenterPage(Page):
    page_id = ROLE_CENTER
    sig_cue_clicked = Signal(str)
    """Emitted with the cue id (e.g. 'active_cases'); the window opens the list behind it."""
    sig_figures_loaded = Signal()
    """Emitted when the cues and key figures show data."""
    sig_chart_loaded = Signal()

    def __init__(self, backend: UiBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._chart_widget: QWidget | None = None
        self._chart_pending = False
        self.figures: RoleCenterFigures | None = None
        heading = QLabel(self.tr("Role Center"))
        heading.setObjectName("pageTitle")

        cue_defs = [
            ("cases_created_today", self.tr("Cases created today")),
            ("active_cases", self.tr("Active cases")),
            ("due_follow_ups", self.tr("Due follow-ups")),
            ("unposted_journal_lines", self.tr("Unposted journal lines")),
            ("favourites", self.tr("Favourites")),
        ]
        self.cues: dict[str, CueTile] = {}
        cue_row = FlowLayout(spacing=10)  # wraps: never wider than the window
        for cue_id, caption in cue_defs:
            tile = CueTile(cue_id, caption)
            tile.clicked.connect(lambda _checked=False, c=cue_id: self.sig_cue_clicked.emit(c))
            cue_row.addWidget(tile)
            self.cues[cue_id] = tile
        self._cue_row = cue_row

        self.key_figures = QFrame()
        self.key_figures.setObjectName("keyFigures")
        grid = QGridLayout(self.key_figures)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        title = QLabel(self.tr("Key figures"))
        title.setObjectName("factBoxTitle")
        grid.addWidget(title, 0, 0, 1, 2)
        self.amount_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            [
                ("total_outstanding", self.tr("Outstanding in all (excl. interest)")),
                ("collected_this_month", self.tr("Collected this month")),
                ("collected_this_year", self.tr("Collected this year")),
            ],
            start=1,
        ):
            grid.addWidget(QLabel(caption), row, 0)
            value = QLabel("–")
            value.setObjectName("drillDown")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.linkActivated.connect(lambda _l, k=key: self.sig_cue_clicked.emit(k))
            grid.addWidget(value, row, 1)
            self.amount_labels[key] = value
        grid.setRowStretch(4, 1)

        self.chart_frame = QFrame()
        self.chart_frame.setObjectName("chartFrame")
        self.chart_frame.setMinimumHeight(320)
        self._chart_layout = QVBoxLayout(self.chart_frame)
        self._chart_layout.setContentsMargins(8, 8, 8, 8)
        self.chart_placeholder = QLabel(self.tr("Loading chart …"))
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chart_layout.addWidget(self.chart_placeholder)

        links = QFrame()
        links.setObjectName("quickLinks")
        links_layout = QVBoxLayout(links)
        links_layout.setContentsMargins(14, 10, 14, 10)
        links_title = QLabel(self.tr("Quick links"))
        links_title.setObjectName("factBoxTitle")
        links_layout.addWidget(links_title)
        self.quick_link_buttons: dict[str, QPushButton] = {}
        for link_id, text, icon_name in (
            ("new_case", self.tr("New case"), "new"),
            ("register_payment", self.tr("Register payment"), "payment"),
            ("case_list", self.tr("Case overview"), "case"),
        ):
            button = QPushButton(icon(icon_name), text)
            button.setObjectName("quickLink")
            button.setFlat(True)
            button.clicked.connect(lambda _c=False, k=link_id: self.sig_cue_clicked.emit(k))
            links_layout.addWidget(button)
            self.quick_link_buttons[link_id] = button
        links_layout.addStretch(1)

        lower = QHBoxLayout()
        lower.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self.key_figures)
        left.addWidget(links)
        left.addStretch(1)
        lower.addLayout(left, 1)
        lower.addWidget(self.chart_frame, 2, Qt.AlignmentFlag.AlignTop)
        # a calm page on a big screen: the chart stays a chart, not a poster
        self.chart_frame.setMaximumSize(980, 400)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(cue_row)
        layout.addLayout(lower)
        layout.addStretch(1)

    def after_figures(self, load) -> None:
        """Call `load()` each time the figures have been shown, through the event queue: the
        figures are what the user looks for first, and a feature's cue may load the data layer
        (SQLAlchemy), which must not start while they are still on their way."""
        self.sig_figures_loaded.connect(lambda: QTimer.singleShot(0, load))

    def add_cues(self, widget: QWidget) -> None:
        """A feature package's own cues, after the standard ones (e.g. setup that needs
        attention); the widget hides itself while it has nothing to show."""
        self._cue_row.insert_widget(self._cue_row.count(), widget)

    def title(self) -> str:
        return self.tr("Role Center")

    def ribbon_layout(self) -> RibbonLayout:
        return {
            "process": ["new_case", "register_payment"],
            "collection": ["post_journal"],
            "actions": ["refresh", "settings"],
            "reports": ["report_status"],
        }

    def handles_action(self, action_id: str) -> bool:
        return action_id == "refresh"

    def trigger_action(self, action_id: str) -> None:
        if action_id == "refresh":
            self.refresh()

    def refresh(self) -> None:
        # The chart follows the figures: they are what the user looks for first, and the chart's
        # data is the first use of the ORM (SQLAlchemy loads then, not before the figures show).
        self._chart_pending = True
        self.load_figures()

    # --- loading, off the GUI thread ------------------------------------------------------------
    def load_figures(self) -> None:
        # Only the newest load may show its figures: an older one finishing late is stale.
        self._figures_asked = getattr(self, "_figures_asked", 0) + 1
        asked = self._figures_asked

        def show_if_newest(figures: RoleCenterFigures) -> None:
            if asked == self._figures_asked:
                self.show_figures(figures)

        run_in_background(
            lambda _p: self._backend.role_center_figures(), on_done=show_if_newest, owner=self
        )

    def _gone(self, *widgets: QObject) -> bool:
        """True once the page (or a part of it) was deleted with its window: late background
        results then have nowhere to go."""
        return not all(shiboken6.isValid(widget) for widget in (self, *widgets))

    def show_figures(self, figures: RoleCenterFigures) -> None:
        if self._gone(*self.cues.values(), *self.amount_labels.values()):
            return
        self.figures = figures
        for cue_id, tile in self.cues.items():
            tile.set_figure(getattr(figures, cue_id))
        for key, label in self.amount_labels.items():
            text = format_amount(getattr(figures, key), currency="DKK")
            label.setText(f'<a href="{key}" style="{DRILL_DOWN_STYLE}">{text}</a>')
        self.sig_figures_loaded.emit()
        if self._chart_pending:
            self._chart_pending = False
            self.load_chart()

    def load_chart(self) -> None:
        def work(_progress):
            data = self._backend.monthly_figures(months=12)
            # Imported here, off the GUI thread, so start-up never pays for matplotlib
            import ui.pages.role_center_chart  # noqa: F401

            return data

        run_in_background(work, on_done=self.show_chart, owner=self)

    def show_chart(self, data: MonthlyFigures) -> None:
        from ui.pages.role_center_chart import monthly_chart

        if self._gone(self.chart_frame, self._chart_layout, self.chart_placeholder):
            return
        if self._chart_widget is not None and shiboken6.isValid(self._chart_widget):
            self._chart_layout.removeWidget(self._chart_widget)
            self._chart_widget.deleteLater()
        self.chart_placeholder.hide()
        self._chart_widget = monthly_chart(
            data,
            cases_label=self.tr("Cases created"),
            collected_label=self.tr("Collected (kr.)"),
        )
        self._chart_layout.addWidget(self._chart_widget)
        self.sig_chart_loaded.emit()

    def chart_widget(self) -> QWidget | None:
        return self._chart_widget
