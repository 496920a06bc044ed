"""Grab every page and dialog offscreen, to look at the layout in each language and size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m ui.screenshots /tmp/shots [--db URL] [--lang da]

Without --db the sample data is used. Screenshots never go into git.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from ui.app import create_main_window, ensure_application
from ui.framework.background import wait_for_background
from ui.i18n import LANGUAGES

SIZES = ((1366, 768), (1920, 1080))


def settle(ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    wait_for_background(5000)


def clipped_labels(root: QWidget) -> list[str]:
    """Texts of visible one-line labels and buttons narrower than their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text() or widget.width() < 2:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in widget.text()):
            continue
        if widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(widget.text())
    return found


def grab_all(out: Path, *, backend, language: str) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    backend.save_language(language)
    window = create_main_window(backend)
    problems = []
    for width, height in SIZES:
        window.resize(width, height)
        window.show()
        settle(800)
        for page_id in window.navigation.page_ids():
            window.show_page(page_id)
            settle()
            window.grab().save(str(out / f"{page_id}_{width}x{height}_{language}.png"))
            problems += [f"{page_id} {width}x{height}: {t}" for t in clipped_labels(window)]
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(language=language)
    dialog.show()
    settle(100)
    dialog.grab().save(str(out / f"settings_{language}.png"))
    window.close()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=list(LANGUAGES), action="append")
    args = parser.parse_args()
    ensure_application()
    if args.db:
        from caplegal_desktop.app import AppContext
        from ui.service_backend import ServiceBackend

        context = AppContext.open(args.db)
        context.settings.save = lambda: None  # screenshots do not change the saved settings
        backend = ServiceBackend(context)
    else:
        from ui.sample_backend import SampleBackend

        backend = SampleBackend()
    for language in args.lang or list(LANGUAGES):
        for problem in grab_all(args.out, backend=backend, language=language):
            print("clipped:", problem)
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
