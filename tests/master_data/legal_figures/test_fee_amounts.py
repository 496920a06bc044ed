"""Fixed fees, salary tables and court fees are kept like the rates: corrected with history."""

from datetime import date
from decimal import Decimal

import pytest

from caplegal_desktop.errors import NotFound, ValidationError
from caplegal_desktop.services.master_data import legal_figures as figures


def test_the_salary_tables_and_fixed_fees_are_listed_with_their_marks(app):
    with app.uow() as uow:
        salary = figures.list_fee_amounts(uow.session, fee_code="SALAER")
        codes = figures.salary_fee_codes(uow.session)
        court = figures.list_tariff_amounts(uow.session, tariff_code="FOGED")
    assert codes == ["SALAER"]
    assert {r.table_name for r in salary} >= {"BEK476-2016", "BEK423-2009"}
    assert all(r.needs_confirmation for r in salary if r.table_name == "BEK423-2009")
    assert not any(r.needs_confirmation for r in salary if r.table_name == "BEK476-2016")
    assert [(r.valid_from, r.amount, r.confidence) for r in court] == [
        (date(2000, 1, 1), Decimal("300.00"), "MED"),
        (date(2021, 10, 1), Decimal("750.00"), "HIGH"),
    ]


def test_a_fee_is_added_corrected_with_history_and_confirmed(app):
    with app.uow(write=True) as uow:
        added = figures.add_fee_amount(
            uow.session, fee_code="RYKKER", valid_from=date(2027, 1, 1), amount=Decimal("110"),
            source="renteloven § 9 b (ændret)", user="anna",
        )  # fmt: skip
        corrected = figures.correct_fee_amount(
            uow.session, row_id=added.row_id, amount=Decimal("105.00"),
            source="renteloven § 9 b", user="bo", reason="forkert beløb",
        )  # fmt: skip
        uow.commit()
    assert (added.needs_confirmation, corrected.amount, corrected.changes) == (
        True, Decimal("105.00"), 1,
    )  # fmt: skip
    with app.uow(write=True) as uow:
        confirmed = figures.confirm_fee_amount(uow.session, row_id=added.row_id, user="bo")
        history = figures.fee_amount_history(uow.session, row_id=added.row_id)
        uow.commit()
    assert not confirmed.needs_confirmation and confirmed.confirmed_by == "bo"
    amount = next(c for c in history if c.field == "amount")
    assert (amount.old_value, amount.new_value, amount.reason) == ("110", "105", "forkert beløb")


def test_a_court_fee_is_corrected_and_confirmed_the_same_way(app):
    with app.uow(write=True) as uow:
        (old,) = [
            r
            for r in figures.list_tariff_amounts(uow.session, tariff_code="BETPAAKRAV")
            if r.needs_confirmation
        ]
        figures.confirm_tariff_amount(uow.session, row_id=old.row_id, user="bo")
        again = figures.correct_tariff_amount(
            uow.session, row_id=old.row_id, amount=Decimal("400"), source="domstol.dk", user="bo"
        )
        uow.commit()
    # same amount, a new source: a correction of the source, the confirmation stays
    assert again.source == "domstol.dk" and again.confirmed_by == "bo"
    with app.uow() as uow:
        fields = [c.field for c in figures.tariff_amount_history(uow.session, row_id=old.row_id)]
    assert fields == ["confirmed_by", "source", "confidence"]


@pytest.mark.parametrize(
    ("amount", "field"),
    [(Decimal("-1"), "beløb"), (Decimal("1.005"), "beløb"), (Decimal("NaN"), "beløb"),
     (Decimal("1E+14"), "beløb"), ("100", "beløb")],
)  # fmt: skip
def test_a_bad_amount_is_refused_and_nothing_changes(app, amount, field):
    with app.uow(write=True) as uow:
        before = len(figures.list_fee_amounts(uow.session, fee_code="RYKKER"))
        with pytest.raises(ValidationError) as refused:
            figures.add_fee_amount(
                uow.session, fee_code="RYKKER", valid_from=date(2027, 1, 1), amount=amount,
                source="x", user="anna",
            )  # fmt: skip
        uow.commit()
    assert refused.value.problems[0].field == field
    with app.uow() as uow:
        assert len(figures.list_fee_amounts(uow.session, fee_code="RYKKER")) == before


def test_unknown_codes_and_rows_say_so(app):
    with app.uow(write=True) as uow:
        with pytest.raises(ValidationError, match="Koden NIX findes ikke"):
            figures.add_fee_amount(
                uow.session, fee_code="NIX", valid_from=date(2027, 1, 1), amount=Decimal(1),
                source="x", user="a",
            )  # fmt: skip
        with pytest.raises(NotFound):
            figures.confirm_fee_amount(uow.session, row_id=999_999, user="a")
