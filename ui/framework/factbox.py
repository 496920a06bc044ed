"""FactBoxes: small panes bound to one record id that recompute only when the id changes.

Amounts shown as drill-downs are blue and underlined; clicking one emits `sig_drill_down`
with the figure's key, and the page opens the entries behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ui.framework.lazy_model import display_text

_UNBOUND = object()
DRILL_DOWN_STYLE = "color:#0a5bc4; text-decoration:underline;"


@dataclass(frozen=True)
class FactField:
    key: str
    title: str  # already translated
    kind: str = "text"  # as Column.kind
    drill_down: bool = False


class FactBox(QFrame):
    """Base: subclasses (or a `load` callback) turn a record id into {key: value}."""

    sig_drill_down = Signal(str, object)
    """Emitted with (figure key, record id) when a blue amount is clicked."""

    def __init__(
        self,
        title: str,
        fields: Sequence[FactField],
        load: Callable[[Hashable], Mapping[str, Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("factBox")
        self._fields = list(fields)
        self._load = load
        self._record_id: Any = _UNBOUND
        self.load_count = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 10)
        outer.setSpacing(6)
        caption = QLabel(title)
        caption.setObjectName("factBoxTitle")
        outer.addWidget(caption)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        outer.addLayout(form)
        self._values: dict[str, QLabel] = {}
        for field in self._fields:
            value = QLabel()
            value.setObjectName("factBoxValue")
            if field.kind in ("amount", "int"):
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if field.drill_down:
                value.setObjectName("drillDown")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
                value.linkActivated.connect(lambda _link, key=field.key: self._drill(key))
            form.addRow(QLabel(field.title), value)
            self._values[field.key] = value

    def record_id(self) -> Any:
        return None if self._record_id is _UNBOUND else self._record_id

    def bind(self, record_id: Hashable | None) -> None:
        """Show the figures of `record_id`; nothing is recomputed when it is the same id."""
        if record_id == self._record_id:
            return
        self._record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        if self._record_id is _UNBOUND or self._record_id is None:
            self.show_values({})
            return
        self.load_count += 1
        self.show_values(self.load(self._record_id))

    def load(self, record_id: Hashable) -> Mapping[str, Any]:
        return self._load(record_id) if self._load else {}

    def show_values(self, values: Mapping[str, Any]) -> None:
        for field in self._fields:
            text = display_text(values.get(field.key), field.kind)
            label = self._values[field.key]
            if field.drill_down and text:
                label.setText(f'<a href="{field.key}" style="{DRILL_DOWN_STYLE}">{text}</a>')
            else:
                label.setText(text)

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def _drill(self, key: str) -> None:
        self.sig_drill_down.emit(key, self.record_id())
