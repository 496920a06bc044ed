"""Översikt on a real server, SQLite and PostgreSQL: the office's news (the same for every
client, written with `caplegal portal news`), the user's own key figures and cases submitted
today, and the manual's quick links — nothing of another client's."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from caplegal_desktop.services import news
from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.statements import case_totals
from portal.texts import money
from tests.client_funds.builders import pay
from tests.portal.conftest import browser, sign_in_as

ROOT = Path(__file__).resolve().parents[2]


def _case_today(app, client_no: str, debtor: str, ref: str) -> str:
    request = NewCase(
        client=ClientInput(no=client_no), debtors=[PartyInput(name=debtor, kind="person")],
        claims=[ClaimInput(description="Kontingent", invoice_date=date(2026, 1, 5),
                           due_date=date(2026, 2, 1), principal=Decimal("400.00"))],
        external_ref=ref,
    )  # fmt: skip
    with app.uow(write=True) as uow:
        made = create_case(uow.session, request, user="test",
                           setup=SetupSnapshot.load(uow.session), today=date.today())  # fmt: skip
        uow.commit()
    return made.case_no


def _posted_balance(app, client_no: str) -> Decimal:
    from sqlalchemy import select

    from models import Case, Client

    total = Decimal("0")
    with app.uow() as uow:
        ids = uow.session.scalars(select(Case.id).join(Client, Client.id == Case.client_id)
                                  .where(Client.no == client_no))  # fmt: skip
        for case_id in list(ids):
            figures = case_totals(uow.session, case_id=case_id, as_of=date.today())
            total += figures.amount("balance") - figures.amount("interest")
    return total


def test_news_figures_and_todays_cases_are_the_users_own(server, app, world):
    today = date.today()
    with app.uow(write=True) as uow:
        news.add_news(uow.session, text="Julelukket 24.–26. december.", user="adm")
        news.add_news(uow.session, text="Gammel nyhed", user="adm",
                      shown_from=today - timedelta(days=30),
                      shown_until=today - timedelta(days=1))  # fmt: skip
        uow.commit()
    mine = _case_today(app, "K-A", "Ole Ærlig", "FAK-A-77")
    theirs = _case_today(app, "K-B", "Bo Østergaard", "FAK-B-88")
    pay(app, world["A"][0], "200.00", day=today)
    pay(app, world["B"][0], "55.55", day=today)
    with browser(server) as client:
        sign_in_as(client, "fyn")
        page = client.get("/").text
    assert "Julelukket 24.–26. december." in page and "Gammel nyhed" not in page
    assert mine in page and "FAK-A-77" in page
    assert theirs not in page and "FAK-B-88" not in page and "Østergaard" not in page
    # A: 2 active cases; outstanding = what the statement engine says is owed less interest
    # not yet posted (the figure adds posted entries only); 200 paid this month
    cues = page[page.index('class="cues"') :]
    owed = _posted_balance(app, "K-A")
    assert "<b>2</b>" in cues and money(owed, "da") in cues and "200,00" in cues
    assert "55,55" not in page
    for href in ("/favourites", "/register/case", "/register/payment", "/funds"):
        assert f'href="{href}"' in page
    with browser(server) as client:  # news is the same for every client
        sign_in_as(client, "vest")
        other = client.get("/").text
    assert "Julelukket" in other and theirs in other and mine not in other


def test_the_office_writes_news_from_the_command_line(database_url):
    def caplegal(*args):
        return subprocess.run([sys.executable, "-m", "main", "--db", database_url, *args],
                              cwd=ROOT, capture_output=True, text=True, env=dict(os.environ),
                              timeout=120)  # fmt: skip

    added = caplegal("portal", "news", "add", "Ny bankforbindelse fra 1. januar.")
    assert added.returncode == 0, added.stderr
    listed = caplegal("portal", "news", "list", "--json")
    assert "Ny bankforbindelse fra 1. januar." in listed.stdout
    empty = caplegal("portal", "news", "add", "   ")
    assert empty.returncode != 0 and "Skriv nyhedens tekst" in empty.stderr + empty.stdout
    news_id = listed.stdout.split('"id": ')[1].split(",")[0]
    assert caplegal("portal", "news", "remove", news_id).returncode == 0
    assert "bankforbindelse" not in caplegal("portal", "news", "list").stdout
