"""The Role Center's cue while the latest reconciliation of the client account disagrees:
the difference between bank and books (amber). Hidden while they agree."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.client_funds.texts import t
from ui.i18n import format_amount, format_date
from ui.pages.role_center import CueTile

CUE_ID = "client_account_disagrees"


class ReconciliationCue(CueTile):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(CUE_ID, t("CueCaption"), parent)
        self.setProperty("attention", True)
        self.hide()

    def show_state(self, state) -> None:
        if not state.disagrees:
            self.hide()
            return
        # The figure is a count, as on every cue; the amount is in the caption and the tooltip.
        self.figure.setText(str(state.unmatched))
        self.caption.setText(
            t("CueCaptionDiff", format_amount(state.bank_balance - state.book_balance))
        )
        self.setToolTip(t("CueTip", format_amount(state.bank_balance),
                          format_amount(state.book_balance), state.unmatched,
                          format_date(state.as_of)))  # fmt: skip
        self.show()
