"""Posting the journal (F9): check every line, then all lines become ledger entries, or none do."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from caplegal_desktop.errors import Conflict, ValidationError
from caplegal_desktop.services.journal import batches as journal
from caplegal_desktop.services.journal import posting
from models import CaseHistory, JournalLine, LedgerEntry
from tests.journal.builders import TODAY, a_payment, add_to_standard, ledger_sum, new_case


def test_posting_turns_every_line_into_a_ledger_entry_and_empties_the_batch(app):
    # GIVEN a case and two payments and a disbursement in the standard batch
    case_id, case_no = new_case(app)
    before = ledger_sum(app, entry_type="payment")
    batch_id = add_to_standard(
        app,
        [
            a_payment(case_id, "100.00"),
            a_payment(case_id, "250.50"),
            a_payment(
                case_id,
                "330.00",
                entry_type="disbursement",
                tariff_code="FOGED",
                description="Fogedafgift",
            ),
        ],
    )
    # WHEN the batch is posted after the user confirms
    questions = []
    with app.uow(write=True) as uow:
        result = posting.post_batch(
            uow, batch_id=batch_id, confirm=lambda q: questions.append(q) or True
        )
    # THEN three entries exist, the journal is empty and the case's history says so
    assert result.posted and len(result.entries) == 3
    assert questions == ["Vil du bogføre 3 linje(r) i kladden STANDARD?"]
    assert ledger_sum(app, entry_type="payment") == (before[0] + 2, before[1] + Decimal("350.50"))
    with app.uow() as uow:
        assert uow.session.scalars(select(JournalLine)).all() == []
        disbursement = uow.session.execute(
            select(LedgerEntry.tariff_code, LedgerEntry.amount).where(
                LedgerEntry.entry_type == "disbursement"
            )
        ).one()
        assert tuple(disbursement) == ("FOGED", Decimal("330.00"))
        actions = uow.session.scalars(
            select(CaseHistory.action).where(CaseHistory.case_id == case_id)
        ).all()
    assert any(a.startswith("Bogført fra kladde STANDARD") and "250,50" not in a for a in actions)
    assert any("indbetaling 350,50 kr." in a for a in actions)


def test_check_lists_every_problem_of_every_line_at_once_in_danish(app):
    # GIVEN three lines, each wrong in its own ways
    case_id, _ = new_case(app)
    batch_id = add_to_standard(
        app,
        [
            a_payment(case_id, tariff_code="FOGED"),  # tariff code on a payment
            a_payment(case_id, entry_type="disbursement", description=" "),  # no tariff, no text
            a_payment(None, "-5.00", posting_date=None),  # no case, no date, negative amount
        ],
    )
    # WHEN the user presses Check
    with app.uow() as uow:
        problems = posting.check_batch(uow.session, batch_id=batch_id)
    # THEN every problem is listed with its line and field
    found = {(p.line_no, p.field, p.message) for p in problems}
    assert found == {
        (10, "takstkode", "Takstkode må ikke udfyldes for indbetalinger."),
        (20, "takstkode", "Takstkode skal udfyldes for udlæg."),
        (20, "beskrivelse", "Beskrivelse skal udfyldes."),
        (30, "bogføringsdato", "Bogføringsdato skal udfyldes."),
        (30, "sag", "Sag skal udfyldes."),
        (30, "beløb", "Beløbet skal være større end 0."),
    }


def test_a_batch_with_one_bad_line_posts_nothing(app):
    case_id, _ = new_case(app)
    before = ledger_sum(app)
    batch_id = add_to_standard(app, [a_payment(case_id), a_payment(case_id, tariff_code="FOGED")])
    with app.uow(write=True) as uow, pytest.raises(ValidationError) as refused:
        posting.post_batch(uow, batch_id=batch_id)
    assert "linje 20: takstkode" in str(refused.value)
    assert ledger_sum(app) == before
    with app.uow() as uow:
        assert len(journal.list_lines(uow.session, batch_id=batch_id)) == 2


def test_a_reversal_becomes_an_entry_of_the_same_type_with_the_amount_negated(app):
    # GIVEN a posted payment
    case_id, _ = new_case(app)
    batch_id = add_to_standard(app, [a_payment(case_id, "400.00")])
    with app.uow(write=True) as uow:
        posting.post_batch(uow, batch_id=batch_id)
    with app.uow() as uow:
        paid_id = uow.session.scalars(
            select(LedgerEntry.id).where(LedgerEntry.entry_type == "payment")
        ).one()
    # WHEN a reversal line naming it is posted
    add_to_standard(
        app,
        [
            a_payment(
                case_id,
                entry_type="reversal",
                amount=None,
                reverses_entry_id=paid_id,
                description="Fejlindbetaling",
            )
        ],
    )
    with app.uow(write=True) as uow:
        posting.post_batch(uow, batch_id=batch_id)
    # THEN a payment entry of -400 points at it, and payments sum to zero
    with app.uow() as uow:
        correction = uow.session.execute(
            select(LedgerEntry.entry_type, LedgerEntry.amount).where(
                LedgerEntry.reverses_entry_id == paid_id
            )
        ).one()
    assert tuple(correction) == ("payment", Decimal("-400.00"))
    assert ledger_sum(app, entry_type="payment")[1] == Decimal("0.00")
    # AND reversing it again is refused
    add_to_standard(
        app,
        [a_payment(case_id, entry_type="reversal", amount=None, reverses_entry_id=paid_id)],
    )
    with app.uow() as uow:
        problems = posting.check_batch(uow.session, batch_id=batch_id)
    assert [p.message for p in problems] == [f"Post {paid_id} er allerede tilbageført."]


def test_preview_returns_the_entries_and_changes_nothing(app):
    case_id, case_no = new_case(app)
    before = ledger_sum(app)
    batch_id = add_to_standard(app, [a_payment(case_id, "75.25")])
    with app.uow(write=True) as uow:
        result = posting.preview_batch(uow, batch_id=batch_id)
    assert result.preview and not result.posted
    assert [(e.case_no, e.entry_type, e.amount, e.posting_date) for e in result.entries] == [
        (case_no, "payment", Decimal("75.25"), TODAY)
    ]
    assert ledger_sum(app) == before
    with app.uow() as uow:
        assert len(journal.list_lines(uow.session, batch_id=batch_id)) == 1


def test_saying_no_to_the_question_posts_nothing(app):
    case_id, _ = new_case(app)
    before = ledger_sum(app)
    batch_id = add_to_standard(app, [a_payment(case_id)])
    with app.uow(write=True) as uow:
        result = posting.post_batch(uow, batch_id=batch_id, confirm=lambda q: False)
    assert not result.posted and result.message.startswith("Bogføringen blev annulleret")
    assert ledger_sum(app) == before


def test_posting_a_batch_someone_changed_since_it_was_opened_is_a_conflict(app):
    case_id, _ = new_case(app)
    batch_id = add_to_standard(app, [a_payment(case_id)])
    with app.uow() as uow:
        seen = next(b for b in journal.list_batches(uow.session) if b.id == batch_id).version
    add_to_standard(app, [a_payment(case_id, "1.00")])
    with app.uow(write=True) as uow, pytest.raises(Conflict, match="ændret af en anden"):
        posting.post_batch(uow, batch_id=batch_id, expected_version=seen)


def test_posting_an_already_posted_batch_says_who_posted_it(app):
    case_id, _ = new_case(app)
    batch_id = add_to_standard(app, [a_payment(case_id)])
    with app.uow(write=True) as uow:
        posting.post_batch(uow, batch_id=batch_id)
    with app.uow(write=True) as uow, pytest.raises(Conflict, match="Den blev bogført af test"):
        posting.post_batch(uow, batch_id=batch_id)


def test_deleting_a_line_removes_it_from_the_batch(app):
    case_id, _ = new_case(app)
    batch_id = add_to_standard(app, [a_payment(case_id), a_payment(case_id, "2.00")])
    with app.uow(write=True) as uow:
        first = journal.list_lines(uow.session, batch_id=batch_id)[0]
        changed = journal.delete_line(uow.session, line_id=first.id)
        uow.commit()
    with app.uow() as uow:
        left = journal.list_lines(uow.session, batch_id=batch_id)
    assert [line.values.amount for line in left] == [Decimal("2.00")]
    assert changed.line_id == first.id
