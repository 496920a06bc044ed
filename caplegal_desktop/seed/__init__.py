"""Setup rows for a new database, read from the data files beside this module.

The figures come from shared/rules (copied here with their sources); nothing legal is a constant
in code. Seeding is idempotent: it fills an empty setup and leaves a configured one alone.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from caplegal_desktop.seed.activities import seed_activity_workflows
from caplegal_desktop.seed.limitation import seed_limitation_periods
from models import (
    CaseType,
    CompanySetup,
    CourtDistrict,
    EmployeeFunction,
    FeeAmount,
    FeeCode,
    InterestCode,
    InterestCodeRate,
    NumberSeries,
    PostcodeArea,
    PostingTemplate,
    RateCap,
    ReferenceRate,
    TariffAmount,
    TariffCode,
)
from workflows.bundle import package_data_dir

SEED_DIR = package_data_dir("caplegal_desktop.seed")
# BEK 423/2009's effective date is not confirmed (shared/rules); seeded with this date, flagged.
ASSUMED_2009_TABLE_FROM = "2009-07-01"


def _dec(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _date(value) -> date | None:
    return None if value in (None, "") else date.fromisoformat(value)


def _csv(name: str) -> list[dict[str, str]]:
    with (SEED_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def seed_setup(session: Session) -> bool:
    """Fill the setup tables if they are empty. Returns True when it seeded."""
    if session.scalar(select(CompanySetup.id).limit(1)) is not None:
        # a database made before the workflows or the limitation periods existed
        added = seed_activity_workflows(session)
        return seed_limitation_periods(session) or added
    spec = json.loads((SEED_DIR / "setup_dk.json").read_text(encoding="utf-8"))
    company = dict(spec["company"])
    company["vat_pct"] = Decimal(company["vat_pct"])
    session.add(CompanySetup(**company))
    session.add_all(EmployeeFunction(**row) for row in spec["employee_functions"])
    session.add_all(CaseType(**row) for row in spec["case_types"])
    session.add_all(NumberSeries(**row) for row in spec["number_series"])
    session.add_all(PostingTemplate(**row) for row in spec["posting_templates"])
    _seed_reference_rates(session, spec["reference_rate_files"])
    _seed_rate_caps(session, spec.get("rate_caps", []))
    _seed_interest_codes(session, spec["interest_codes"])
    _seed_fee_codes(session, spec["fee_codes"])
    _seed_tariff_codes(session, spec["tariff_codes"])
    _seed_courts_and_postcodes(session)
    session.flush()
    seed_activity_workflows(session)
    seed_limitation_periods(session)
    return True


def _seed_reference_rates(session: Session, files: list[dict]) -> None:
    for spec in files:
        for row in _csv(spec["file"]):
            session.add(
                ReferenceRate(
                    series=spec["series"],
                    valid_from=_date(row["valid_from"]),
                    rate_pct=Decimal(row[spec["rate_column"]]),
                    confidence=row["confidence"],
                    source=row["source"],
                )
            )


def _seed_rate_caps(session: Session, caps: list[dict]) -> None:
    for cap in caps:
        row = dict(cap, valid_from=_date(cap["valid_from"]), margin_pct=Decimal(cap["margin_pct"]))
        session.add(RateCap(**row))


def _seed_interest_codes(session: Session, codes: list[dict]) -> None:
    for spec in codes:
        spec = dict(spec)
        rates = spec.pop("rates")
        spec["applies_due_from"] = _date(spec["applies_due_from"])
        spec["applies_due_to"] = _date(spec["applies_due_to"])
        session.add(InterestCode(**spec))
        for rate in rates:
            session.add(
                InterestCodeRate(
                    interest_code=spec["code"],
                    valid_from=_date(rate["valid_from"]),
                    margin_pct=_dec(rate.get("margin_pct")),
                    fixed_rate_pct=_dec(rate.get("fixed_rate_pct")),
                    confidence=rate["confidence"],
                    source=rate["source"],
                )
            )


def _amount_row(row: dict) -> dict:
    return {
        "valid_from": _date(row["valid_from"]),
        "basis_from": _dec(row.get("basis_from")),
        "basis_to": _dec(row.get("basis_to")),
        "amount": Decimal(row["amount"]),
        "pct_of_excess": _dec(row.get("pct_of_excess")),
        "excess_over": _dec(row.get("excess_over")),
        "round_up_to": _dec(row.get("round_up_to")),
        "confidence": row.get("confidence", "HIGH"),
        "source": row.get("source"),
    }


def _seed_fee_codes(session: Session, codes: list[dict]) -> None:
    for spec in codes:
        spec = dict(spec)
        amounts = spec.pop("amounts", [])
        table_file = spec.pop("amount_table_file", None)
        spec["claims_due_from"] = _date(spec.get("claims_due_from"))
        session.add(FeeCode(**spec))
        for row in amounts:
            session.add(FeeAmount(fee_code=spec["code"], **_amount_row(row)))
        if table_file:
            for row in salary_table_rows(table_file):
                session.add(FeeAmount(fee_code=spec["code"], **row))


def salary_table_rows(file_name: str) -> list[dict]:
    """The inkassosalær tables (bilag 1), one row per bracket, valid_from per table."""
    rows, first_of_table, source_of_table = [], {}, {}
    for raw in _csv(file_name):
        table = raw["table"]
        if table not in first_of_table:
            first_of_table[table] = raw["valid_from"]
            source_of_table[table] = raw["source"]
        valid_from = first_of_table[table]
        confidence = "HIGH"
        if "UNVERIFIED" in valid_from:
            valid_from, confidence = ASSUMED_2009_TABLE_FROM, "UNVERIFIED"
        pct = _dec(raw["pct_of_excess_over_500000"])
        rows.append(
            {
                "valid_from": _date(valid_from),
                "basis_from": _dec(raw["claim_from_dkk"]),
                "basis_to": _dec(raw["claim_to_dkk"]),
                "amount": Decimal(raw["max_salary_dkk_ex_vat"]),
                "pct_of_excess": pct,
                "excess_over": Decimal("500000") if pct is not None else None,
                "round_up_to": None,
                "confidence": confidence,
                "source": raw["source"] or source_of_table[table],
                "table_name": table,
            }
        )
    return rows


def _seed_tariff_codes(session: Session, codes: list[dict]) -> None:
    for spec in codes:
        spec = dict(spec)
        amounts = spec.pop("amounts", [])
        session.add(TariffCode(**spec))
        for row in amounts:
            session.add(TariffAmount(tariff_code=spec["code"], **_amount_row(row)))


def _seed_courts_and_postcodes(session: Session) -> None:
    for row in _csv("court_districts_dk.csv"):
        session.add(CourtDistrict(**row))
    session.flush()
    for row in _csv("postcodes_dk.csv"):
        session.add(
            PostcodeArea(
                country="DK",
                postcode=row["postcode"],
                city=row["city"],
                municipality=row["municipality"],
                court_district_code=row["court_code"],
            )
        )
