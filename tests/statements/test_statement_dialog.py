"""The statement dialog as in the manual: choose the debtor, and the kontoudtog beside the
opgørelse (issue 13, the manual's statement screen)."""

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

import ui  # noqa: F401  (before any Qt call)
from models import Case
from tests.payment_plans.conftest import new_case
from ui.case_card.dialogs import StatementDialog
from ui.case_card.page import figure_titles
from ui.i18n import DEFAULT_LANGUAGE, install_language
from ui.wizard.data import CaseData

AS_OF = date(2026, 3, 1)


@pytest.fixture
def dialog(qtbot, app, tmp_path):
    install_language("da")
    case_no = new_case(app, two_debtors=True)  # Jens in solidum, Hanne for 50 %
    with app.uow() as uow:
        case_id = uow.session.scalar(select(Case.id).where(Case.no == case_no))
    dialog = StatementDialog(CaseData(app, today=lambda: AS_OF), case_id, figure_titles())
    qtbot.addWidget(dialog)
    dialog.opened = []
    dialog.open_file = dialog.opened.append
    yield dialog
    install_language(DEFAULT_LANGUAGE)


def balance(dialog) -> Decimal:
    text = dialog.labels["balance"].text().split(">")[1].split("<")[0]
    return Decimal(text.replace(".", "").replace(",", "."))


def test_choosing_one_debtor_shows_that_debtors_share(qtbot, dialog):
    # GIVEN the statement of the whole case
    names = [dialog.debtor.itemText(i) for i in range(dialog.debtor.count())]
    assert names[0] == "Alle debitorer (in solidum)" and len(names) == 3
    whole = balance(dialog)
    # WHEN the debtor liable for half is chosen
    hanne = next(i for i, n in enumerate(names) if n.startswith("Hanne Sørensen"))
    dialog.debtor.setCurrentIndex(hanne)
    # THEN the figures are her share; Jens in solidum owes it all
    assert balance(dialog) < whole
    jens = next(i for i, n in enumerate(names) if n.startswith("Jens Sørensen"))
    dialog.debtor.setCurrentIndex(jens)
    assert balance(dialog) == whole


def test_the_account_statement_is_saved_beside_the_statement_for_the_chosen_debtor(
    qtbot, dialog, tmp_path
):
    dialog.debtor.setCurrentIndex(2)
    dialog.ask_target = lambda suggested: str(tmp_path / suggested)
    opgoerelse = dialog.save_pdf(account=False)
    kontoudtog = dialog.save_pdf(account=True)
    assert (opgoerelse.name, kontoudtog.name) == (
        "opgoerelse-2026-03-01.pdf",
        "kontoudtog-2026-03-01.pdf",
    )
    assert dialog.opened == [opgoerelse, kontoudtog]
    assert kontoudtog.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(kontoudtog), "-"], capture_output=True, text=True
        ).stdout
        assert "Hanne Sørensen" in text
    dialog.resize(620, 460)
    dialog.grab().save("/tmp/desk-statement-dialog.png")
