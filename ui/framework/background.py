"""One helper for work off the GUI thread: database calls, long reports, imports.

Database work runs on a single shared worker (like Anki's one collection thread) so that calls
never race each other; long work gets a progress dialog with a cancel button.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a task by `Progress.check()` once the user pressed Cancel."""


class Progress:
    """Handed to the task: report how far it is, and ask whether to stop."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self.cancelled = False

    def report(self, done: int, total: int, label: str = "") -> None:
        self._signals.sig_progress.emit(done, total, label)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled


class _TaskSignals(QObject):
    sig_progress = Signal(int, int, str)
    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _TaskSignals()
        self.progress = Progress(self.signals)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self._emit(self.signals.sig_cancelled)
        except Exception as exc:  # handed to the GUI thread to show
            self._emit(self.signals.sig_failed, exc)
        else:
            self._emit(self.signals.sig_done, result)

    def _emit(self, signal, *args) -> None:
        # The program may be closing while the work ran: with the application gone there is
        # nobody left to tell, and that is not an error worth a traceback on the console.
        if not shiboken6.isValid(self.signals):
            return
        try:
            signal.emit(*args)
        except RuntimeError:
            if shiboken6.isValid(self.signals):
                raise


_pool: QThreadPool | None = None
_running: set[_Task] = set()
# A finished task may still be returning from run() on the worker when its result arrives;
# keeping the last few alive a little longer avoids deleting a runnable under the pool's feet.
_finished: deque[_Task] = deque(maxlen=64)


def shared_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def run_in_background(
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
    progress_label: str | None = None,
    parent: QWidget | None = None,
    owner: QObject | None = None,
) -> _Task:
    """Run `work(progress)` on the shared worker; `on_done(result)` runs on the GUI thread.

    With a `progress_label`, a modal progress dialog with Cancel appears after half a second.
    With an `owner`, the callbacks are skipped once that widget has been deleted.
    """
    task = _Task(work)
    _running.add(task)
    dialog: QProgressDialog | None = None
    if progress_label is not None:
        dialog = QProgressDialog(progress_label, QProgressDialog.tr("Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.canceled.connect(lambda: setattr(task.progress, "cancelled", True))

        def show_progress(done: int, total: int, label: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if label:
                dialog.setLabelText(label)

        task.signals.sig_progress.connect(show_progress)

    def finish() -> None:
        _running.discard(task)
        _finished.append(task)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def alive() -> bool:
        # the page that asked may have been closed (e.g. rebuilt in another language) meanwhile
        return owner is None or shiboken6.isValid(owner)

    task.signals.sig_done.connect(
        lambda result: (finish(), on_done and alive() and on_done(result))
    )
    task.signals.sig_failed.connect(
        lambda exc: (finish(), on_failed and alive() and on_failed(exc))
    )
    task.signals.sig_cancelled.connect(finish)
    shared_pool().start(task)
    return task


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Block until the shared worker is idle (tests and the benchmark use it)."""
    return shared_pool().waitForDone(timeout_ms)
