"""Sweden: a consumer's interest may not exceed the referensränta + 20 points (from 1 Mar 2025)."""

from datetime import date
from decimal import Decimal

from caplegal_desktop.services.cases.intake import create_case
from caplegal_desktop.services.cases.requests import ClaimInput, ClientInput, NewCase, PartyInput
from caplegal_desktop.services.master_data.rate_caps import (
    confirm_rate_cap,
    correct_rate_cap,
    list_rate_caps,
    se_rate_cap_warning,
)
from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from caplegal_desktop.services.statements.queries import case_statement

AS_OF = date(2026, 11, 30)


def fast_rate_case(app, *, kind="person", currency="SEK", rate="35") -> int:
    debtor = PartyInput(name="Sven Svensson", kind=kind, country="SE", postcode="11122")
    request = NewCase(
        client=ClientInput(name="Kredit AB", cvr="13585628"),
        debtors=[debtor],
        claims=[
            ClaimInput(
                description="Konsumentkredit",
                invoice_date=date(2024, 12, 1),
                due_date=date(2024, 12, 31),
                principal=Decimal("10000.00"),
                interest_code="FAST",
                interest_rate_pct=Decimal(rate),
            )
        ],
        currency=currency,
        add_automatic_fees=False,
    )
    with app.uow(write=True) as uow:
        created = create_case(
            uow.session, request, user="test", setup=SetupSnapshot.load(uow.session),
            today=date(2025, 1, 10),
        )  # fmt: skip
        uow.commit()
    return created.case_id


def periods(app, case_id):
    with app.uow() as uow:
        statement = case_statement(uow.session, case_id=case_id, as_of=AS_OF)
    claim = statement.claims[0]
    return statement, [(p.first, p.last, p.rate_pct) for p in claim.interest_periods]


def test_a_swedish_consumer_claim_is_capped_per_rate_period_with_the_reason(app):
    # GIVEN a Swedish consumer's claim at an agreed 35 % from 1 Jan 2025
    case_id = fast_rate_case(app)
    # WHEN the statement is made
    statement, found = periods(app, case_id)
    # THEN 35 % until the cap came in, then referensräntan + 20 each half-year (3,00 then 2,00)
    assert found == [
        (date(2025, 1, 1), date(2025, 2, 28), Decimal("35")),
        (date(2025, 3, 1), date(2025, 6, 30), Decimal("23.0000")),
        (date(2025, 7, 1), AS_OF, Decimal("22.0000")),
    ]
    # 30E/360: 60 days at 35 % = 583,33; 120 days at 23 % = 766,67; 510 days at 22 % = 3.116,67
    assert statement.totals.interest == Decimal("4466.67")
    lines = statement.claims[0].figures.specification("interest")
    assert "nedsat" not in lines[0].text
    assert lines[1].text.endswith(
        "– nedsat fra 35,00 % p.a.: renteloft for forbrugerkredit: referensräntan + 20 procentpoint "
        "(Konsumentkreditlagen (2010:1846) 19 a §)"
    )
    data = statement.to_json_dict()["claims"][0]["interest_periods"]
    assert "rate_cap" not in data[0]
    assert (data[1]["agreed_rate_pct"], data[1]["rate_pct"]) == ("35.0000", "23.0000")


def test_a_business_debtor_or_a_danish_case_is_not_capped(app):
    for case_id in (fast_rate_case(app, kind="business"), fast_rate_case(app, currency="DKK")):
        statement, found = periods(app, case_id)
        assert found == [(date(2025, 1, 1), AS_OF, Decimal("35"))]
        assert "nedsat" not in statement.claims[0].figures.specification("interest")[0].text


def test_a_rate_under_the_cap_is_left_as_agreed(app):
    _, found = periods(app, fast_rate_case(app, rate="18"))
    assert found == [(date(2025, 1, 1), AS_OF, Decimal("18"))]


def test_the_wizard_warning_names_the_cap_and_its_figures(app):
    with app.uow() as uow:
        warning = se_rate_cap_warning(uow.session, rate_pct=Decimal("35"), as_of=AS_OF)
        under = se_rate_cap_warning(uow.session, rate_pct=Decimal("22"), as_of=AS_OF)
        before = se_rate_cap_warning(uow.session, rate_pct=Decimal("35"), as_of=date(2025, 2, 1))
    assert warning == (
        "Renten 35,00 % overstiger renteloftet for svenske forbrugerkreditter pr. "
        "30. november 2026: referensräntan 2,00 % + 20 procentpoint = 22,00 % "
        "(Konsumentkreditlagen (2010:1846) 19 a §). For en privat debitor nedsætter opgørelsen "
        "renten til loftet."
    )
    assert under is None and before is None


def test_the_cap_margin_is_a_setup_row_a_user_can_correct_with_history(app):
    with app.uow(write=True) as uow:
        (cap,) = list_rate_caps(uow.session)
        assert (cap.country, cap.valid_from, cap.margin_pct) == ("SE", date(2025, 3, 1), 20)
        assert "prop. 2024/25:17" in cap.source.lower() and not cap.needs_confirmation
        corrected = correct_rate_cap(
            uow.session, row_id=cap.row_id, margin_pct="30", source="test", user="bo"
        )
        assert corrected.needs_confirmation
        confirm_rate_cap(uow.session, row_id=cap.row_id, user="bo")
        uow.commit()
    _, found = periods(app, fast_rate_case(app))
    assert found[1] == (date(2025, 3, 1), date(2025, 6, 30), Decimal("33.0000"))


def test_a_capped_claim_warns_when_the_referensranta_behind_the_cap_is_missing(app):
    # GIVEN no Swedish 1 July 2026 row: the cap (referensräntan + 20) may be stale from then on
    statement, _ = periods(app, fast_rate_case(app))
    assert [(w.code, w.table, w.date) for w in statement.warnings] == [
        ("reference_rate_missing", "SE", date(2026, 7, 1))
    ]
    # a business debtor's claim is not capped, so the referensränta does not reach it
    statement, _ = periods(app, fast_rate_case(app, kind="business"))
    assert statement.warnings == ()
