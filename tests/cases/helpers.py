"""Driving modal dialogs by keyboard in pytest-qt: each handler runs once the next modal is up."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
FAILURES: list[BaseException] = []


MAIN: list[QWidget] = []  # the window under test: keys go there when no other window is active


def focused() -> QWidget | None:
    """The widget keys go to now; None when there is no window to send them to."""
    widget = QApplication.focusWidget()
    if widget is not None:
        return widget
    mains = [w for w in MAIN if shiboken6.isValid(w) and w.isVisible()]
    window = QApplication.activeModalWidget() or (mains[-1] if mains else None)
    if window is None:
        return None
    window.activateWindow()
    QApplication.processEvents()
    return QApplication.focusWidget() or window.focusWidget() or window


def when_modal(handler: Callable[[QWidget], None], *, after: QWidget | None = None) -> None:
    """Run `handler(dialog)` as soon as a modal other than `after` is open (and focused)."""

    def poll(tries: int = 0) -> None:
        modal = QApplication.activeModalWidget()
        if (modal is None or modal is after) and tries < 300:
            QTimer.singleShot(10, lambda: poll(tries + 1))
            return
        if modal is not None and not modal.isActiveWindow() and tries < 300:
            modal.activateWindow()
            QTimer.singleShot(10, lambda: poll(tries + 1))
            return
        try:
            handler(modal)
        except BaseException as exc:  # close every modal so the test fails instead of hanging
            FAILURES.append(exc)
            while QApplication.activeModalWidget() is not None:
                QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, poll)


def raise_failures() -> None:
    if FAILURES:
        error = FAILURES[0]
        FAILURES.clear()
        raise error


def type_keys(qtbot, text: str, *, widget: QWidget | None = None) -> None:
    qtbot.keyClicks(widget or focused(), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, *, widget=None) -> None:
    qtbot.keyClick(widget or focused(), key, modifier)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


class ModalWatchdog:
    """Closes a modal that stays open with nobody answering it, so a test fails, not hangs."""

    def __init__(self, seconds: float = 6) -> None:
        self._seen: QWidget | None = None
        self._timer = QTimer()
        self._timer.timeout.connect(self._check)
        self._timer.start(int(seconds * 1000))

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is self._seen:
            text = getattr(modal, "text", lambda: "")()
            FAILURES.append(AssertionError(f"unanswered modal {modal!r}: {text}"))
            modal.reject()
        self._seen = modal

    def stop(self) -> None:
        self._timer.stop()
