"""`caplegal users|departments|audit` as an office scripts them, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json

from caplegal_desktop.cli import main
from tests.office.builders import PASSWORD, a_client


def run(capsys, monkeypatch, url, *args, stdin: str = "", env: dict | None = None):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    for key in env or {}:
        monkeypatch.delenv(key)
    return code, out, err


def test_users_are_added_listed_disabled_and_given_tokens(app, database_url, capsys, monkeypatch):
    a_client(app, "K100", "Dansk Boldspil")
    code, out, _ = run(capsys, monkeypatch, database_url, "departments", "add", "K100", "nord",
                       "Klubber i Nordjylland")  # fmt: skip
    assert code == 0 and "Afdeling NORD" in out
    code, out, _ = run(capsys, monkeypatch, database_url, "users", "add", "abh", "--role",
                       "Sagsbehandler", "--name", "Anne B. Hansen", "--password-stdin",
                       stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0 and "skal skiftes" in out
    code, out, _ = run(capsys, monkeypatch, database_url, "users", "add", "nord", "--role",
                       "Klient", "--client", "K100", "--departments", "NORD",
                       "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, database_url, "users", "list", "--json")
    listed = {u["login"]: u for u in json.loads(out)}
    assert listed["test"]["role"] == "Administrator"  # the OS user, first to start
    assert listed["nord"]["client_no"] == "K100" and listed["nord"]["departments"] == ["NORD"]
    code, out, err = run(capsys, monkeypatch, database_url, "users", "token", "nord")
    token = out.strip()
    assert code == 0 and token.startswith("clt_") and "kun denne ene gang" in err
    # the token signs in as the Klient user, who may not list users
    code, out, err = run(capsys, monkeypatch, database_url, "users", "list",
                         env={"CAPLEGAL_TOKEN": token})  # fmt: skip
    assert code == 2 and "ikke adgang til at administrere brugere" in err and out == ""
    code, out, _ = run(capsys, monkeypatch, database_url, "users", "token", "nord", "--revoke")
    assert code == 0 and out.startswith("1 API-nøgle")
    code, out, _ = run(capsys, monkeypatch, database_url, "users", "disable", "abh")
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, database_url, "audit", "list", "--json")
    kinds = [line["kind"] for line in json.loads(out)]
    assert {"user_added", "department_added", "token_created", "token_revoked", "sign_in",
            "refused", "user_changed"} <= set(kinds)  # fmt: skip
    code, out, _ = run(capsys, monkeypatch, database_url, "audit", "list", "--user", "nord")
    assert "refused" in out and "user_added" not in out


def test_refused_input_names_the_problem_and_changes_nothing(
    app, database_url, capsys, monkeypatch
):
    code, _, err = run(capsys, monkeypatch, database_url, "users", "add", "x", "--role", "Chef",
                       "--password-stdin", stdin="kort\n")  # fmt: skip
    assert code == 2 and "Rollen Chef findes ikke" in err and "mindst 10 tegn" in err
    code, out, _ = run(capsys, monkeypatch, database_url, "users", "list", "--json")
    assert [u["login"] for u in json.loads(out)] == ["test"]


def test_signing_in_with_user_takes_the_password_from_the_keyring(
    app, database_url, capsys, monkeypatch
):
    run(capsys, monkeypatch, database_url, "users", "add", "rev", "--role", "Revisor",
        "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    monkeypatch.setattr("caplegal_desktop.secrets.user_password", lambda login: PASSWORD)
    code, _, err = run(capsys, monkeypatch, database_url, "--user", "rev", "audit", "list")
    assert code == 2 and "Skift din adgangskode" in err
    monkeypatch.setattr("caplegal_desktop.secrets.user_password", lambda login: "forkert-kode")
    code, _, err = run(capsys, monkeypatch, database_url, "--user", "rev", "audit", "list")
    assert code == 2 and "Forkert brugernavn eller adgangskode" in err
