"""The command line, run as a user would run it (a real process on a real database file)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def caplegal(*args, env=None, input_text=None):
    return subprocess.run(
        [sys.executable, "-m", "main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        input=input_text,
        timeout=300,
    )


def test_import_then_case_show_as_json(sqlite_url):
    imported = caplegal("--db", sqlite_url, "import", "cases", "docs/examples/cases.json", "--json")
    assert imported.returncode == 0, imported.stderr
    case_no = json.loads(imported.stdout)["created"][0]
    shown = caplegal("--db", sqlite_url, "case", "show", case_no, "--json")
    detail = json.loads(shown.stdout)
    assert detail["case_no"] == case_no and detail["claims"][0]["principal"] == "12500.00"
    assert [p["no"] for p in detail["parties"]] == ["P0000001", "P0000002"]


def test_an_unknown_case_is_a_clear_error(sqlite_url):
    shown = caplegal("--db", sqlite_url, "case", "show", "999999")
    assert shown.returncode == 2 and "Sag 999999 findes ikke" in shown.stderr


def test_demo_data_is_deterministic_for_a_seed(tmp_path, sqlite_template):
    outputs = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        assert (
            caplegal("--db", url, "demo", "--cases", "30", "--seed", "7", "--json").returncode == 0
        )
        outputs.append(caplegal("--db", url, "case", "show", "000017", "--json").stdout)
    first, second = (json.loads(o) for o in outputs)
    assert first["parties"] == second["parties"] and first["claims"] == second["claims"]


def test_backup_copies_a_database_in_use(sqlite_url, tmp_path):
    caplegal("--db", sqlite_url, "demo", "--cases", "5", "--json")
    result = caplegal("--db", sqlite_url, "db", "backup", str(tmp_path / "copy.sqlite3"))
    assert result.returncode == 0, result.stderr
    shown = caplegal("--db", f"sqlite:///{tmp_path / 'copy.sqlite3'}", "case", "show", "000003")
    assert shown.returncode == 0 and "Sag 000003" in shown.stdout


def test_set_password_keeps_it_in_the_keyring_and_nowhere_else(tmp_path):
    keyring_home = tmp_path / "home"
    env = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(keyring_home),
        "HOME": str(keyring_home),
    }
    url = "postgresql+psycopg://kontor@db.example.internal:5432/caplegal"
    result = caplegal(
        "--db", url, "db", "set-password", "--stdin", env=env, input_text="hemmeligt-ord\n"
    )
    assert result.returncode == 0, result.stderr
    assert "hemmeligt-ord" not in result.stdout + result.stderr
    config_dir = Path(os.environ["CAPLEGAL_CONFIG_DIR"])
    for file in config_dir.rglob("*"):
        if file.is_file():
            assert "hemmeligt-ord" not in file.read_text(errors="ignore")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from caplegal_desktop.secrets import url_with_password;"
            f"print(url_with_password('{url}').password)",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )
    assert probe.stdout.strip() == "hemmeligt-ord"
