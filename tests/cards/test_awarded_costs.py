"""Tilføj/Juster fordringer from the fundament: the awarded hearing fee and legal costs replace
the computed salary and court fee (reversed, never edited), each step in the history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.errors import ValidationError
from caplegal_desktop.services.cases.card import case_history, entry_figures, fee_lines
from caplegal_desktop.services.claims.awarded import Award, replace_by_awarded
from tests.master_data.builders import posted_case

TODAY = date(2026, 11, 24)


def test_the_award_replaces_the_computed_salary_and_court_fee(app):
    case_id, _no = posted_case(app)
    with app.uow() as uow:
        before = {f.fee_code for f in fee_lines(uow.session, case_id=case_id)}
    assert "SALAER" in before or any("SAL" in c for c in before)
    with app.uow(write=True) as uow:
        done = replace_by_awarded(
            uow.session, case_id=case_id, user="bo", today=TODAY,
            award=Award(hearing_fee=Decimal("2500.00"), legal_costs=Decimal("1200.00")),
        )  # fmt: skip
        uow.commit()
    assert done.entries_posted >= 3
    with app.uow() as uow:
        lines = {f.fee_code: f.amount for f in fee_lines(uow.session, case_id=case_id)}
        figures = entry_figures(uow.session, case_id=case_id, as_of=TODAY)
        actions = [h.action for h in case_history(uow.session, case_id=case_id)]
    assert lines["TILK-MOEDE"] == Decimal("2500.00")
    assert lines["TILK-SAGSOMK"] == Decimal("1200.00")
    assert not any(code in lines for code in before if "SAL" in code)
    assert figures["salary"] == Decimal("2500.00")
    assert any(a.startswith("Tilkendt mødesalær") for a in actions)


def test_an_empty_award_is_refused_in_danish(app):
    case_id, _no = posted_case(app)
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="Angiv tilkendt"):
        replace_by_awarded(uow.session, case_id=case_id, user="bo", today=TODAY, award=Award())
