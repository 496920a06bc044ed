"""The navigation pane: the Role Center and the departments' pages, by page id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ui.theme import icon

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class NavEntry:
    page_id: str
    title: str
    icon_name: str | None = None


@dataclass(frozen=True)
class NavGroup:
    title: str
    entries: Sequence[NavEntry]
    icon_name: str | None = None


class NavigationPane(QTreeWidget):
    sig_page_requested = Signal(str)
    """Emitted with a page id when the user picks an entry (click, Enter or Space)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationPane")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)

    def populate(self, top: Sequence[NavEntry], groups: Sequence[NavGroup]) -> None:
        self.clear()
        for entry in top:
            self.addTopLevelItem(self._item(entry))
        for group in groups:
            parent = QTreeWidgetItem([group.title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if group.icon_name:
                parent.setIcon(0, icon(group.icon_name))
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.addTopLevelItem(parent)
            for entry in group.entries:
                parent.addChild(self._item(entry))
            parent.setExpanded(True)

    def select_page(self, page_id: str) -> None:
        item = self._find(page_id)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
        else:  # a page reached another way (e.g. the suspense list): no entry stays marked
            self.clearSelection()

    def page_ids(self) -> list[str]:
        ids = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top.data(0, PAGE_ID_ROLE):
                ids.append(top.data(0, PAGE_ID_ROLE))
            ids.extend(top.child(j).data(0, PAGE_ID_ROLE) for j in range(top.childCount()))
        return ids

    def item_of(self, page_id: str) -> QTreeWidgetItem | None:
        return self._find(page_id)

    def _find(self, page_id: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top.data(0, PAGE_ID_ROLE) == page_id:
                return top
            for j in range(top.childCount()):
                if top.child(j).data(0, PAGE_ID_ROLE) == page_id:
                    return top.child(j)
        return None

    @staticmethod
    def _item(entry: NavEntry) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.title])
        item.setData(0, PAGE_ID_ROLE, entry.page_id)
        if entry.icon_name:
            item.setIcon(0, icon(entry.icon_name))
        return item

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        page_id = item.data(0, PAGE_ID_ROLE)
        if page_id:
            self.sig_page_requested.emit(page_id)
