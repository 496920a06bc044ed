"""UI benchmarks (issue 4) on the 100,000-case demo database.

- start to main window shown with Role Center data, against a bare PySide6 QMainWindow start
  (both in fresh processes, timed by this process from spawn to the child's "ready" line);
- case overview first page and a jump to row 90,000 (targets 100 ms and 200 ms: the target is
  the baseline, so ratio <= 1 passes);
- quick search through the UI backend (absolute <= 20 ms) against the service in an open
  session, i.e. what the UI adds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import BIG_CASES, big_database_url, median_ms, row

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}

BARE_START = """
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

UI_ONLY_START = """
from ui.app import ensure_application, create_main_window
from ui.sample_backend import SampleBackend
app = ensure_application()
window = create_main_window(SampleBackend(cases=0))
window.role_center.sig_figures_loaded.connect(lambda: (print("ready", flush=True), app.quit()))
window.show()
app.exec()
"""

# What `caplegal` does (main.run_gui -> ui.app.run_gui): the feature packages installed too
OUR_START = """
import sys
from caplegal_desktop.app import AppContext
from ui.app import backend_for, create_main_window, ensure_application
app = ensure_application()
context = AppContext.open(sys.argv[1], user="bench")
window = create_main_window(backend_for(context), app_context=context)
window.role_center.sig_figures_loaded.connect(lambda: (print("ready", flush=True), app.quit()))
window.show()
app.exec()
"""


def _spawn_ms(code: str, *args: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=ENV,
        cwd=ROOT,
        text=True,
    )
    for line in process.stdout:
        if line.startswith("ready"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise RuntimeError("the child never reported ready")
    process.wait(timeout=30)
    return elapsed


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url = big_database_url()
    _spawn_ms(OUR_START, url)  # warm the file cache once, as a second start of the day would
    # interleaved, so a busy moment on the machine hits both sides alike
    bare_runs, our_runs, ui_runs = [], [], []
    for _ in range(5):
        bare_runs.append(_spawn_ms(BARE_START))
        our_runs.append(_spawn_ms(OUR_START, url))
        ui_runs.append(_spawn_ms(UI_ONLY_START))
    bare, ours, ui_only = (statistics.median(r) for r in (bare_runs, our_runs, ui_runs))
    results = [
        row(
            f"start to main window with Role Center data ({BIG_CASES} cases) vs bare "
            "QMainWindow (target <= 4x)",
            "ms",
            ours,
            bare,
        ),
        row(
            "start to main window, UI alone (empty Role Center, no database) vs bare QMainWindow",
            "ms",
            ui_only,
            bare,
        ),
    ]

    from caplegal_desktop.app import AppContext
    from ui.app import create_main_window, ensure_application
    from ui.framework.background import wait_for_background
    from ui.service_backend import ServiceBackend

    ensure_application()
    context = AppContext.open(url, user="bench")
    backend = ServiceBackend(context)
    window = create_main_window(backend)
    window.resize(1366, 768)
    window.show()
    wait_for_background()

    def first_page():
        window.pages.pop("case_list", None)
        page = window.show_page("case_list")
        for r in range(40):  # what the first screen paints
            page.model.data(page.model.index(r, 0))

    first_ms = median_ms(first_page, repeat=5)
    page = window.pages["case_list"]

    def jump():
        page.model.invalidate()
        page.select_row(90_000)
        for r in range(90_000, 90_040):
            page.model.data(page.model.index(r, 0))

    jump_ms = median_ms(jump, repeat=7)
    results += [
        row("case overview first page (target 100 ms)", "ms", first_ms, 100.0),
        row("case overview jump to row 90,000 (target 200 ms)", "ms", jump_ms, 200.0),
    ]

    case_no = page.model.row_data(90_000)["no"]
    ui_ms = median_ms(lambda: backend.quick_search(case_no), repeat=25)
    from caplegal_desktop.services.search.quick_search import quick_search

    with context.uow() as uow:
        service_ms = median_ms(lambda: quick_search(uow.session, text=case_no), repeat=25)
    results.append(
        row(
            "quick search by case no. through the UI backend (a unit of work per call) vs the "
            "service in an open session (target <= 20 ms; raw-SQL ratio: the service's bench)",
            "ms",
            ui_ms,
            service_ms,
        )
    )
    window.close()
    context.close()
    return results


if __name__ == "__main__":
    for result in run():
        print(result)
