"""The feature windows and dialogs for ui.screenshots: case card, wizard steps, claims window,
journal, register payment, suspense list, payment plans, follow-ups (only with a database).

A dialog that runs its own exec() is grabbed by a timer that fires inside that modal loop and
then closes it, so nothing waits for a user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Grab = Callable[[QWidget, str], None]


def grab_modal(trigger: Callable[[], object], name: str, grab: Grab, *, ms: int = 700) -> None:
    """Run `trigger` (which opens a modal dialog), grab the dialog as `name`, close it."""

    def take() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        grab(dialog, name)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(ms, take)
    trigger()


def grab_features(window, app_context, grab: Grab, settle: Callable[[int], None]) -> None:
    from caplegal_desktop.services.search import browse

    with app_context.uow() as uow:
        case_ids = browse.case_ids(uow.session, filter_text="")
    case_id = case_ids[len(case_ids) // 3]

    window.show_page("suspense")
    settle(300)
    grab(window, "suspense")

    card = window.open_record("case", case_id)
    settle(600)
    grab(window, "case_card")
    for action in ("history", "statement", "parties", "court_district", "adjust_claims"):
        grab_modal(lambda a=action: card.trigger_action(a), f"case_card_{action}", grab)
        settle(100)

    # Register payment works on the case card in front
    grab_modal(lambda: window.trigger_action("register_payment"), "register_payment", grab)
    settle(100)
    _grab_payment_plan(window, app_context, case_id, grab, settle)
    _grab_wizard(app_context, window, grab, settle)


def _grab_payment_plan(window, app_context, case_id: int, grab: Grab, settle) -> None:
    from ui.payment_plan.data import PlanData
    from ui.payment_plan.dialogs import DebtorChoiceDialog
    from ui.payment_plan.overview import RECORD_KIND

    data = PlanData(app_context)
    case_no = data.case_no(case_id)
    debtors = data.debtors(case_no)
    grab_modal(lambda: DebtorChoiceDialog(debtors, parent=window).exec(), "plan_debtors", grab)
    overview = data.overview()
    plan_no = getattr(overview[0], "plan_no", None) if overview else None
    if plan_no is None:
        plan_no = data.create(case_no, [d.party_id for d in debtors]).plan_no
    card = window.open_record(RECORD_KIND, plan_no)
    settle(500)
    grab(window, "payment_plan_card")
    if card.plan.lines:
        grab_modal(card.show_plan, "payment_plan_lines", grab)
        grab_modal(card.open_agreements, "payment_plan_agreements", grab)


def _grab_wizard(app_context, window, grab: Grab, settle) -> None:
    from ui.claims.new_case import NewCaseClaimsWindow
    from ui.wizard.case_wizard import CaseWizard
    from ui.wizard.data import CaseData

    data = CaseData(app_context)
    wizard = CaseWizard(data, parent=window)
    wizard.show()
    for index in range(len(wizard.steps)):
        wizard.show_step(index)
        settle(200)
        grab(wizard, f"wizard_step{index + 1}")
    request = wizard._make_request()
    claims = NewCaseClaimsWindow(data, request, debtor_names=["Jens Hansen"], parent=wizard)
    claims.show()
    settle(300)
    grab(claims, "claims_window")
    claims.close()
    wizard.close()


def save_grab(out: Path, suffix: str, problems: list[str]) -> Grab:
    from ui.screenshots import clipped_labels

    def grab(widget: QWidget, name: str) -> None:
        widget.grab().save(str(out / f"{name}_{suffix}.png"))
        problems.extend(f"{name} {suffix}: {text}" for text in clipped_labels(widget))

    return grab
