"""`caplegal rates ...` as a user scripts it: every command, and bad input changes nothing."""

import json
from datetime import date

import pytest

from caplegal_desktop.cli import main
from tests.foundation.test_cli import caplegal


def run(url, capsys, *args):
    code = main(["--db", url, "rates", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_both_tables_and_the_missing_half_years(database_url, capsys):
    code, out, _ = run(database_url, capsys, "list")
    assert code == 0
    assert "DK 01-07-2006    3,00 %  MED" in out and "SE 01-01-2026    2,00 %  HIGH" in out
    if date.today() >= date(2026, 7, 1):
        assert "! Referencesats mangler for 1. juli 2026 (DK)" in out
    code, out, _ = run(database_url, capsys, "list", "SE", "--json")
    rows = json.loads(out)
    assert {r["table"] for r in rows} == {"SE"} and rows[-1]["valid_from"] == "2026-01-01"
    assert set(rows[0]) == {
        "table", "valid_from", "rate_pct", "source", "confidence", "confirmed_by",
        "confirmed_at", "needs_confirmation", "changes",
    }  # fmt: skip


def test_set_correct_confirm_and_history(database_url, capsys):
    code, out, _ = run(
        database_url, capsys, "set", "DK", "2026-07-01", "1,60", "--source", "nationalbanken.dk"
    )
    assert code == 0 and out.startswith("Sats tilføjet: DK 01-07-2026    1,60 %")
    assert "skal bekræftes" in out
    code, out, _ = run(
        database_url, capsys, "correct", "DK", "2026-07-01", "-0.35", "--source", "nb.dk",
        "--reason", "tastefejl",
    )  # fmt: skip
    assert code == 0 and "-0,35 %" in out and "1 rettelse(r)" in out
    code, out, _ = run(database_url, capsys, "confirm", "DK", "2026-07-01")
    assert code == 0 and "bekræftet af test" in out
    code, out, _ = run(database_url, capsys, "history", "DK", "2026-07-01", "--json")
    changes = json.loads(out)
    assert [c["field"] for c in changes] == [
        "created", "rate_pct", "source", "confirmed_by",
    ]  # fmt: skip
    assert (changes[1]["old_value"], changes[1]["new_value"]) == ("1.6", "-0.35")
    assert changes[1]["reason"] == "tastefejl" and changes[1]["changed_by"] == "test"
    code, out, _ = run(database_url, capsys, "history", "DK", "2026-07-01")
    assert "sats 1.6 → -0.35  (tastefejl)" in out


def test_import_reads_the_rules_file_format(database_url, capsys, tmp_path):
    file = tmp_path / "dk.csv"
    file.write_text(
        "valid_from,udlaansrente_pct,confidence,source\n2026-07-01,1.60,HIGH,nationalbanken.dk\n"
    )
    code, out, _ = run(database_url, capsys, "import", str(file))
    assert code == 0 and out.strip() == "1 rækker indlæst fra dk.csv."
    code, out, _ = run(database_url, capsys, "list", "DK", "--json")
    last = json.loads(out)[-1]
    assert (last["valid_from"], last["rate_pct"], last["needs_confirmation"]) == (
        "2026-07-01", "1.6000", False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["set", "DK", "2026-07-01", "1e5", "--source", "x"],
            "Fejl: sats: '1e5' er ikke en procentsats",
        ),
        (["set", "DK", "2026-07-01", "NaN", "--source", "x"], "Fejl: sats: 'NaN'"),
        (["set", "DK", "2026-07-01", "١٫٥", "--source", "x"], "Fejl: sats:"),
        (
            ["set", "DK", "2026-13-01", "1.5", "--source", "x"],
            "Fejl: dato: '2026-13-01' er ikke en dato",
        ),
        (
            ["set", "DK", "2026-07-02", "1.5", "--source", "x"],
            "Fejl: dato: En referencesats gælder fra 1. januar eller 1. juli",
        ),
        (
            ["set", "NO", "2026-07-01", "1.5", "--source", "x"],
            "Fejl: tabel: Tabellen 'NO' findes ikke",
        ),
        (["set", "DK", "2026-07-01", "1.5"], "Fejl: kilde: Angiv kilden"),
        (
            ["set", "DK", "2026-01-01", "1.5", "--source", "x"],
            "Fejl: dato: Tabellen DK har allerede en sats pr. 01-01-2026",
        ),
        (
            ["correct", "DK", "2027-01-01", "1.5", "--source", "x"],
            "Fejl: Tabellen DK har ingen sats pr. 01-01-2027",
        ),
        (["confirm", "SE", "2026-07-01"], "Fejl: Tabellen SE har ingen sats pr. 01-07-2026"),
        (["history", "SE", "2026-07-01"], "Fejl: Tabellen SE har ingen sats"),
    ],
)
def test_bad_input_is_one_danish_line_a_non_zero_exit_and_no_change(
    sqlite_url, capsys, args, message
):
    _, before, _ = run(sqlite_url, capsys, "list", "--json")
    code, out, err = run(sqlite_url, capsys, *args)
    assert code != 0 and out == ""
    assert err.startswith(message) and err.count("\n") == 1
    _, after, _ = run(sqlite_url, capsys, "list", "--json")
    assert after == before


def test_an_import_with_a_bad_line_names_the_line_and_imports_nothing(sqlite_url, capsys, tmp_path):
    file = tmp_path / "dk.csv"
    file.write_text(
        "valid_from,udlaansrente_pct,confidence,source\n"
        "2026-07-01,1.60,HIGH,nationalbanken.dk\n"
        "2027-01-01,1,5,HIGH,comma splits the line\n"
    )
    _, before, _ = run(sqlite_url, capsys, "list", "--json")
    code, out, err = run(sqlite_url, capsys, "import", str(file))
    assert code == 2 and out == "" and err.startswith("Fejl: linje 3: confidence: '5'")
    _, after, _ = run(sqlite_url, capsys, "list", "--json")
    assert after == before


def test_the_command_runs_as_its_own_process(sqlite_url):
    result = caplegal("--db", sqlite_url, "rates", "set", "SE", "2026-07-01", "x", "--source", "y")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        "Fejl: sats: 'x' er ikke en procentsats: skriv fx 1,75 eller -0.35 (højst fire decimaler)."
    )
    result = caplegal("--db", sqlite_url, "rates", "list", "SE")
    assert result.returncode == 0 and "SE 01-01-2026" in result.stdout


def test_the_statement_command_shows_the_warnings_as_text_and_json(sqlite_url, capsys):
    from caplegal_desktop.app import AppContext
    from tests.master_data.legal_figures.test_statement_warnings import danish_case

    context = AppContext.open(sqlite_url, user="test")
    danish_case(context)
    context.close()
    for extra in ([], ["--json"]):
        code = main(["--db", sqlite_url, "statement", "000001", "--as-of", "2026-11-30", *extra])
        out, _ = capsys.readouterr()
        assert code == 0
        if extra:
            found = json.loads(out)["warnings"]
            assert [w["code"] for w in found] == ["reference_rate_missing", "figure_unconfirmed"]
        else:
            assert "! Referencesats mangler for 1. juli 2026 (DK)" in out
