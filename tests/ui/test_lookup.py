from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.framework.lookup import LookupDialog, LookupEdit, LookupItem

CASE_TYPES = [
    LookupItem("INK", "Inkasso"),
    LookupItem("INK-ERH", "Inkasso, erhverv"),
    LookupItem("RET", "Retssag"),
]


def candidates(text):
    return [item for item in CASE_TYPES if text.upper() in item.code]


def make_field(qtbot):
    field = LookupEdit(candidates, title="Sagstype")
    qtbot.addWidget(field)
    with qtbot.waitActive(field):
        field.show()
        field.activateWindow()
    field.line_edit.setFocus()
    return field


def test_f4_drops_down_the_candidates_and_enter_picks_one(qtbot):
    field = make_field(qtbot)
    qtbot.keyClicks(field.line_edit, "INK")
    qtbot.keyClick(field.line_edit, Qt.Key.Key_F4)
    assert field.popup.isVisible()
    assert field.popup.tree.topLevelItemCount() == 2
    qtbot.keyClick(field.popup.tree, Qt.Key.Key_Down)
    with qtbot.waitSignal(field.sig_item_chosen) as chosen:
        qtbot.keyClick(field.popup, Qt.Key.Key_Return)
    assert chosen.args[0].code == "INK-ERH"
    assert field.text() == "INK-ERH"
    assert not field.popup.isVisible()


def test_ctrl_f4_opens_the_full_list_with_the_typed_text_as_filter(qtbot):
    field = make_field(qtbot)
    qtbot.keyClicks(field.line_edit, "RE")

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LookupDialog)
        assert dialog.filter_edit.text() == "RE"
        assert dialog.tree.topLevelItemCount() == 1
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier)
    assert field.item.code == "RET"
    assert field.text() == "RET"


def test_full_list_filter_asks_the_callback_again(qtbot):
    dialog = LookupDialog(candidates, title="Sagstype")
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 3
    qtbot.keyClicks(dialog.filter_edit, "ERH")
    assert dialog.tree.topLevelItemCount() == 1
