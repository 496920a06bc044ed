"""Guide: Opret sag from an empty database, by keyboard alone, into a case in the database."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from models import Case, CaseParty, Claim, ClaimDebtor, Client, FeeLine, LedgerEntry, Party
from tests.cases.helpers import (
    ALT,
    CTRL,
    MAIN,
    press,
    raise_failures,
    tab,
    type_keys,
    when_modal,
)
from ui.wizard.case_wizard import CaseWizard
from ui.wizard.data import CaseData

TODAY = date(2026, 11, 23)
ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab


def open_wizard(qtbot, ctx):
    wizard = CaseWizard(CaseData(ctx, today=lambda: TODAY))
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    MAIN[:] = [wizard]
    return wizard


def fill_case_step(qtbot, wizard):
    type_keys(qtbot, "INK")  # the cursor starts in Case type
    press(qtbot, Qt.Key.Key_F4)
    assert [
        wizard.case_step.case_type.popup.tree.topLevelItem(i).text(0)
        for i in range(wizard.case_step.case_type.popup.tree.topLevelItemCount())
    ] == ["INK-ALM", "INK-ERHV", "INK-FORB", "INK-SE"]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, ENTER)  # INK-ERHV
    tab(qtbot)
    type_keys(qtbot, "Varmeregninger 2026")
    press(qtbot, Qt.Key.Key_Right, ALT)


def create_client_by_search(qtbot):
    type_keys(qtbot, "Fjernvarme Fyn A/S")

    def new_client_card(card):
        assert card.name.text() == "Fjernvarme Fyn A/S"
        tab(qtbot)
        type_keys(qtbot, "13585628")  # CVR
        tab(qtbot, 5)  # address, post code, city, e-mail, VAT registered
        press(qtbot, Qt.Key.Key_Space)  # not VAT registered
        press(qtbot, ENTER, CTRL)

    def not_found(box):
        assert "Opret" in box.text()
        when_modal(new_client_card, after=box)
        press(qtbot, ENTER, widget=box)  # Yes is the default

    when_modal(not_found)
    press(qtbot, ENTER)


def create_party_by_search(qtbot, words, *, identity, postcode, business=False):
    type_keys(qtbot, words)

    def new_party_card(card):
        assert card.name.text() == words
        tab(qtbot)
        if business:
            press(qtbot, Qt.Key.Key_Down)
        tab(qtbot)
        type_keys(qtbot, identity)
        tab(qtbot)
        type_keys(qtbot, "Vestergade 1")
        tab(qtbot)
        type_keys(qtbot, postcode)
        assert card.court.text() != "–"  # the court district came from the post code
        press(qtbot, ENTER, CTRL)

    def not_found(box):
        when_modal(new_party_card, after=box)
        press(qtbot, ENTER, widget=box)

    when_modal(not_found)
    press(qtbot, ENTER)


def type_claim(qtbot, description, invoice_date, principal):
    type_keys(qtbot, description)
    tab(qtbot, 3)  # past Invoice no. and Debtors
    type_keys(qtbot, invoice_date)
    tab(qtbot, 2)  # past Due date
    type_keys(qtbot, principal)
    tab(qtbot, 6)  # interest code, rate, interest from, OCR, customer no. -> the next line


def fill_claims(qtbot, claims_window, checks):
    type_claim(qtbot, "Faktura 1001", "05-01-2026", "7.500,00")
    type_claim(qtbot, "Faktura 1002", "01-03-2026", "1200")
    # the third claim: Jens in solidum, Byg og Bo A/S liable for 50 %
    type_keys(qtbot, "Faktura 1003")
    tab(qtbot, 2)  # past Invoice no.

    def shares(dialog):
        tab(qtbot, 3)  # Jens: liable -> in solidum -> Byg og Bo: liable -> in solidum
        press(qtbot, Qt.Key.Key_Space)
        tab(qtbot)
        type_keys(qtbot, "50")
        press(qtbot, ENTER, CTRL)

    when_modal(shares, after=claims_window)
    press(qtbot, Qt.Key.Key_F4)
    tab(qtbot)
    type_keys(qtbot, "01-06-2026")
    tab(qtbot, 2)  # past Due date
    type_keys(qtbot, "2.000,50")
    tab(qtbot)
    checks(claims_window)

    def yes(box):
        press(qtbot, ENTER, widget=box)

    when_modal(yes, after=claims_window)
    press(qtbot, ENTER, CTRL)


def test_the_wizard_done_by_keyboard_alone_creates_the_case_with_its_fees(qtbot, ctx, danish_ui):
    wizard = open_wizard(qtbot, ctx)
    fill_case_step(qtbot, wizard)
    assert wizard.current_index() == 1
    create_client_by_search(qtbot)
    raise_failures()
    assert wizard.client_step.client.cvr == "13585628"
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert wizard.current_index() == 2
    # a valid CPR without the modulus-11 property (issued since 2007): no override needed
    create_party_by_search(qtbot, "Jens Sørensen", identity="010160-0000", postcode="5000")
    create_party_by_search(
        qtbot, "Byg og Bo A/S", identity="25313763", postcode="7100", business=True
    )
    raise_failures()
    assert wizard.party_step.debtor_names() == ["Jens Sørensen", "Byg og Bo A/S"]
    press(qtbot, Qt.Key.Key_Right, ALT)
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert wizard.current_index() == 4
    assert wizard.collection_step.salary_code.text() == "SALAER"
    seen = {}

    def check_fees(window):
        seen["claim_fees"] = [r.text("code") for r in window.claim_fees.rows()]
        seen["case_fees"] = [r.text("code") for r in window.case_fees.rows()]
        seen["ok"] = window.ok_button.isEnabled()

    def claims(window):
        window.grab().save("/tmp/claims_window.png")
        fill_claims(qtbot, window, check_fees)

    def choice(box):
        texts = {b.text() for b in box.buttons()}
        assert {"Opret sag", "Opret sag og fortsæt med den næste", "Forlad guiden"} <= texts
        when_modal(claims, after=box)
        press(qtbot, ENTER, widget=box)

    when_modal(choice)
    press(qtbot, ENTER, CTRL)
    raise_failures()
    assert seen == {"claim_fees": ["KOMP", "KOMP", "KOMP"], "case_fees": ["SALAER"], "ok": True}
    assert wizard.result() == wizard.DialogCode.Accepted
    with ctx.uow() as uow:
        s = uow.session
        case = s.scalars(select(Case)).one()
        assert case.case_type_code == "INK-ERHV" and case.regarding == "Varmeregninger 2026"
        assert s.scalars(select(Client.vat_registered)).one() is False
        debtors = {p.id: p.name for p in s.scalars(select(Party))}
        assert sorted(filter(None, s.scalars(select(Party.cpr)))) == ["0101600000"]
        assert sorted(debtors.values()) == ["Byg og Bo A/S", "Jens Sørensen"]
        assert len(s.scalars(select(CaseParty)).all()) == 2
        claims = s.scalars(select(Claim).order_by(Claim.line_no)).all()
        assert [c.principal for c in claims] == [
            Decimal("7500.00"),
            Decimal("1200.00"),
            Decimal("2000.50"),
        ]
        third = s.scalars(select(ClaimDebtor).where(ClaimDebtor.claim_id == claims[2].id)).all()
        assert sorted((debtors[d.party_id], d.in_solidum, d.share_pct) for d in third) == [
            ("Byg og Bo A/S", False, Decimal("50")),
            ("Jens Sørensen", True, None),
        ]
        fees = sorted(f.fee_code for f in s.scalars(select(FeeLine)))
        assert fees == ["KOMP", "KOMP", "KOMP", "SALAER"]
        salary = s.scalars(select(FeeLine).where(FeeLine.fee_code == "SALAER")).one()
        assert salary.vat_pct == Decimal("25")  # the client is not VAT registered
        assert len(s.scalars(select(LedgerEntry)).all()) == 7
    assert QApplication.activeModalWidget() is None
