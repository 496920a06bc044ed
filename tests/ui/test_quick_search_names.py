"""Quick search on a real database: names as one types, a dropdown of hits, 'no match' said."""

import pytest
from PySide6.QtCore import Qt

from tests.payment_plans.conftest import TODAY, new_case
from ui.app import create_main_window
from ui.i18n import install_language
from ui.service_backend import ServiceBackend


@pytest.fixture
def window(qtbot, app, tmp_path, monkeypatch):
    monkeypatch.setenv("CAPLEGAL_CONFIG_DIR", str(tmp_path))
    app.settings.language = "da"
    new_case(app)  # Jens Sørensen owes Fjernvarme Fyn A/S
    new_case(app)
    window = create_main_window(ServiceBackend(app), app_context=app)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    install_language("en")


def typed(qtbot, window, text):
    box = window.quick_search
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: box.dropdown.isVisible(), timeout=3000)
    return box


def test_a_debtor_name_in_any_order_and_case_is_found_as_one_types(qtbot, window):
    # WHEN the secretary types the debtor's name backwards, lower case, the surname a prefix
    box = typed(qtbot, window, "jens sørens")
    # THEN both his cases are in the dropdown, with debtor and client
    hits = box.hits_shown()
    assert len(hits) == 2
    assert all("Jens Sørensen" in h and "Fjernvarme Fyn A/S" in h for h in hits)
    # WHEN she takes the second with the arrow keys and Enter
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    # THEN that case's card opens and the dropdown is gone
    assert not box.dropdown.isVisible()
    assert window.current_page().page_id.startswith("case")


def test_the_client_name_and_enter_show_the_hits_in_the_case_list(qtbot, window):
    box = typed(qtbot, window, "FJERNVARME fyn")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.current_page()
    assert page.page_id == "case_list" and page.model.rowCount() == 2


def test_no_match_is_said_under_the_box_and_no_old_card_stays_as_the_answer(qtbot, window):
    box = typed(qtbot, window, "Madsens Auto")
    assert box.hits_shown() == ["Ingen sag matcher “Madsens Auto”."]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.current_page()
    assert page.page_id == "case_list" and page.model.rowCount() == 0
    assert page.count_label.text() == "Ingen sag matcher “Madsens Auto”."
    assert box.dropdown.isVisible() and box.hasFocus()


def test_a_partial_case_number_finds_the_case(qtbot, window):
    case_no = window.backend.quick_search("Sørensen").labels[0].split()[0]
    box = typed(qtbot, window, case_no[-2:])  # "02" of S0000002, not the whole number
    assert any(h.startswith(case_no) for h in box.hits_shown())


def test_the_betalings_id_of_our_letter_opens_its_case(qtbot, window, app):
    # GIVEN the betalings-id the letters of the second case print
    from caplegal_desktop.services.follow_ups import letters
    from caplegal_desktop.services.shared.case_refs import case_id_by_no

    case_no = window.backend.quick_search("Sørensen").labels[0].split()[0]
    with app.uow() as uow:
        record = letters.case_record(
            uow.session, case_id=case_id_by_no(uow.session, case_no), as_of=TODAY
        )
    # WHEN the secretary types it (as a debtor reads it out on the phone) and presses Enter
    box = typed(qtbot, window, record["Betalings_Id"])
    assert len(box.hits_shown()) == 1 and box.hits_shown()[0].startswith(case_no)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    # THEN that case's card opens
    assert window.current_page().page_id.startswith("case:")
