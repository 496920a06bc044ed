"""Key tips on Alt (issue 13, "Navision hands"): a lone Alt shows a letter on each ribbon tab or
button, typing the letter presses it, Esc hides; real key events in the real main window."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from caplegal_desktop.app import AppContext
from caplegal_desktop.config import Settings
from caplegal_desktop.db import open_database
from caplegal_desktop.services.demo.generate import generate_demo
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.framework.key_tips import choose_tips
from ui.i18n import DEFAULT_LANGUAGE, install_language
from ui.service_backend import ServiceBackend

TODAY = dt.date(2026, 6, 30)
SHOTS = Path(os.environ.get("CAPLEGAL_SHOTS", "/tmp"))
ALT = Qt.Key.Key_Alt


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    from tests.conftest import _migrate_and_seed

    url = f"sqlite:///{tmp_path_factory.mktemp('tips') / 'caplegal.sqlite3'}"
    _migrate_and_seed(url)
    app_context = AppContext(open_database(url), Settings(language="da"), "test")
    generate_demo(app_context, cases=6, seed=5, today=TODAY)
    yield app_context
    app_context.close()


@pytest.fixture
def window(qtbot, context, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    install_language("da")
    window = create_main_window(ServiceBackend(context), app_context=context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    wait_for_background()
    yield window
    wait_for_background()
    window.ribbon.key_tips.hide_tips()
    install_language(DEFAULT_LANGUAGE)


def settle(qtbot, window) -> None:
    """The ribbon of the page just shown is laid out (Qt shows new buttons a moment later)."""

    def laid_out() -> bool:
        band = window.ribbon.currentWidget()
        shown = [b for b in band.findChildren(QToolButton) if b.isVisible()]
        return band.height() > 60 and bool(shown) and all(b.height() > 20 for b in shown)

    qtbot.wait(30)
    qtbot.waitUntil(laid_out, timeout=3000)


def tap_alt(qtbot, window) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyPress(target, ALT, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(target, ALT)
    qtbot.wait(20)


def type_key(qtbot, window, key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key)
    qtbot.wait(20)


def type_tip(qtbot, window, tip: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget() or window, tip.lower())
    qtbot.wait(20)


def badges(window) -> dict[str, QLabel]:
    return {b.text(): b for b in window.findChildren(QLabel, "keyTip") if b.isVisibleTo(window)}


def test_tips_are_unique_and_none_starts_another():
    labels = ["Bogfør", "Betaling", "Ny sag", "Ny", "Opdater"] + [f"x{i}" for i in range(40)]
    tips = choose_tips(labels)
    assert len(set(tips)) == len(tips)
    assert tips[:3] == ["B", "E", "N"]  # a word's initial first, then another of its letters
    assert not [a for a in tips for b in tips if a != b and b.startswith(a)]


def test_alt_shows_letters_on_the_buttons_and_a_letter_presses_one(qtbot, window):
    window.show_page("case_list")
    wait_for_background()
    settle(qtbot, window)
    tap_alt(qtbot, window)
    tips = window.ribbon.key_tips
    assert tips.is_showing() and tips.level() == "buttons"
    shown = badges(window)
    refresh = next(b for b in tips.tips().values() if b.objectName() == "ribbon_refresh")
    letter = tips.tip_for(refresh)
    assert letter in shown and len(shown) >= 5
    window.grab().save(str(SHOTS / "desk-key-tips.png"))
    # the badge sits on its button
    badge_centre = shown[letter].geometry().center()
    button_rect = refresh.geometry()
    button_rect.moveTopLeft(refresh.mapTo(window, refresh.rect().topLeft()))
    assert button_rect.adjusted(-8, -8, 8, 8).contains(badge_centre)

    triggered = []
    window.registry.action("refresh").triggered.connect(lambda: triggered.append(True))
    type_tip(qtbot, window, letter)
    qtbot.waitUntil(lambda: triggered == [True], timeout=3000)
    assert not tips.is_showing() and badges(window) == {}
    # the quick search has its letter too: typing it puts the cursor there
    tap_alt(qtbot, window)
    search_tip = tips.tip_for(window.quick_search)
    assert search_tip is not None
    type_tip(qtbot, window, search_tip)
    assert QApplication.focusWidget() is window.quick_search and not tips.is_showing()


def test_esc_hides_the_tips_and_other_keys_do_not_arm_them(qtbot, window):
    window.show_page("case_list")
    wait_for_background()
    settle(qtbot, window)
    tap_alt(qtbot, window)
    assert window.ribbon.key_tips.is_showing()
    type_key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.ribbon.key_tips.is_showing() and badges(window) == {}
    # Alt+N is a chord, not a request for tips
    target = QApplication.focusWidget() or window
    qtbot.keyPress(target, ALT, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(target, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(target, ALT)
    assert not window.ribbon.key_tips.is_showing()
    # Alt a second time hides them, as in Office
    tap_alt(qtbot, window)
    assert window.ribbon.key_tips.is_showing()
    tap_alt(qtbot, window)
    assert not window.ribbon.key_tips.is_showing()


def test_a_card_with_two_tabs_asks_for_the_tab_first(qtbot, window):
    card = window.open_record("case", 1)
    wait_for_background()
    settle(qtbot, window)
    ribbon = window.ribbon
    assert ribbon.isTabVisible(1), "the case card has its Handlinger tab"
    tap_alt(qtbot, window)
    tips = ribbon.key_tips
    assert tips.level() == "tabs"
    second = tips.tip_for(1)
    assert second is not None and set(badges(window)) == {tips.tip_for(0), second}
    type_tip(qtbot, window, second)
    assert ribbon.currentIndex() == 1
    assert tips.level() == "buttons"
    on_tab = [b for b in ribbon.currentWidget().findChildren(object) if tips.tip_for(b)]
    assert on_tab, "the Handlinger tab's buttons carry letters"
    window.grab().save(str(SHOTS / "desk-key-tips-card.png"))
    type_key(qtbot, window, Qt.Key.Key_Escape)
    assert not tips.is_showing()
    assert card is window.current_page()
