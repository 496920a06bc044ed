"""The portal's case page (issue 16): the header and the four tabs, each case action and the
history line it leaves, documents and uploads, and 0 leaks: a Klient of client A gets the same
404 for B's case page, B's documents and every action on B's case as for a case that does not
exist. Real server, SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from models import Case, CaseHistory, CaseRequest, JournalLine, Note
from tests.portal.conftest import browser, csrf_of, sign_in_as

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture
def fyn(server, world):
    with browser(server) as client:
        assert sign_in_as(client, "fyn").status_code == 303
        yield client


def _csrf(client, case_no: str) -> str:
    return csrf_of(client.get(f"/cases/{case_no}").text)


def _history(app, case_id: int) -> list[tuple[str, str, str]]:
    with app.uow() as uow:
        rows = uow.session.execute(
            select(CaseHistory.kind, CaseHistory.user, CaseHistory.action)
            .where(CaseHistory.case_id == case_id)
            .order_by(CaseHistory.id)
        ).all()
    return [tuple(r) for r in rows]


def _count(app, model, **where) -> int:
    with app.uow() as uow:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return uow.session.scalar(query)


def test_each_tab_shows_the_case(app, world, fyn):
    case_id, case_no = world["A"]
    page = fyn.get(f"/cases/{case_no}")
    assert page.status_code == 200
    text = page.text
    assert "Sagsnummer" in text and "Registreret" in text and "Sagsbehandler" in text
    assert "1.200,00" in text and "Kontingent" in text  # the invoice's capital, from the engine
    customers = fyn.get(f"/cases/{case_no}", params={"tab": "customers"}).text
    assert "Jens Ærø Sørensen" in customers and "Debitor" in customers
    history = fyn.get(f"/cases/{case_no}", params={"tab": "history"}).text
    assert "Historik" in history and "Vis alle" in history
    costs = fyn.get(f"/cases/{case_no}", params={"tab": "costs"}).text
    assert "Det kræves kunden for" in costs and "Faktureret klienten" in costs
