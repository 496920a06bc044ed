"""The ribbon (båndet): one band of grouped action buttons, filled per page by action id."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.framework.actions import ActionRegistry
from ui.framework.key_tips import KeyTips

# The groups in the order they always appear; a page fills those it needs.
GROUP_IDS = ("process", "collection", "case", "limitation", "actions", "reports")


def group_title(group_id: str) -> str:
    titles = {
        "process": QCoreApplication.translate("Ribbon", "Process"),
        "collection": QCoreApplication.translate("Ribbon", "Collection"),
        "case": QCoreApplication.translate("Ribbon", "Case"),
        "limitation": QCoreApplication.translate("Ribbon", "Limitation"),
        "actions": QCoreApplication.translate("Ribbon", "Actions"),
        "reports": QCoreApplication.translate("Ribbon", "Reports"),
    }
    return titles[group_id]


RibbonLayout = Mapping[str, Sequence[str]]  # group id -> action ids


COMPACT_GROUPS = (
    "case",
    "limitation",
)  # many small actions: small buttons in rows of three, as Navision
COMPACT_ROWS = 3
TAB_GROUPS = ("case", "limitation")  # on the second tab, Handlinger


class RibbonGroup(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self.setObjectName("ribbonGroup")
        self.compact = compact
        self._count = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(0)
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setSpacing(2)
        self.buttons_grid = QGridLayout()
        self.buttons_grid.setSpacing(0)
        self.buttons_grid.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.buttons_grid if compact else self.buttons_row)
        caption = QLabel(title)
        caption.setObjectName("ribbonGroupTitle")
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(caption)
        self.caption = caption

    def add_button(self, button: QToolButton) -> None:
        if self.compact:
            row, column = self._count % COMPACT_ROWS, self._count // COMPACT_ROWS
            self.buttons_grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignLeft)
        else:
            self.buttons_row.addWidget(button)
        self._count += 1


class Ribbon(QTabWidget):
    """A Navision-like band. `show_layout` places actions of the registry by id."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ribbon")
        self.setDocumentMode(True)
        self._registry = registry
        self._band = QWidget()
        self._band.setObjectName("ribbonBand")
        self._band_layout = QHBoxLayout(self._band)
        self._band_layout.setContentsMargins(6, 4, 6, 4)
        self._band_layout.setSpacing(6)
        self.addTab(self._band, QCoreApplication.translate("Ribbon", "Home"))
        # A card's many actions get their own tab (Navision's Handlinger), so Start fits 1366 px
        self._actions_band = QWidget()
        self._actions_band.setObjectName("ribbonBand")
        self._actions_layout = QHBoxLayout(self._actions_band)
        self._actions_layout.setContentsMargins(6, 4, 6, 4)
        self._actions_layout.setSpacing(6)
        self.addTab(self._actions_band, QCoreApplication.translate("Ribbon", "Case actions"))
        self.setTabVisible(1, False)
        self._groups: dict[str, RibbonGroup] = {}
        self.key_tips = KeyTips(self)

    def show_layout(self, layout: RibbonLayout) -> None:
        self.key_tips.hide_tips()
        for band in (self._band_layout, self._actions_layout):
            while band.count():
                item = band.takeAt(0)
                if item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self._groups.clear()
        for group_id in GROUP_IDS:
            action_ids = [  # an action hidden for the user's role has no button
                a
                for a in layout.get(group_id, ())
                if (act := self._registry.get(a)) and act.isVisible()
            ]
            if not action_ids:
                continue
            compact = group_id in COMPACT_GROUPS
            group = RibbonGroup(group_title(group_id), compact=compact)
            for action_id in action_ids:
                group.add_button(self._button_for(action_id, small=compact))
            band = self._actions_layout if group_id in TAB_GROUPS else self._band_layout
            band.addWidget(group)
            self._groups[group_id] = group
        self._band_layout.addStretch(1)
        self._actions_layout.addStretch(1)
        self.setTabVisible(1, any(g in self._groups for g in TAB_GROUPS))
        if not self.isTabVisible(1):
            self.setCurrentIndex(0)

    def group_ids(self) -> list[str]:
        return list(self._groups)

    def buttons(self, group_id: str) -> list[QToolButton]:
        group = self._groups.get(group_id)
        return group.findChildren(QToolButton) if group else []

    def _button_for(self, action_id: str, *, small: bool = False) -> QToolButton:
        button = QToolButton()
        action = self._registry.action(action_id)
        button.setDefaultAction(action)
        if small:
            action.setIconText(action.text())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(16, 16))
        else:
            # The ribbon label is the action's icon text: long ones take two lines, as in Office
            # and Navision, so a ribbon in Swedish still fits 1366 pixels; menus and tooltips
            # keep one.
            action.setIconText(two_lines(action.text()))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(24, 24))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setObjectName(f"ribbon_{action_id}")
        return button


def two_lines(label: str, longest: int = 14) -> str:
    """`label` broken at the space nearest its middle when it is longer than `longest`; a short
    one keeps an empty second line, so icons line up and the ribbon keeps its height."""
    if len(label.replace("&&", "&")) <= longest or " " not in label:
        return f"{label}\n"
    middle = len(label) / 2
    spaces = [i for i, char in enumerate(label) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{label[:cut]}\n{label[cut + 1 :]}"
