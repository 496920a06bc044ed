"""Setup is seeded from the rules files as rows with their source; UNVERIFIED figures are flagged."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
from models import FeeAmount, InterestCode, ReferenceRate
from workflows.amount_tables import amount_for


def test_danish_interest_codes_come_from_the_reference_rate_table(app):
    with app.uow() as uow:
        codes = {c.code: c for c in uow.session.scalars(select(InterestCode))}
        assert codes["DK-MORA"].rates[0].margin_pct == Decimal("8")
        assert codes["DK-MORA7"].rates[0].margin_pct == Decimal("7")
        assert codes["DK-MORA"].day_count == "30E/360"
        assert codes["SE-DROJ"].reference_series == "SE-REF"
        jan_2026 = uow.session.scalar(
            select(ReferenceRate).where(
                ReferenceRate.series == "DK-UDLAAN", ReferenceRate.valid_from == date(2026, 1, 1)
            )
        )
        assert jan_2026.rate_pct == Decimal("1.75")
        assert jan_2026.needs_confirmation


def test_the_salary_table_is_chosen_by_the_claim_date(app):
    with app.uow() as uow:
        rows = SetupSnapshot.load(uow.session).fee_rows["SALAER"]
        assert amount_for(rows, on=date(2016, 7, 1), basis=Decimal("7500")) == Decimal("1300.00")
        assert amount_for(rows, on=date(2016, 6, 30), basis=Decimal("7500")) == Decimal("1100.00")
        assert amount_for(rows, on=date(2005, 1, 1), basis=Decimal("7500")) == Decimal("900.00")
        assert amount_for(rows, on=date(2020, 1, 1), basis=Decimal("600000")) == Decimal("7400.00")
        unverified = uow.session.scalars(
            select(FeeAmount).where(FeeAmount.table_name == "BEK423-2009")
        ).all()
        assert unverified and all(row.needs_confirmation for row in unverified)


def test_the_post_code_gives_town_municipality_and_court_district(app):
    with app.uow() as uow:
        area = SetupSnapshot.load(uow.session).postcodes[("DK", "8000")]
        assert (area.city, area.municipality, area.court_district_code) == (
            "Aarhus C",
            "Aarhus",
            "AAR",
        )
