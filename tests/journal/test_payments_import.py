"""Bank payment files into the journal: matched payments become lines, the rest wait in suspense."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from caplegal_desktop.errors import Conflict, ValidationError
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.journal import batches as journal
from caplegal_desktop.services.journal import payments_import, posting
from models import JournalLine, PaymentFileImport, SuspensePayment
from tests.journal.builders import ledger_sum, new_case
from workflows.bankfiles import (
    PaymentSpec,
    ReferenceKind,
    make_camt054,
    make_fi_file,
    make_fik71_reference,
)

FIXTURES = Path(__file__).resolve().parent / "bankfiles" / "fixtures"
BGMAX_8 = (
    FIXTURES
    / "bankgiroinbetalningar_exempelfil_avtal-om-ocr-kontroll_checksiffra_langd_sv__rickardlindgren.txt"
)
BGMAX_BROKEN = FIXTURES / "BgMaxfil4_broken__Zimpler.txt"
DAY = date(2026, 3, 2)


def _import(app, data: bytes, filename: str = "bank.xml"):
    with app.uow(write=True) as uow:
        result = payments_import.import_payment_file(
            uow.session, data=data, filename=filename, user="test"
        )
        uow.commit()
    return result


def _counts(app) -> tuple[int, int, int]:
    with app.uow() as uow:
        return tuple(
            uow.session.scalar(select(func.count()).select_from(model))
            for model in (PaymentFileImport, JournalLine, SuspensePayment)
        )


def test_a_camt054_file_is_matched_by_ocr_fi_payment_id_and_case_number(app):
    # GIVEN three cases: one with an OCR on its claim, two to be found by their case number
    ocr_case, _ = new_case(app, ocr="655969")
    fi_case, fi_case_no = new_case(app)
    text_case, text_case_no = new_case(app)
    payments = [
        PaymentSpec(Decimal("100.00"), DAY, "655969", ReferenceKind.OCR, payer_name="Jens"),
        PaymentSpec(Decimal("200.00"), DAY, make_fik71_reference(fi_case_no), ReferenceKind.FIK71),
        PaymentSpec(Decimal("300.00"), DAY, text=f"Betaling sag {int(text_case_no)}"),
        PaymentSpec(Decimal("400.00"), DAY, "ukendt", ReferenceKind.TEXT),
    ]
    # WHEN the file is imported
    result = _import(app, make_camt054(payments, msg_id="MSG-1"))
    # THEN three payments are journal lines on their cases and one waits in suspense
    assert (result.payment_count, result.matched_count, result.suspense_count) == (4, 3, 1)
    assert "3 til kladden, 1 til afstemningslisten" in result.message
    with app.uow() as uow:
        batch_id = journal.standard_batch(uow.session).id
        lines = journal.list_lines(uow.session, batch_id=batch_id)
        waiting = payments_import.list_suspense(uow.session)
    assert [(line.values.case_id, line.values.amount) for line in lines] == [
        (ocr_case, Decimal("100.00")),
        (fi_case, Decimal("200.00")),
        (text_case, Decimal("300.00")),
    ]
    assert [(w.amount, w.reason) for w in waiting] == [
        (Decimal("400.00"), "Ingen sag passer til referencen")
    ]
    # AND the lines pass the check and post
    before = ledger_sum(app, entry_type="payment")
    with app.uow(write=True) as uow:
        posting.post_batch(uow, batch_id=batch_id)
    assert ledger_sum(app, entry_type="payment") == (before[0] + 3, before[1] + Decimal("600.00"))


def test_a_suspense_payment_assigned_to_a_case_becomes_a_journal_line(app):
    case_id, case_no = new_case(app)
    _import(app, make_camt054([PaymentSpec(Decimal("55.00"), DAY, "?")], msg_id="MSG-2"))
    with app.uow(write=True) as uow:
        waiting = payments_import.list_suspense(uow.session)[0]
        changed = payments_import.resolve_suspense(
            uow.session, suspense_id=waiting.id, case_no=case_no, user="test"
        )
        uow.commit()
    with app.uow() as uow:
        assert payments_import.list_suspense(uow.session) == []
        line = uow.session.get(JournalLine, changed.line_id)
        assert (line.case_id, line.amount, line.entry_type) == (
            case_id,
            Decimal("55.00"),
            "payment",
        )
    with app.uow(write=True) as uow, pytest.raises(Conflict, match="allerede afstemt"):
        payments_import.resolve_suspense(
            uow.session, suspense_id=waiting.id, case_no=case_no, user="test"
        )


def test_a_file_imported_twice_is_refused_by_content_and_by_file_id(app):
    data = make_camt054([PaymentSpec(Decimal("10.00"), DAY, "x")], msg_id="MSG-3")
    _import(app, data)
    with pytest.raises(Conflict, match="Filen er allerede indlæst"):
        _import(app, data)
    other = make_camt054([PaymentSpec(Decimal("11.00"), DAY, "y")], msg_id="MSG-3")
    with pytest.raises(Conflict, match=r"En fil med samme id \(MSG-3\) er allerede indlæst"):
        _import(app, other)
    assert _counts(app) == (1, 0, 1)


def test_the_real_bgmax_sample_imports_to_its_published_totals(app):
    # GIVEN a Swedish case whose claim carries one of the sample's OCR numbers
    with app.uow(write=True) as uow:
        from caplegal_desktop.services.cases.intake import create_case
        from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot

        create_case(
            uow.session,
            NewCase(
                client=ClientInput(name="Idrottsförening AB", cvr="13585628"),
                debtors=[PartyInput(name="Sven Svensson", postcode="5000")],
                claims=[
                    ClaimInput("Medlemsavgift", date(2004, 1, 1), Decimal("1000"), ocr="655969")
                ],
                currency="SEK",
            ),
            user="test",
            setup=SetupSnapshot.load(uow.session),
            today=date(2004, 5, 1),
        )
        uow.commit()
    # WHEN Bankgirot's example file is imported
    result = _import(app, BGMAX_8.read_bytes(), BGMAX_8.name)
    # THEN all 8 payments and the deduction are accounted for: 1 line, 8 waiting
    assert result.format == "bgmax" and result.payment_count == 8
    assert (result.matched_count, result.suspense_count) == (1, 8)
    # AND the matched line plus the suspense list (the deduction negative) is the file's
    # published net total: SEK 9,900.00 + EUR 4,000.00
    with app.uow() as uow:
        waiting = payments_import.list_suspense(uow.session)
    assert Decimal("1000.00") + sum(w.amount for w in waiting) == Decimal("13900.00")
    assert [w.reason for w in waiting if w.amount < 0] == [
        "Fradrag (penge ud af kontoen); behandles manuelt"
    ]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(BGMAX_BROKEN.read_bytes(), id="broken-bgmax"),
        pytest.param(b"<Document>not camt</Document>", id="not-camt"),
        pytest.param(b"hello", id="unknown"),
    ],
)
def test_a_malformed_file_is_refused_whole_and_nothing_is_saved(app, data):
    with pytest.raises(ValidationError, match="Filen er afvist; intet er indlæst"):
        _import(app, data, "bank.txt")
    assert _counts(app) == (0, 0, 0)


def _valid_fi_file() -> bytes:
    payments = [
        PaymentSpec(Decimal(f"{i}.50"), DAY, make_fik71_reference(f"{i:06d}"), ReferenceKind.FIK71)
        for i in range(1, 6)
    ]
    return make_fi_file(payments, file_id="FI-1", created=DAY)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cut=st.data())
def test_a_damaged_file_never_half_imports(app, cut):
    # GIVEN a valid FI list with a byte damaged, removed or the tail cut off
    data = bytearray(_valid_fi_file())
    where = cut.draw(st.integers(0, len(data) - 1))
    how = cut.draw(st.sampled_from(["replace", "remove", "truncate"]))
    if how == "replace":
        data[where] = cut.draw(st.integers(0, 255))
    elif how == "remove":
        del data[where]
    else:
        del data[where:]
    # WHEN it is imported (never committed: each example starts from the same database)
    with app.uow(write=True) as uow:
        session = uow.session
        try:
            result = payments_import.import_payment_file(
                session, data=bytes(data), filename="fi.csv", user="test"
            )
        except ValidationError:
            counts = [
                session.scalar(select(func.count()).select_from(m))
                for m in (PaymentFileImport, JournalLine, SuspensePayment)
            ]
            # THEN a refused file leaves nothing behind ...
            assert counts == [0, 0, 0]
            return
        # ... and an accepted one accounts for every payment, once
        lines = session.scalar(select(func.count()).select_from(JournalLine))
        waiting = session.scalar(select(func.count()).select_from(SuspensePayment))
        assert (
            lines + waiting == result.payment_count == result.matched_count + result.suspense_count
        )
