"""Screens that stay true (issue 13 §2): after a payment or a new case, the list, its FactBox and
the Role Center show what the database holds — on F5, on return, and after a feature's action."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from caplegal_desktop.services.cases.actions import PaymentRequest, register_payment
from models import CompanySetup
from models.enums import PaymentType
from tests.payment_plans.conftest import new_case
from ui.app import create_main_window
from ui.framework.background import wait_for_background
from ui.i18n import DEFAULT_LANGUAGE, install_language
from ui.pages.role_center import ROLE_CENTER
from ui.service_backend import ServiceBackend


@pytest.fixture
def window(qtbot, app, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    app.settings.language = "da"
    with app.uow(write=True) as uow:
        uow.session.execute(update(CompanySetup).values(post_payments_at_once=True))
        uow.commit()
    new_case(app)
    window = create_main_window(ServiceBackend(app), app_context=app)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    install_language(DEFAULT_LANGUAGE)


def pay(app, case_id, amount="1000.00"):
    request = PaymentRequest(PaymentType.PAYMENT_TO_CLIENT.value, Decimal(amount), date(2026, 1, 5))
    with app.uow(write=True) as uow:
        done = register_payment(uow.session, case_id=case_id, request=request, user="test")
        uow.commit()
    return done


def paid_shown(page) -> str:
    return page.factboxes[0]._values["paid"].text()


def test_f5_reads_the_list_row_and_its_factbox_again_and_they_agree(qtbot, app, window):
    # GIVEN the case overview with the case marked and nothing paid
    page = window.show_page("case_list")
    page.select_row(0)
    case_id = page.current_id()
    before = page.model.row_data(0)["outstanding"]
    assert "1.000,00" not in paid_shown(page)
    # WHEN a payment of 1.000 kr. is posted and the secretary presses F5
    assert pay(app, case_id).posted
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    # THEN the row and the FactBox both show it
    assert "1.000,00" in paid_shown(page)
    assert page.model.row_data(0)["outstanding"] == before - Decimal("1000.00")


def test_a_page_shown_again_is_read_again(qtbot, app, window):
    page = window.show_page("case_list")
    assert page.model.rowCount() == 1
    window.show_page(ROLE_CENTER)
    new_case(app)
    # WHEN she returns to the overview, it has the new case without F5
    page = window.show_page("case_list")
    assert page.model.rowCount() == 2
    # AND the Role Center counts it when she goes back to it
    window.show_page(ROLE_CENTER)
    figures = lambda: window.role_center.figures  # noqa: E731
    qtbot.waitUntil(lambda: figures() is not None and figures().active_cases == 2, timeout=10000)
    assert wait_for_background()


def test_after_a_features_action_the_page_in_front_shows_the_change(qtbot, app, window):
    page = window.show_page("case_list")
    page.select_row(0)
    case_id = page.current_id()
    # GIVEN an action of a feature that posts a payment for the marked case (as the pound does)
    window.action_handlers["register_payment"] = lambda: pay(app, case_id, "250.00")
    # WHEN it runs from the ribbon
    window.trigger_action("register_payment")
    # THEN the FactBox beside the list shows the payment at once
    assert "250,00" in paid_shown(page)
