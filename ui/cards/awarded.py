"""Tilføj/Juster fordringer on the fundament card: the court's awarded hearing fee and legal costs
replace the computed salary and court fee (services.claims.awarded), in one unit of work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caplegal_desktop.services.claims.awarded import Award, replace_by_awarded
from ui.cards.case_edit import SavingDialog
from ui.framework.fields import AmountEdit

_translate = QCoreApplication.translate


class AwardDialog(SavingDialog):
    def __init__(self, data, case_id: int, *, legal_costs=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.data, self.case_id = data, case_id
        self.setWindowTitle(_translate("Awarded", "Add/Adjust claims: awarded costs"))
        self.hearing_fee = self.add(_translate("Awarded", "Awarded hearing fee"), AmountEdit())
        self.legal_costs = self.add(_translate("Awarded", "Awarded legal costs"), AmountEdit())
        self.legal_costs.set_value(legal_costs)
        self.editors = {"mødesalær": self.hearing_fee, "sagsomkostninger": self.legal_costs}
        self.message.setText(
            _translate(
                "Awarded",
                "The computed salary and court fee are reversed and the awarded amounts posted.",
            )
        )
        self.remember()

    def snapshot(self) -> object:
        return (self.hearing_fee.text(), self.legal_costs.text())

    def save(self):
        award = Award(hearing_fee=self.hearing_fee.value(), legal_costs=self.legal_costs.value())
        return self.data.write(
            replace_by_awarded, case_id=self.case_id, award=award, today=self.data.today()
        )


def add_awarded_action(card) -> None:
    """Put "Tilføj/Juster fordringer" on the fundament card's action bar."""
    bar = card.findChild(QWidget, "fundamentActions")
    text = _translate("Awarded", "Add/Adjust claims (awarded costs)")
    action = bar.addAction(text)
    action.setObjectName("fundament_awarded")
    action.triggered.connect(lambda: open_award(card))
    card.actions_by_id["awarded"] = action


def open_award(card):
    if card.fundament is None:
        return None
    dialog = AwardDialog(
        card.data, card.fundament.case_id, legal_costs=card.fundament.awarded_costs, parent=card
    )
    card.award_dialog = dialog  # the tests reach the open dialog through this
    if dialog.exec():
        done = dialog.result_value
        QMessageBox.information(
            card,
            dialog.windowTitle(),
            _translate("Awarded", "%1 entries posted; the case history shows each step.").replace(
                "%1", str(done.entries_posted)
            ),
        )
        card.load()
    return dialog
