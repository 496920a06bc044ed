"""Key tips on Alt, as in Navision and Office: press and release Alt and every ribbon tab (when
there are several) or button shows a letter; typing it picks the tab or presses the button.
Esc, Alt again, a click or another window hides the tips.

The ribbon is rebuilt per page, so the letters are chosen when the tips appear, from the
buttons then visible; a button's letter is taken from its words first, so "Bogfør" is B.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolButton,
    QWidget,
)

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ123456789"
_MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_HIDING_EVENTS = (QEvent.Type.WindowDeactivate, QEvent.Type.Hide)


def plain_text(text: str) -> str:
    """A button's label without mnemonic ampersands and the ribbon's line break."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").replace("\n", " ")


def choose_tips(labels: Sequence[str]) -> list[str]:
    """One tip per label, unique, none a prefix of another: the first letter of a word if free,
    then any other letter of the label, then a free letter; beyond the alphabet two letters."""
    taken: set[str] = set()
    tips: list[str | None] = [None] * len(labels)
    for index, label in enumerate(labels):
        words = plain_text(label).upper().split()
        initials = [w[0] for w in words if w and w[0] in ALPHABET]
        others = [c for c in "".join(words) if c in ALPHABET]
        for candidate in (*initials, *others):
            if candidate not in taken:
                tips[index] = candidate
                taken.add(candidate)
                break
    free = [c for c in ALPHABET if c not in taken]
    for index, tip in enumerate(tips):
        if tip is None and free:
            tips[index] = free.pop(0)
            taken.add(tips[index])
    if any(tip is None for tip in tips):  # more buttons than letters: "Y1", "Y2", … as Office
        prefix = free.pop(0) if free else "Z"
        if prefix in taken:  # a single-letter tip may not start a two-letter one
            tips = [tip if tip != prefix else None for tip in tips]
        number = 1
        for index, tip in enumerate(tips):
            if tip is None:
                tips[index] = f"{prefix}{ALPHABET[(number - 1) % len(ALPHABET)]}"
                number += 1
    return [str(tip) for tip in tips]


def shown_within(widget: QWidget, top: QWidget) -> bool:
    """Shown, or about to be: a button just laid out is shown by Qt a moment later, while one
    of the page before (hidden, deleted later) never is again."""
    while widget is not None and widget is not top:
        if widget.isHidden() and widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            return False
        widget = widget.parentWidget()
    return widget is top


