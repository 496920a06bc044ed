"""`caplegal case find TEXT [--json]`: identifiers or names, the same service as the desk's."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from caplegal_desktop import cli
from caplegal_desktop.services.search import browse
from caplegal_desktop.services.search.case_search import IDENTIFIER, NAME, find_cases
from tests.search.conftest import AERTEBJERG


def _find(database_url, capsys, *args) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["--db", database_url, "case", "find", *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("typed", ["ærtebjerg", "ÆRTEBJERG", "Ærtebjerg"])
def test_case_find_json_lists_the_clients_cases_with_debtors_and_balance(
    app, office, database_url, capsys, typed
):
    # GIVEN the office; WHEN a script asks for the cases of "ærtebjerg" in any case
    code, out = _find(database_url, capsys, typed, "--json")
    found = json.loads(out)
    # THEN it gets every case of Boligselskabet Ærtebjerghave, newest first
    assert code == 0
    assert [c["case_no"] for c in found] == sorted(office.aertebjerg_cases, reverse=True)
    assert {c["client"] for c in found} == {AERTEBJERG}
    assert sorted(d for c in found for d in c["debtors"]) == [
        "Jørgen Ølgaard",
        "Åse Ähnström",
        "Émile Üzel",
    ]
    assert set(found[0]) == {"case_no", "client", "debtors", "balance"}
    # AND the balance is the case list's figure, as a decimal string
    with app.uow() as uow:
        ids = browse.case_ids(uow.session, filter_text="ærtebjerg")
        shown = {r.no: r.outstanding for r in browse.case_rows(uow.session, ids=ids).values()}
    assert {c["case_no"]: Decimal(c["balance"]) for c in found} == shown
    assert all(c["balance"] == str(shown[c["case_no"]]) for c in found)


@pytest.mark.parametrize(
    ("typed", "debtor"),
    [
        ("ähnström", "Åse Ähnström"),
        ("ÅSE", "Åse Ähnström"),
        ("üzel émile", "Émile Üzel"),
        ("ÉMILE", "Émile Üzel"),
        ("ølgaard JØRGEN", "Jørgen Ølgaard"),
        ("sørensen ERIK", "Erik Sørensen"),
        ("33 12 34 56", "Åse Ähnström"),
    ],
)
def test_case_find_finds_a_debtor_by_any_word_in_either_case(
    office, database_url, capsys, typed, debtor
):
    code, out = _find(database_url, capsys, typed, "--json")
    assert code == 0
    assert [c["case_no"] for c in json.loads(out)] == [office.case_of[debtor]]


def test_case_find_by_an_identifier_finds_that_case_alone(app, office):
    case_no = office.case_of["Jørgen Ølgaard"]
    with app.uow() as uow:
        by_no = find_cases(uow.session, text=case_no)
        by_mail = find_cases(uow.session, text="JORGEN@EXAMPLE.DK")
        by_fragment = find_cases(uow.session, text=case_no.lstrip("0"))
    assert [(h.case_no, h.matched_by) for h in by_no] == [(case_no, IDENTIFIER)]
    assert [(h.case_no, h.matched_by) for h in by_mail] == [(case_no, IDENTIFIER)]
    assert (by_fragment[0].case_no, by_fragment[0].matched_by) == (case_no, NAME)


def test_case_find_ranks_whole_words_before_beginnings_before_fragments(app):
    from caplegal_desktop.services.cases.intake import create_case
    from caplegal_desktop.services.cases.requests import ClientInput
    from caplegal_desktop.services.master_data.setup_snapshot import SetupSnapshot
    from tests.search.conftest import TODAY, _new_case

    client = ClientInput(name="Fjernvarme Fyn A/S")
    names = ["Søren Holm", "Lise Sørensen", "Anders Brøndsøren"]  # made oldest first
    with app.uow(write=True) as uow:
        setup = SetupSnapshot.load(uow.session)
        made = {
            n: create_case(
                uow.session, _new_case(client, n, "100.00"), user="t", setup=setup, today=TODAY
            ).case_no
            for n in reversed(names)
        }
        uow.commit()
    with app.uow() as uow:
        hits = [h.case_no for h in find_cases(uow.session, text="SØREN")]
    assert hits == [made[n] for n in names]


def test_case_find_prints_a_table_in_danish_and_says_when_nothing_matches(
    app, office, database_url, capsys
):
    from workflows.exports.columns import danish_amount

    code, out = _find(database_url, capsys, "ærtebjerg")
    assert code == 0
    assert out.splitlines()[0].split() == ["Sag", "Klient", "Debitor(er)", "Saldo"]
    with app.uow() as uow:
        rows = browse.case_rows(uow.session, ids=browse.case_ids(uow.session, filter_text="ærte"))
    for row in rows.values():  # "000001  Boligselskabet Ærtebjerghave  Jørgen Ølgaard  1.900,00"
        line = next(line for line in out.splitlines() if line.startswith(row.no))
        assert line.split("  ")[1] == AERTEBJERG
        assert line.endswith(" " + danish_amount(row.outstanding))
    assert out.splitlines()[-1] == "3 sag(er)."
    code, out = _find(database_url, capsys, "zzqx")
    assert (code, out.strip()) == (0, "Ingen sag matcher »zzqx«.")


def test_case_find_refuses_a_search_over_200_characters_in_danish(office, database_url, capsys):
    capsys.readouterr()
    code = cli.main(["--db", database_url, "case", "find", "ø" * 201, "--json"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Søgeteksten må højst være 200 tegn" in err
