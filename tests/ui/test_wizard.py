from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout

from ui.framework.fields import AmountEdit
from ui.framework.wizard import FinishChoice, Wizard, WizardStep


@dataclass
class PaymentRequest:
    amount: Decimal | None = None
    note: str = ""
    calls: list = field(default_factory=list)


class AmountStep(WizardStep):
    def __init__(self):
        super().__init__()
        self.amount = AmountEdit(required=True)
        QVBoxLayout(self).addWidget(self.amount)

    def step_title(self):
        return "Amount"

    def has_input(self):
        return bool(self.amount.text())

    def problems(self):
        return [self.amount.error_message()] if not self.amount.is_valid() else []

    def fill(self, request):
        request.amount = self.amount.value()


class NoteStep(WizardStep):
    def step_title(self):
        return "Note"


def make_wizard(qtbot, saved):
    def submit(request):
        saved.append(request)
        return "created"

    wizard = Wizard(
        title="Register payment",
        steps=[AmountStep(), NoteStep()],
        make_request=PaymentRequest,
        submit=submit,
        finish_choices=[
            FinishChoice("create", "Create"),
            FinishChoice("create_next", "Create and continue with the next"),
            FinishChoice("leave", "Leave", submits=False),
        ],
    )
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    return wizard


def answer_choice(qtbot, text):
    """Click `text` in the choice box as soon as it is up (it runs its own event loop)."""

    def click():
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(10, click)
            return
        button = next(b for b in boxes[0].buttons() if b.text().replace("&", "") == text)
        button.click()

    QTimer.singleShot(0, click)


def test_ctrl_enter_offers_the_choices_and_makes_one_service_call(qtbot):
    saved = []
    wizard = make_wizard(qtbot, saved)
    qtbot.keyClicks(wizard.steps[0].amount, "1234.50")
    answer_choice(qtbot, "Create and continue with the next")
    qtbot.keyClick(wizard.steps[0].amount, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.amount for r in saved] == [Decimal("1234.50")]
    assert wizard.chosen == "create_next"
    assert wizard.result_value == "created"


def test_leave_choice_saves_nothing(qtbot):
    saved = []
    wizard = make_wizard(qtbot, saved)
    qtbot.keyClicks(wizard.steps[0].amount, "10")
    answer_choice(qtbot, "Leave")
    wizard.finish()
    assert saved == [] and wizard.chosen == "leave"


def test_invalid_step_is_refused_with_a_message_and_nothing_is_saved(qtbot, monkeypatch):
    saved, warnings = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    wizard = make_wizard(qtbot, saved)
    qtbot.keyClicks(wizard.steps[0].amount, "12a")
    wizard.finish()
    assert saved == []
    assert warnings and "Not a valid amount" in warnings[0]
    wizard.go_next()
    assert wizard.current_index() == 0


def test_esc_with_nothing_entered_leaves_without_asking(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    wizard = make_wizard(qtbot, [])
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_esc_after_typing_asks_first_and_no_keeps_the_wizard_open(qtbot, monkeypatch):
    asked = []

    def say_no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    saved = []
    wizard = make_wizard(qtbot, saved)
    qtbot.keyClicks(wizard.steps[0].amount, "5")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked and wizard.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and saved == []


def test_next_and_back_move_between_valid_steps(qtbot):
    wizard = make_wizard(qtbot, [])
    qtbot.keyClicks(wizard.steps[0].amount, "5")
    wizard.go_next()
    assert wizard.current_index() == 1
    wizard.go_back()
    assert wizard.current_index() == 0
