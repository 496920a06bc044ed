"""Fee/salary and tariff codes made in setup, with their first amount and its source."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.master_data.setup_codes import create_fee_code, create_tariff_code
from models import FeeAmount, FeeCode, TariffAmount
from tests.cases.helpers import CTRL, raise_failures, when_modal
from ui.framework.background import wait_for_background


def test_a_fee_code_and_a_tariff_code_are_made_with_their_amount_and_source(app):
    with app.uow(write=True) as uow:
        create_fee_code(
            uow.session, code="tilk-moede2", description="Tilkendt mødesalær (byret)",
            kind="salary", level="case", user="bo",
        )  # fmt: skip
        create_tariff_code(
            uow.session, code="FOGED-SE", description="Udlæg, Sverige", user="bo",
            amount=Decimal("600"), valid_from=date(2026, 1, 1), source="Aftale med klient",
        )  # fmt: skip
        uow.commit()
    with app.uow() as uow:
        assert uow.session.get(FeeCode, "TILK-MOEDE2").kind == "salary"
        assert not uow.session.scalars(
            select(FeeAmount).where(FeeAmount.fee_code == "TILK-MOEDE2")
        ).all()
        row = uow.session.scalar(select(TariffAmount).where(TariffAmount.tariff_code == "FOGED-SE"))
        assert (row.amount, row.source) == (Decimal("600"), "Aftale med klient")


def test_an_amount_without_a_source_is_refused_and_nothing_is_made(app):
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="kilden"):
        create_fee_code(
            uow.session, code="NYT", description="Nyt gebyr", kind="other", level="case",
            user="bo", amount=Decimal("100"), valid_from=date(2026, 1, 1),
        )  # fmt: skip
    with app.uow() as uow:
        assert uow.session.get(FeeCode, "NYT") is None


def test_ctrl_n_on_a_fee_row_of_codes_and_tables_makes_a_fee_code(window, qtbot, demo_context):
    page = window.show_page("setup_codes")
    wait_for_background()
    row = next(
        r for r in range(page.model.rowCount()) if str(page.model.ids()[r]).startswith("fee:")
    )
    page.select_row(row)
    page.table.setFocus()

    def fill(dialog):
        for widget, text in (
            (dialog.code, "TILK-LR"),
            (dialog.description, "Tilkendt salær, landsret"),
        ):
            widget.setFocus()
            qtbot.keyClicks(widget, text)
        dialog.kind.setCurrentIndex(dialog.kind.findData("salary"))
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return, CTRL)

    when_modal(fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    raise_failures()
    with demo_context.uow() as uow:
        assert uow.session.get(FeeCode, "TILK-LR").description == "Tilkendt salær, landsret"
    assert page.current_id() == "fee:TILK-LR"
