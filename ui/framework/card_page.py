"""CardPage (kort): collapsible FastTabs of fields on the left, a FactBox column on the right.

Fields carry an importance as in Business Central: promoted fields also show in a collapsed
FastTab's header, standard fields show when expanded, additional fields only after "Show more".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.framework.factbox import FactBox
from ui.framework.page import Page
from ui.framework.ribbon import RibbonLayout

PROMOTED, STANDARD, ADDITIONAL = "promoted", "standard", "additional"


class FastTab(QFrame):
    sig_toggled = Signal(bool)
    """Emitted with True when the section is expanded, False when collapsed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fastTab")
        self._promoted: list[tuple[str, QWidget]] = []
        self._additional: list[tuple[QLabel, QWidget]] = []
        self.header = QToolButton()
        self.header.setObjectName("fastTabHeader")
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.toggled.connect(self.set_expanded)
        self.summary = QLabel()
        self.summary.setObjectName("fastTabSummary")
        self.more_button = QToolButton()
        self.more_button.setObjectName("showMore")
        self.more_button.setText(self.tr("Show more"))
        self.more_button.setCheckable(True)
        self.more_button.setAutoRaise(True)
        self.more_button.toggled.connect(self._show_additional)
        self.more_button.hide()
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.header)
        head.addWidget(self.summary, 1)
        head.addWidget(self.more_button)
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(22, 4, 8, 8)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.body)

    def add_field(self, label: str, widget: QWidget, *, importance: str = STANDARD) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        if importance == PROMOTED:
            self._promoted.append((label, widget))
        elif importance == ADDITIONAL:
            self._additional.append((caption, widget))
            caption.hide()
            widget.hide()
            self.more_button.show()
        return widget

    def is_expanded(self) -> bool:
        return self.header.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.header.setChecked(expanded)
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self.more_button.setVisible(expanded and bool(self._additional))
        self.summary.setText("" if expanded else self._summary_text())
        self.sig_toggled.emit(expanded)

    def _summary_text(self) -> str:
        parts = []
        for _label, widget in self._promoted:
            text = widget.text() if hasattr(widget, "text") else ""
            if callable(text):
                text = text()
            if text:
                parts.append(str(text))
        return " · ".join(parts)

    def _show_additional(self, shown: bool) -> None:
        self.more_button.setText(self.tr("Show less") if shown else self.tr("Show more"))
        for caption, widget in self._additional:
            caption.setVisible(shown)
            widget.setVisible(shown)


class CardPage(Page):
    def __init__(
        self,
        *,
        page_id: str,
        title: str,
        factboxes: Sequence[FactBox] = (),
        ribbon: RibbonLayout | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self._ribbon = ribbon or {}
        self.factboxes = list(factboxes)
        self.heading = QLabel(title)
        self.heading.setObjectName("pageTitle")
        self._tabs_host = QWidget()
        self._tabs_layout = QVBoxLayout(self._tabs_host)
        self._tabs_layout.setContentsMargins(0, 0, 0, 0)
        self._tabs_layout.setSpacing(8)
        self._tabs_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._tabs_host)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(scroll, 1)
        if self.factboxes:
            side = QVBoxLayout()
            side.setSpacing(8)
            for box in self.factboxes:
                side.addWidget(box)
            side.addStretch(1)
            holder = QWidget()
            holder.setObjectName("factBoxPane")
            holder.setLayout(side)
            # FactBoxes scroll rather than squeeze their lines together (or push the window
            # taller than a 768-pixel screen)
            pane = QScrollArea()
            pane.setObjectName("factBoxScroll")
            pane.setWidgetResizable(True)
            pane.setFrameShape(QScrollArea.Shape.NoFrame)
            pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            pane.setWidget(holder)
            holder.setFixedWidth(300)
            pane.setFixedWidth(300 + pane.verticalScrollBar().sizeHint().width())
            columns.addWidget(pane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)

    def title(self) -> str:
        return self.heading.text()

    def ribbon_layout(self) -> RibbonLayout:
        return self._ribbon

    def add_fast_tab(self, title: str) -> FastTab:
        tab = FastTab(title)
        self._tabs_layout.insertWidget(self._tabs_layout.count() - 1, tab)
        return tab

    def fast_tabs(self) -> list[FastTab]:
        return self._tabs_host.findChildren(FastTab)

    def bind_factboxes(self, record_id) -> None:
        for box in self.factboxes:
            box.bind(record_id)
