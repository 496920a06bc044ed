from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

from ui.framework.actions import ActionRegistry, ActionSpec, tooltip_with_shortcut
from ui.framework.background import run_in_background, wait_for_background
from ui.framework.card_page import ADDITIONAL, PROMOTED, CardPage


def test_tooltip_carries_the_shortcut_as_navision_shows_it():
    assert tooltip_with_shortcut("&Bogfør", QKeySequence("F9")) == "Bogfør (F9)"
    assert tooltip_with_shortcut("Opdater", QKeySequence()) == "Opdater"


def test_an_action_id_can_be_declared_only_once(qapp):
    registry = ActionRegistry()
    registry.declare(ActionSpec("post", "Bogfør", "post", "F9"))
    try:
        registry.declare(ActionSpec("post", "Bogfør igen"))
    except ValueError:
        pass
    else:
        raise AssertionError("a second declaration was accepted")
    assert registry.action("post").shortcut() == QKeySequence("F9")


def test_fast_tab_collapses_to_its_promoted_fields(qtbot):
    card = CardPage(page_id="case:1", title="Sag S0000001")
    qtbot.addWidget(card)
    general = card.add_fast_tab("Generelt")
    general.add_field("Sagsnr.", QLineEdit("S0000001"), importance=PROMOTED)
    general.add_field("Vedrørende", QLineEdit("Faktura 1"))
    extra = general.add_field("Ekstern ref.", QLineEdit("X"), importance=ADDITIONAL)
    card.show()
    assert extra.isHidden()
    general.more_button.click()
    assert not extra.isHidden()
    general.header.click()
    assert not general.is_expanded()
    assert general.summary.text() == "S0000001"


def test_background_work_reports_its_result_on_the_gui_thread(qtbot):
    import threading

    results = []

    def record(value):
        results.append((value, threading.current_thread() is threading.main_thread()))

    run_in_background(lambda p: 6 * 7, on_done=record)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    wait_for_background()
    assert results == [(42, True)]


def test_cancel_stops_long_background_work_between_steps(qtbot):
    import threading

    from ui.framework.background import Progress

    started, finished = threading.Event(), []

    def long_work(progress: Progress):
        started.set()
        for step in range(1000):
            progress.report(step, 1000)
            progress.check()
            threading.Event().wait(0.005)
        finished.append(True)

    task = run_in_background(long_work, progress_label="Arbejder …")
    started.wait(5)
    with qtbot.waitSignal(task.signals.sig_cancelled, timeout=5000):
        task.progress.cancelled = True
    wait_for_background()
    assert finished == []


def test_a_result_for_a_closed_page_is_dropped_quietly(qtbot):
    import threading

    import shiboken6
    from PySide6.QtWidgets import QWidget

    page, release, shown = QWidget(), threading.Event(), []
    task = run_in_background(lambda p: release.wait(5) and "late", on_done=shown.append, owner=page)
    shiboken6.delete(page)  # the page is gone before the work is done
    with qtbot.waitSignal(task.signals.sig_done, timeout=5000):
        release.set()
    wait_for_background()
    assert shown == []
