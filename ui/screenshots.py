"""Grab every page and dialog offscreen, to look at the layout in each language and size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m ui.screenshots /tmp/shots [--db URL] [--lang da]
        [--size 1366x768]

Without --db the sample data is used; with it the feature windows and dialogs are grabbed too
(ui.screenshot_dialogs). Screenshots never go into git.
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


def grab_all(out: Path, *, backend, language: str, app_context=None, sizes=SIZES) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    backend.save_language(language)
    window = create_main_window(backend, app_context=app_context)
    problems = []
    for width, height in sizes:
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
    if app_context is not None:
        from ui.screenshot_dialogs import grab_features, save_grab

        width, height = sizes[0]
        window.resize(width, height)
        settle(300)
        grab = save_grab(out, f"{width}x{height}_{language}", problems)
        grab_features(window, app_context, grab, settle)
    window.close()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=list(LANGUAGES), action="append")
    parser.add_argument("--size", action="append", help="e.g. 1366x768 (default: both sizes)")
    args = parser.parse_args()
    sizes = (
        tuple(tuple(int(n) for n in size.split("x")) for size in args.size) if args.size else SIZES
    )
    context = None
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
        problems = grab_all(
            args.out, backend=backend, language=language, app_context=context, sizes=sizes
        )
        for problem in problems:
            print("clipped:", problem)
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
