"""Reference rates are kept by users: added, corrected with history, confirmed, imported whole."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from caplegal_desktop.errors import NotFound, ValidationError
from caplegal_desktop.services.master_data import reference_rates as rates
from models import LegalFigureChange, ReferenceRate

JULY = date(2026, 7, 1)


def dk_rows(app):
    with app.uow() as uow:
        return {r.valid_from: r for r in rates.list_rates(uow.session, table="DK")}


def test_the_danish_table_is_seeded_back_to_july_2006_with_the_rules_files_marks(app):
    rows = dk_rows(app)
    assert min(rows) == date(2006, 7, 1) and rows[date(2006, 7, 1)].rate_pct == Decimal("3")
    assert len(rows) == 40  # every half-year 2006-07 .. 2026-01
    assert rows[date(2025, 1, 1)].confidence == "HIGH"  # was MED before December 2026
    assert not rows[date(2025, 1, 1)].needs_confirmation
    january = rows[date(2026, 1, 1)]
    assert (january.confidence, january.needs_confirmation) == ("MED", True)
    assert "nationalbanken.dk" in january.source


def test_a_new_half_year_row_is_added_unconfirmed_and_confirmed_later(app):
    with app.uow(write=True) as uow:
        added = rates.set_rate(
            uow.session, table="dk", valid_from=JULY, rate_pct="1,60",
            source="nationalbanken.dk", user="anna",
        )  # fmt: skip
        uow.commit()
    assert (added.table, added.rate_pct, added.needs_confirmation) == ("DK", Decimal("1.6"), True)
    with app.uow(write=True) as uow:
        confirmed = rates.confirm_rate(uow.session, table="DK", valid_from=JULY, user="bo")
        uow.commit()
    assert confirmed.confirmed_by == "bo" and confirmed.confirmed_at is not None
    assert not dk_rows(app)[JULY].needs_confirmation


@pytest.mark.parametrize(
    ("table", "day", "pct", "source", "field"),
    [
        ("DK", date(2026, 1, 1), "2.00", "x", "dato"),  # the date has a row: correct it
        ("DK", date(2026, 7, 2), "2.00", "x", "dato"),  # not 1 January or 1 July
        ("NO", JULY, "2.00", "x", "tabel"),
        ("DK", JULY, "1e5", "x", "sats"),
        ("DK", JULY, "NaN", "x", "sats"),
        ("DK", JULY, "١٫٥", "x", "sats"),  # Arabic-Indic digits
        ("DK", JULY, "1.23456", "x", "sats"),
        ("DK", JULY, "250", "x", "sats"),
        ("DK", JULY, "1.5", "  ", "kilde"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_changes(
    app, table, day, pct, source, field
):
    with app.uow(write=True) as uow:
        with pytest.raises(ValidationError) as refused:
            rates.set_rate(
                uow.session, table=table, valid_from=day, rate_pct=pct, source=source, user="a"
            )
        uow.commit()
    assert refused.value.problems[0].field == field
    assert JULY not in dk_rows(app) and dk_rows(app)[date(2026, 1, 1)].rate_pct == Decimal("1.75")


def test_a_correction_keeps_the_old_value_who_and_when_in_the_history(app):
    with app.uow(write=True) as uow:
        rates.set_rate(
            uow.session, table="DK", valid_from=JULY, rate_pct="1.50", source="tastet", user="anna"
        )
        rates.confirm_rate(uow.session, table="DK", valid_from=JULY, user="anna")
        uow.commit()
    with app.uow(write=True) as uow:
        corrected = rates.correct_rate(
            uow.session, table="DK", valid_from=JULY, rate_pct=Decimal("1.60"),
            source="nationalbanken.dk 5 jun 2026", user="bo", reason="tastefejl",
        )  # fmt: skip
        uow.commit()
    # a correction is a new figure: the old confirmation does not carry over
    assert corrected.rate_pct == Decimal("1.6") and corrected.needs_confirmation
    assert corrected.changes == 1
    with app.uow() as uow:
        changes = rates.rate_history(uow.session, table="DK", valid_from=JULY)
    by_field = {c.field: c for c in changes}
    assert (by_field["rate_pct"].old_value, by_field["rate_pct"].new_value) == ("1.5", "1.6")
    assert by_field["rate_pct"].changed_by == "bo" and by_field["rate_pct"].reason == "tastefejl"
    assert by_field["source"].old_value == "tastet"
    assert [c.field for c in changes][:2] == ["created", "confirmed_by"]
    assert changes[-1].field == "confirmed_by" and changes[-1].new_value is None
    assert changes[0].changed_at <= by_field["rate_pct"].changed_at


def test_correcting_or_confirming_a_missing_row_says_so(app):
    with app.uow(write=True) as uow:
        with pytest.raises(NotFound, match="ingen sats pr. 01-07-2026"):
            rates.correct_rate(
                uow.session, table="DK", valid_from=JULY, rate_pct="1", source="x", user="a"
            )
        with pytest.raises(NotFound):
            rates.confirm_rate(uow.session, table="SE", valid_from=JULY, user="a")


def test_the_history_is_only_ever_appended_to(app):
    with app.uow(write=True) as uow:
        rates.set_rate(uow.session, table="SE", valid_from=JULY, rate_pct="2", source="a", user="a")
        for pct in ("1.5", "1.75", "2"):
            rates.correct_rate(
                uow.session, table="SE", valid_from=JULY, rate_pct=pct, source="a", user="a"
            )
        uow.commit()
    with app.uow() as uow:
        values = [
            (c.old_value, c.new_value)
            for c in rates.rate_history(uow.session, table="SE", valid_from=JULY)
            if c.field == "rate_pct"
        ]
        count = len(uow.session.scalars(select(LegalFigureChange)).all())
    assert values == [("2", "1.5"), ("1.5", "1.75"), ("1.75", "2")]
    assert count == 4  # created + three corrections of the rate


def test_the_role_center_cue_names_each_missing_half_year(app):
    with app.uow() as uow:
        cues = rates.missing_rate_cues(uow.session, today=date(2026, 12, 3))
        earlier = rates.missing_rate_cues(uow.session, today=date(2026, 6, 30))
    assert [(c.code, c.table, c.date) for c in cues] == [
        ("reference_rate_missing", "DK", JULY),
        ("reference_rate_missing", "SE", JULY),
    ]
    assert cues[0].message == "Referencesats mangler for 1. juli 2026 (DK)"
    assert earlier == []


HEADER = "valid_from,udlaansrente_pct,confidence,source\n"


def test_an_import_adds_new_rows_corrects_changed_ones_and_takes_over_the_marks(app, tmp_path):
    file = tmp_path / "dk_reference_rate.csv"
    file.write_text(
        HEADER
        + "2026-01-01,1.75,HIGH,nationalbanken.dk (checked)\n"
        + "2026-07-01,1.60,HIGH,nationalbanken.dk 5 jun 2026\n"
        + "2025-07-01,1.80,MED,a correction\n",
        encoding="utf-8",
    )
    with app.uow(write=True) as uow:
        imported = rates.import_rates_csv(uow.session, path=file, user="anna")
        uow.commit()
    assert [(r.valid_from, r.rate_pct, r.confidence) for r in imported] == [
        (date(2026, 1, 1), Decimal("1.75"), "HIGH"),
        (JULY, Decimal("1.6"), "HIGH"),
        (date(2025, 7, 1), Decimal("1.8"), "MED"),
    ]
    rows = dk_rows(app)
    assert not rows[date(2026, 1, 1)].needs_confirmation and rows[date(2025, 7, 1)].changes == 1
    with app.uow() as uow:
        changes = rates.rate_history(uow.session, table="DK", valid_from=date(2025, 7, 1))
    rate = next(c for c in changes if c.field == "rate_pct")
    assert (rate.old_value, rate.new_value, rate.reason) == (
        "1.75", "1.8", "Import fra dk_reference_rate.csv",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("2026-07-01,1e2,HIGH,x", "linje 3: sats"),
        ("2026-07-15,1.6,HIGH,x", "linje 3: dato"),
        ("01-07-2026,1.6,HIGH,x", "linje 3: dato"),
        ("2026-07-01,1.6,SURE,x", "linje 3: confidence"),
        ("2026-07-01,1.6,HIGH,", "linje 3: kilde"),
        ("2026-01-01,1.6,HIGH,x", "linje 3: dato"),  # the same date twice in the file
    ],
)
def test_an_import_with_one_bad_line_names_it_and_imports_nothing(app, tmp_path, line, problem):
    file = tmp_path / "rates.csv"
    file.write_text(HEADER + "2026-01-01,1.70,HIGH,first line is fine\n" + line + "\n")
    with app.uow(write=True) as uow:
        with pytest.raises(ValidationError) as refused:
            rates.import_rates_csv(uow.session, path=file, user="anna")
        uow.commit()
    assert str(refused.value).startswith(problem)
    rows = dk_rows(app)
    assert rows[date(2026, 1, 1)].rate_pct == Decimal("1.75") and JULY not in rows
    with app.uow() as uow:
        assert uow.session.scalars(select(LegalFigureChange)).first() is None


def test_the_swedish_file_format_imports_into_the_se_table(app, tmp_path):
    file = tmp_path / "se.csv"
    file.write_text(
        "valid_from,referensranta_pct,confidence,source\n2026-07-01,1.50,HIGH,riksbank.se\n"
    )
    with app.uow(write=True) as uow:
        (row,) = rates.import_rates_csv(uow.session, path=file, user="anna")
        uow.commit()
    assert (row.table, row.rate_pct) == ("SE", Decimal("1.5"))
    with app.uow() as uow:
        series = uow.session.scalar(
            select(ReferenceRate.series).where(ReferenceRate.valid_from == JULY)
        )
    assert series == "SE-REF"


def test_a_file_that_is_not_a_rate_table_is_refused(app, tmp_path):
    file = tmp_path / "other.csv"
    file.write_text("a,b\n1,2\n")
    with app.uow(write=True) as uow, pytest.raises(ValidationError, match="valid_from"):
        rates.import_rates_csv(uow.session, path=file, user="anna")
