"""Every case action the core has is a button on the case card (issue 14): attach a file, set
dormant and wake up, credit an invoice, message to the handler, recall, print the case, favourite
— driven through the card's ribbon handlers with real dialogs and keys on a real database."""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from models import Case, CaseHistory, CaseRequest, JournalLine
from tests.cases.helpers import CTRL, MAIN, press, raise_failures, type_keys, when_modal
from tests.follow_ups.builders import CREATED, new_case
from ui.case_card.page import CaseCardPage
from ui.wizard.data import CaseData


def open_card(qtbot, ctx, case_id):
    page = CaseCardPage(CaseData(ctx, today=lambda: CREATED), case_id)
    actions = page.case_actions
    actions.opened, actions.errors = [], []
    actions.open_file = actions.opened.append
    actions.show_error = actions.errors.append
    qtbot.addWidget(page)
    page.resize(1366, 900)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    MAIN[:] = [page]
    return page


def history(ctx, case_id) -> list[tuple[str, str, str | None]]:
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(CaseHistory.kind, CaseHistory.action, CaseHistory.document_path)
            .where(CaseHistory.case_id == case_id)
            .order_by(CaseHistory.id)
        )
        return [tuple(r) for r in rows]


def case_row(ctx, case_id) -> Case:
    with ctx.uow() as uow:
        case = uow.session.get(Case, case_id)
        uow.session.expunge(case)
        return case


def test_attach_a_file_keeps_a_copy_with_a_paperclip_in_history(qtbot, ctx, danish_ui, tmp_path):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    letter = tmp_path / "Skyldnerbrev æøå.pdf"
    letter.write_bytes(b"%PDF-1.4 brev fra skyldner")
    page.case_actions.pick_file = lambda: str(letter)
    page.trigger_action("attach_file")
    kind, action, path = history(ctx, case_id)[-1]
    assert (kind, action) == ("attachment", "Fil vedhæftet: Skyldnerbrev æøå.pdf")
    assert Path(path).read_bytes() == letter.read_bytes() and Path(path) != letter
    assert page.last_message == "Fil vedhæftet: Skyldnerbrev æøå.pdf"


def test_set_dormant_by_keys_then_wake_up(qtbot, ctx, danish_ui):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    until = CREATED + timedelta(days=60)

    def dormant(dialog):
        type_keys(qtbot, until.strftime("%d%m%Y"), widget=dialog.until)
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.until)

    when_modal(dormant)
    page.trigger_action("set_dormant")
    raise_failures()
    case = case_row(ctx, case_id)
    assert (case.status, case.dormant_until) == ("dormant", until)
    assert page.fields["status"].text() == "Hvilende"
    page.trigger_action("wake_up")
    assert case_row(ctx, case_id).status == "active"
    assert [a for _, a, _ in history(ctx, case_id)][-2:] == [
        f"Sagen hviler til {until:%d-%m-%Y}",
        "Sagen er ikke længere hvilende",
    ]


def test_a_dormant_date_in_the_past_is_refused_in_the_dialog_and_nothing_changes(
    qtbot, ctx, danish_ui
):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    said = []

    def past(dialog):
        type_keys(qtbot, "01012020", widget=dialog.until)
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.until)
        said.append(dialog.message.text())
        press(qtbot, Qt.Key.Key_Escape, widget=dialog.until)

    when_modal(past)
    page.trigger_action("set_dormant")
    raise_failures()
    assert said == ["Datoen skal ligge efter i dag."]
    assert case_row(ctx, case_id).status == "active"


def test_credit_an_invoice_in_one_step(qtbot, ctx, danish_ui):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)

    def credit(dialog):
        assert dialog.claim.currentText().startswith("1: Varmeregning (faktura F-4711)")
        type_keys(qtbot, "1.250,50", widget=dialog.amount)
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.amount)

    when_modal(credit)
    page.trigger_action("credit_invoice")
    raise_failures()
    # by default a credit waits in the collection journal (posted there with F9)
    with ctx.uow() as uow:
        lines = uow.session.execute(
            select(JournalLine.entry_type, JournalLine.amount, JournalLine.claim_id).where(
                JournalLine.case_id == case_id
            )
        ).all()
    assert [(t, a) for t, a, _ in lines] == [("credit", Decimal("1250.50"))]
    assert lines[0][2] is not None and page.case_actions.errors == []
    assert page.last_message


def test_message_and_recall_become_requests_and_an_empty_text_is_refused(qtbot, ctx, danish_ui):
    case_id, _ = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    refused = []

    def empty_then_message(dialog):
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.text)
        refused.append(dialog.message.text())
        type_keys(qtbot, "Debitor ringede: betaler fredag", widget=dialog.text)
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.text)

    when_modal(empty_then_message)
    page.trigger_action("message_handler")
    raise_failures()
    assert refused == ["Skriv teksten først."]

    def recall(dialog):
        type_keys(qtbot, "Klienten har fået pengene direkte", widget=dialog.text)
        press(qtbot, Qt.Key.Key_Return, CTRL, widget=dialog.text)

    when_modal(recall)
    page.trigger_action("request_recall")
    raise_failures()
    with ctx.uow() as uow:
        requests = uow.session.execute(
            select(CaseRequest.kind, CaseRequest.text).where(CaseRequest.case_id == case_id)
        ).all()
    assert sorted(requests) == [
        ("message", "Debitor ringede: betaler fredag"),
        ("recall", "Klienten har fået pengene direkte"),
    ]
    assert page.fields["status"].text() == "Tilbagekaldelse anmodet"
    # a second recall is refused in Danish and changes nothing
    when_modal(recall)
    page.trigger_action("request_recall")
    raise_failures()
    assert page.case_actions.errors == [
        "Der er allerede en åben anmodning om tilbagekaldelse af sagen."
    ]


def test_print_the_case_as_one_pdf_and_favourite(qtbot, ctx, danish_ui, tmp_path):
    case_id, case_no = new_case(ctx)
    page = open_card(qtbot, ctx, case_id)
    asked = []
    page.case_actions.pick_target = lambda name: asked.append(name) or str(tmp_path / name)
    page.trigger_action("print_case")
    pdf = tmp_path / f"Sag_{case_no}.pdf"
    assert asked == [f"Sag_{case_no}.pdf"] and page.case_actions.opened == [pdf]
    assert pdf.read_bytes().startswith(b"%PDF")
    page.trigger_action("case_favourite")
    assert case_row(ctx, case_id).favourite is True
    page.trigger_action("case_favourite")
    assert case_row(ctx, case_id).favourite is False
