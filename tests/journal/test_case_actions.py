"""The portal's case actions: each one does its thing and leaves a history row on the case."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from caplegal_desktop.config import data_dir
from caplegal_desktop.errors import Conflict, ValidationError
from caplegal_desktop.services.cases import actions as case_actions
from caplegal_desktop.services.cases.actions import PaymentRequest
from caplegal_desktop.services.journal import batches as journal
from models import Case, CaseHistory, CompanySetup, JournalLine
from tests.journal.builders import TODAY, first_claim_id, ledger_sum, new_case


def _history(app, case_id: int) -> list[tuple[str, str]]:
    with app.uow() as uow:
        rows = uow.session.execute(
            select(CaseHistory.kind, CaseHistory.action)
            .where(CaseHistory.case_id == case_id)
            .order_by(CaseHistory.id)
        ).all()
    return [tuple(row) for row in rows]


def _act(app, action, **kwargs):
    with app.uow(write=True) as uow:
        done = action(uow.session, user="test", **kwargs)
        uow.commit()
    return done


def test_registering_a_payment_puts_a_line_in_the_cases_journal_batch(app):
    case_id, _ = new_case(app)
    claim_id = first_claim_id(app, case_id)
    request = PaymentRequest(
        "payment_to_client", Decimal("250.00"), TODAY, ("interest", "capital"), claim_id
    )
    done = _act(app, case_actions.register_payment, case_id=case_id, request=request)
    assert not done.posted
    with app.uow() as uow:
        line = uow.session.get(JournalLine, done.journal_line_id)
        values = (line.entry_type, line.amount, line.allocation_targets, line.claim_id)
    assert values == ("payment", Decimal("250.00"), "interest,capital", claim_id)
    assert _history(app, case_id)[-1] == (
        "change",
        "Indbetaling direkte til klient 250,00 kr. registreret i kladde STANDARD",
    )


def test_a_payment_is_posted_at_once_when_setup_says_so(app):
    case_id, _ = new_case(app)
    with app.uow(write=True) as uow:
        uow.session.execute(update(CompanySetup).values(post_payments_at_once=True))
        uow.commit()
    before = ledger_sum(app, entry_type="credit")
    request = PaymentRequest("returned_order", Decimal("99.95"), TODAY)
    done = _act(app, case_actions.register_payment, case_id=case_id, request=request)
    assert done.posted
    assert ledger_sum(app, entry_type="credit") == (before[0] + 1, before[1] + Decimal("99.95"))
    assert "Bogført fra sagen: kreditering 99,95 kr." in [a for _, a in _history(app, case_id)]


def test_a_payment_without_an_amount_or_with_a_wrong_allocation_is_refused(app):
    case_id, _ = new_case(app)
    request = PaymentRequest("payment_to_client", Decimal("0"), TODAY, ("everything",))
    with pytest.raises(ValidationError) as refused:
        _act(app, case_actions.register_payment, case_id=case_id, request=request)
    assert [p.field for p in refused.value.problems] == ["beløb", "fordeling"]


def test_crediting_an_invoice_credits_its_principal(app):
    case_id, _ = new_case(app, principal="1234.00")
    claim_id = first_claim_id(app, case_id)
    done = _act(
        app, case_actions.credit_invoice, case_id=case_id, claim_id=claim_id, posting_date=TODAY
    )
    with app.uow() as uow:
        line = uow.session.get(JournalLine, done.journal_line_id)
        assert (line.entry_type, line.amount, line.claim_id) == (
            "credit",
            Decimal("1234.00"),
            claim_id,
        )


def test_a_recall_is_a_request_the_handler_completes_and_only_then_the_case_closes(app):
    case_id, _ = new_case(app)
    _act(app, case_actions.request_recall, case_id=case_id, reason="Klienten har fået betaling")
    with app.uow() as uow:
        assert uow.session.get(Case, case_id).status == "recall_requested"
        request_id = case_actions.open_requests(uow.session)[0].id
    with pytest.raises(Conflict):
        _act(app, case_actions.request_recall, case_id=case_id, reason="igen")
    _act(app, case_actions.complete_request, request_id=request_id)
    with app.uow() as uow:
        assert uow.session.get(Case, case_id).status == "closed"
    assert [a for _, a in _history(app, case_id)][-2:] == [
        "Anmodning om tilbagekaldelse",
        "Sagen er kaldt tilbage og lukket",
    ]


def test_dormant_favourite_message_and_note_each_leave_a_history_row(app):
    case_id, _ = new_case(app)
    until = date.today() + timedelta(days=30)
    _act(app, case_actions.set_dormant, case_id=case_id, until=until)
    _act(app, case_actions.set_favourite, case_id=case_id, favourite=True)
    _act(app, case_actions.message_handler, case_id=case_id, text="Ring til debitor")
    _act(app, case_actions.add_note, case_id=case_id, text="Debitor har ringet")
    with app.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert (case.status, case.dormant_until, case.favourite) == ("dormant", until, True)
    assert _history(app, case_id)[-4:] == [
        ("change", f"Sagen hviler til {until:%d-%m-%Y}"),
        ("info", "Sagen er gjort til favorit"),
        ("info", "Besked til sagsbehandler"),
        ("info", "Note tilføjet"),
    ]


def test_an_attached_file_is_copied_into_the_data_folder_and_shown_with_a_paperclip(app, tmp_path):
    case_id, case_no = new_case(app)
    scan = tmp_path / "brev fra debitor.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter")
    done = _act(app, case_actions.attach_file, case_id=case_id, source=scan)
    kept = Path(done.document_path)
    assert kept.parent == data_dir() / "attachments" / case_no
    assert kept.read_bytes() == scan.read_bytes()
    assert _history(app, case_id)[-1] == ("attachment", "Fil vedhæftet: brev fra debitor.pdf")


def test_the_case_batch_is_the_responsible_employees_own(app):
    case_id, _ = new_case(app)
    with app.uow(write=True) as uow:
        from models import Employee

        employee = Employee(initials="ab", name="Anne Berg")
        uow.session.add(employee)
        uow.session.flush()
        uow.session.get(Case, case_id).responsible_employee_id = employee.id
        uow.commit()
    with app.uow(write=True) as uow:
        batch = journal.batch_for_case(uow.session, case_id)
        assert (batch.name, batch.description) == ("AB", "Kladde for Anne Berg")
