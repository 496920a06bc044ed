"""A client's own system (CAPLEGAL_TOKEN) probing other clients' cases through the CLI: every
answer is the one a missing case gets, and lists hold only its own cases."""

from __future__ import annotations

import json

from caplegal_desktop.services.office import users
from tests.office.test_cli_users import run


def test_a_klient_token_finds_nothing_of_other_departments_through_the_cli(
    office, database_url, capsys, monkeypatch
):
    admin, cases = office
    with admin.uow(write=True) as uow:
        token = users.create_token(uow.session, login="nord")
        uow.commit()
    env = {"CAPLEGAL_TOKEN": token}
    missing = {}
    for command in (("case", "show"), ("statement",)):
        code, _, err = run(capsys, monkeypatch, database_url, *command, "999999", env=env)
        missing[command] = (code, err.replace("999999", "{no}"))
    for key in ("syd", "k100", "k200"):
        _, case_no = cases[key]
        for command in (("case", "show"), ("statement",)):
            code, out, err = run(capsys, monkeypatch, database_url, *command, case_no, env=env)
            assert (code, err.replace(case_no, "{no}")) == missing[command] and out == ""
        code, out, _ = run(capsys, monkeypatch, database_url, "case", "find", case_no,
                           "--json", env=env)  # fmt: skip
        assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, monkeypatch, database_url, "case", "find", "fynbo", "--json",
                       env=env)  # fmt: skip
    assert json.loads(out) == []
    code, out, _ = run(capsys, monkeypatch, database_url, "case", "find", "nora", "--json",
                       env=env)  # fmt: skip
    assert [hit["case_no"] for hit in json.loads(out)] == [cases["nord"][1]]
    code, out, _ = run(capsys, monkeypatch, database_url, "statement", cases["nord"][1],
                       "--json", env=env)  # fmt: skip
    assert code == 0 and json.loads(out)