def _badge_point(button: QAbstractButton) -> QPoint:
    """On the icon's corner, so the button's words stay readable."""
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    ):
        return QPoint(8, button.height() // 2 - 2)
    icon = button.iconSize().height() if isinstance(button, QToolButton) else 16
    return QPoint(button.width() // 2 + 2, icon - 4)  # at the icon's lower right corner


class KeyTips(QObject):
    """Watches the application's keys for a lone Alt and shows the tips over `ribbon`."""

    def __init__(self, ribbon: QTabWidget) -> None:
        super().__init__(ribbon)
        self.ribbon = ribbon
        self._armed = False
        self._hid_on_this_alt = False
        self._typed = ""
        self._targets: dict[str, QWidget] = {}
        self._badges: dict[str, QLabel] = {}
        self._level = ""  # "" hidden, "tabs" or "buttons"
        QApplication.instance().installEventFilter(self)

    # --- what the tests and the window ask ---------------------------------------------------
    def is_showing(self) -> bool:
        return bool(self._level)

    def level(self) -> str:
        return self._level

    def tips(self) -> dict[str, QWidget]:
        """Tip -> tab bar (for a tab: the ribbon itself, index in the property) or button."""
        return dict(self._targets)

    def tip_for(self, widget_or_tab: QWidget | int) -> str | None:
        for tip, target in self._targets.items():
            if target is widget_or_tab or target.property("keyTipTab") == widget_or_tab:
                return tip
        return None

    def show_tips(self) -> None:
        tabs = [i for i in range(self.ribbon.count()) if self.ribbon.isTabVisible(i)]
        if len(tabs) > 1:
            self._show_tab_tips(tabs)
        else:
            self._show_button_tips()

    def hide_tips(self) -> None:
        for badge in self._badges.values():
            badge.hide()
            badge.deleteLater()
        for target in self._targets.values():
            if target.property("keyTipTab") is not None:  # a tab's stand-in
                target.deleteLater()
        self._badges.clear()
        self._targets.clear()
        self._typed = ""
        self._level = ""

    def _place_again(self) -> None:
        if self._level == "tabs":
            self.show_tips()
        elif self._level == "buttons":
            self._show_button_tips()

    # --- levels --------------------------------------------------------------------------------
    def _show_tab_tips(self, tabs: Sequence[int]) -> None:
        bar = self.ribbon.tabBar()
        labels = [self.ribbon.tabText(i) for i in tabs]
        places = []
        for i in tabs:
            anchor = QLabel(self.ribbon)  # a stand-in target that remembers the tab's index
            anchor.hide()
            anchor.setProperty("keyTipTab", i)
            rect = bar.tabRect(i)
            places.append((anchor, bar, QPoint(rect.center().x() - 6, rect.bottom() - 10)))
        self._place("tabs", labels, places)

    def _show_button_tips(self) -> None:
        band = self.ribbon.currentWidget()
        buttons = [
            b for b in band.findChildren(QAbstractButton) if shown_within(b, band) and b.isEnabled()
        ]
        places = [(b, b, _badge_point(b)) for b in buttons]
        labels = [b.text() or b.toolTip() for b in buttons]
        corner = self.ribbon.cornerWidget(Qt.Corner.TopRightCorner)
        if corner is not None:  # the quick search and the settings button beside it
            for widget in corner.findChildren(QWidget):
                if widget.objectName() and widget.isVisible() and widget.parentWidget() is corner:
                    places.append((widget, widget, QPoint(2, widget.height() - 12)))
                    labels.append(widget.toolTip() or widget.accessibleName() or "")
        self._place("buttons", labels, places)

    def _place(
        self, level: str, labels: Sequence[str], places: Iterable[tuple[QWidget, QWidget, QPoint]]
    ) -> None:
        self.hide_tips()
        host = self.ribbon.window()
        for tip, (target, origin, point) in zip(choose_tips(labels), places, strict=True):
            badge = QLabel(tip, host)
            badge.setObjectName("keyTip")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setStyleSheet(
                "QLabel#keyTip { background: #fdfdf0; color: #202020; border: 1px solid #6b6b6b;"
                " border-radius: 2px; padding: 0px 3px; font-weight: bold; font-size: 8pt; }"
            )
            badge.adjustSize()
            badge.move(origin.mapTo(host, point))
            badge.show()
            badge.raise_()
            self._badges[tip] = badge
            self._targets[tip] = target
        self._level = level if self._targets else ""

    # --- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            taken = self._key_pressed(watched, event)
            if taken:
                event.accept()  # a key the tips took is not offered to anyone again
            return taken
        if kind == QEvent.Type.KeyRelease:
            self._key_released(watched, event)
        elif kind in _MOUSE_EVENTS:
            self._armed = False
            if self._level:
                self.hide_tips()
        elif self._level and watched is self.ribbon.window():
            if kind in _HIDING_EVENTS:
                self.hide_tips()
            elif kind == QEvent.Type.Resize:  # the buttons moved: the letters follow
                QTimer.singleShot(0, self._place_again)
        return False

    def _in_our_window(self, watched: QObject) -> bool:
        return (
            isinstance(watched, QWidget)
            and watched.window() is self.ribbon.window()
            and QApplication.activeModalWidget() is None
            and self.ribbon.isVisible()
        )

    def _key_pressed(self, watched: QObject, event) -> bool:
        if event.key() == Qt.Key.Key_Alt:
            if self._level:  # Alt while they show hides them, as in Office
                self.hide_tips()
                self._hid_on_this_alt = True
            self._armed = not event.isAutoRepeat() and not self._hid_on_this_alt
            return self._hid_on_this_alt
        self._armed = False
        if not self._level:
            return False
        if not self._in_our_window(watched):
            self.hide_tips()
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.hide_tips()
            return True
        if event.key() == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
            self._show_matching()
            return True
        typed = event.text().upper()
        if not typed or typed not in ALPHABET:
            return True  # while tips show, the keys are theirs (as in Office)
        self._typed += typed
        self._show_matching()
        return True

    def _key_released(self, watched: QObject, event) -> None:
        if event.key() != Qt.Key.Key_Alt or event.isAutoRepeat():
            return
        self._hid_on_this_alt = False
        if not self._armed:
            return
        self._armed = False
        if event.modifiers() & ~Qt.KeyboardModifier.AltModifier:
            return  # Ctrl+Alt etc. is a chord, not a request for tips
        if self._in_our_window(watched):
            self.show_tips()

    def _show_matching(self) -> None:
        target = self._targets.get(self._typed)
        if target is not None:
            self._press(target)
            return
        matching = [tip for tip in self._badges if tip.startswith(self._typed)]
        if not matching:  # a letter no tip has: forget it, as Office does
            self._typed = self._typed[:-1]
            QApplication.beep()
        for tip, badge in self._badges.items():
            badge.setVisible(tip.startswith(self._typed))

    def _press(self, target: QWidget) -> None:
        tab = target.property("keyTipTab")
        if tab is not None:
            self.ribbon.setCurrentIndex(int(tab))
            self._show_button_tips()
            return
        self.hide_tips()
        if isinstance(target, QAbstractButton):
            # after the key event is done: the action may open a modal dialog
            QTimer.singleShot(0, target.click)
        else:  # a field (the quick search): the cursor goes there
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()
