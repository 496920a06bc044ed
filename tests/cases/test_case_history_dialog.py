"""Historik on the case card (issue 14): a Type column with paper clip / envelope / info marks,
a type filter, paging of long histories, and Enter opening what a line refers to."""

from PySide6.QtCore import Qt

from caplegal_desktop.services.cases import actions as case_actions
from tests.cases.helpers import MAIN, press, raise_failures, when_modal
from tests.follow_ups.builders import CREATED, new_case
from ui.case_card.page import CaseCardPage
from ui.wizard.data import CaseData


def do(ctx, call, **kwargs):
    with ctx.uow(write=True) as uow:
        call(uow.session, user="sekretær", **kwargs)
        uow.commit()


def texts(tree, column):
    return [tree.topLevelItem(r).text(column) for r in range(tree.topLevelItemCount())]


def test_history_types_filter_paging_and_opening_an_attachment(qtbot, ctx, danish_ui, tmp_path):
    case_id, _ = new_case(ctx)
    paper = tmp_path / "kvittering.pdf"
    paper.write_bytes(b"%PDF-1.4 kvittering")
    do(ctx, case_actions.attach_file, case_id=case_id, source=paper)
    for n in range(120):
        do(ctx, case_actions.add_note, case_id=case_id, text=f"Opringning nr. {n + 1}")
    page = CaseCardPage(CaseData(ctx, today=lambda: CREATED), case_id)
    qtbot.addWidget(page)
    page.show()
    MAIN[:] = [page]
    seen = {}

    def look(dialog):
        opened = []
        dialog.open_file = opened.append
        details = []
        dialog.show_detail = details.append
        tree = dialog.tree
        seen["first_page"] = (tree.topLevelItemCount(), dialog.page_label.text())
        seen["newest"] = tree.topLevelItem(0).text(3)
        assert not tree.topLevelItem(0).icon(0).isNull()  # a note with text: the info mark
        # the second page holds the rest, oldest last
        dialog.next_button.click()
        seen["second_page"] = (tree.topLevelItemCount(), dialog.page_label.text())
        # filter on attachments: the one line with its paper clip; Enter opens the copy
        dialog.kind.setCurrentIndex(dialog.kind.findText("Bilag"))
        seen["attachments"] = texts(tree, 3)
        tree.setFocus()
        press(qtbot, Qt.Key.Key_Return, widget=tree)
        seen["opened"] = [p.read_bytes() for p in opened]
        # a note line shows its text
        dialog.kind.setCurrentIndex(dialog.kind.findText("Info"))
        tree.setCurrentItem(tree.topLevelItem(0))
        dialog.open_line()
        seen["detail"] = details
        seen["types"] = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
        dialog.grab().save("/tmp/case_history.png")
        dialog.reject()

    when_modal(look)
    page.trigger_action("history")
    raise_failures()
    total = 122  # created, attached, 120 notes
    assert seen["first_page"] == (100, f"Side 1 af 2 ({total} linjer)")
    assert seen["newest"] == "Note tilføjet"
    assert seen["second_page"] == (total - 100, f"Side 2 af 2 ({total} linjer)")
    assert seen["attachments"] == ["Fil vedhæftet: kvittering.pdf"]
    assert seen["opened"] == [b"%PDF-1.4 kvittering"]
    assert seen["detail"] == ["Note tilføjet\n\nOpringning nr. 120"]
    assert seen["types"][0] == "Alle typer" and "Bilag" in seen["types"]
