"""The client card's Afregninger tab (issue 17): the client's settlements with status, payout and
paid date, the PDF and the Excel appendix opened from it; the services behind it on SQLite and
PostgreSQL (only that client's settlements, drafts left out, funds.read needed)."""

from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook

import ui  # noqa: F401  (before any Qt call)
from caplegal_desktop.app import AppContext
from caplegal_desktop.errors import NotFound
from caplegal_desktop.services.client_funds import (
    client_settlements,
    create_drafts,
    post_settlements,
    settlement_document,
)
from models import Client
from tests.client_funds.builders import client_of, new_case, pay
from tests.office.builders import a_user, signed_in
from ui.framework.background import wait_for_background
from ui.i18n import install_language

SHOTS = Path(os.environ.get("CAPLEGAL_SHOTS", tempfile.gettempdir())) / "pfunds-shots"


def _two_clients_settled(app) -> tuple[int, int, int]:
    """(client A, client B, A's draft id): a posted settlement each, then a draft for A."""
    a, _ = new_case(app)
    b, _ = new_case(app, client="Vandværket ApS", cvr="25313763", vat_registered=False)
    pay(app, a, "1500.00", day=date(2026, 11, 20))
    pay(app, b, "800.00", day=date(2026, 11, 21))
    with app.uow(write=True) as uow:
        create_drafts(uow.session, to=date(2026, 11, 30), user="t")
        post_settlements(uow.session, user="t")
        uow.commit()
    pay(app, a, "100.00", day=date(2026, 12, 1))
    with app.uow(write=True) as uow:
        [draft_id] = create_drafts(uow.session, to=date(2026, 12, 31), user="t").settlement_ids
        uow.commit()
    return client_of(app, a)[0], client_of(app, b)[0], draft_id


def test_a_clients_settlements_are_its_own_and_never_drafts(app):
    client_a, client_b, draft_id = _two_clients_settled(app)
    with app.uow() as uow:
        mine = client_settlements(uow.session, client_id=client_a)
        theirs = client_settlements(uow.session, client_id=client_b)
        assert [r.status for r in mine] == ["posted"] and len(theirs) == 1
        assert mine[0].collected == 1500 and mine[0].period_from == date(2026, 11, 20)
        with pytest.raises(NotFound):  # B's settlement asked for as A's
            settlement_document(uow.session, theirs[0].id, "pdf", client_id=client_a)
        with pytest.raises(NotFound):
            settlement_document(uow.session, draft_id, "xlsx", client_id=client_a)
    # a Klient user naming another client still gets only their own
    with app.uow() as uow:
        client_no_a = uow.session.get(Client, client_a).no
    a_user(app, "fyn", "Klient", client_no=client_no_a)
    portal_user = signed_in(app, "fyn", change_to="Blå-Hest-Stald-42")
    with portal_user.uow() as uow:
        assert [r.id for r in client_settlements(uow.session, client_id=client_b)] == [
            r.id for r in mine
        ]
        with pytest.raises(NotFound):
            settlement_document(uow.session, theirs[0].id, "pdf", client_id=client_b)
    portal_user.close()


@pytest.fixture
def ctx(sqlite_url, qapp):
    install_language("da")
    context = AppContext.open(sqlite_url)
    yield context
    context.close()


def test_the_client_card_lists_settlements_and_opens_pdf_and_excel(qtbot, ctx, tmp_path):
    from ui.cards.client_card import ClientCardPage
    from ui.cards.data import CardsData

    client_a, _client_b, _draft = _two_clients_settled(ctx)
    SHOTS.mkdir(parents=True, exist_ok=True)
    card = ClientCardPage(CardsData(ctx), client_a)
    qtbot.addWidget(card)
    card.resize(1366, 900)
    card.show()
    wait_for_background()
    panel = card.settlements
    assert panel.tree.topLevelItemCount() == 1
    row = panel.tree.topLevelItem(0)
    assert row.text(2) == "Bogført" and row.text(3) == "1.500,00"
    opened = []
    panel.open_file = opened.append
    panel.tree.setCurrentItem(row)
    pdf = panel.open_document("pdf")
    xlsx = panel.open_document("xlsx")
    assert opened == [pdf, xlsx] and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Afregning" in text and "1.500,00" in text
    book = load_workbook(BytesIO(xlsx.read_bytes()))
    assert book.sheetnames == ["Afregning", "Linjer"]
    from ui.framework.card_page import FastTab

    for tab in card.findChildren(FastTab):  # the Settlements tab open, the others closed
        tab.set_expanded(tab.isAncestorOf(panel))
    card.grab().save(str(SHOTS / "client_card_settlements.png"))
    wait_for_background()
