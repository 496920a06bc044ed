"""Every command ends in one Danish line and a distinct exit code, never a traceback; an unexpected
error is written, masked, to the log file the line names; a password never sits in a URL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from caplegal_desktop.cli import main
from caplegal_desktop.cli.errors import (
    EXIT_DATABASE,
    EXIT_INPUT,
    EXIT_SETTINGS,
    EXIT_UNEXPECTED,
    log_file,
    run_guarded,
)
from caplegal_desktop.config import Settings
from caplegal_desktop.logmask import mask
from models import Party

ROOT = Path(__file__).parents[2]
SERVER = "postgresql+psycopg://kontor@127.0.0.1:1/caplegal"  # nothing listens on port 1
WITH_PASSWORD = "postgresql+psycopg://kontor:hemmeligt-ord@127.0.0.1:1/caplegal"


@pytest.fixture(autouse=True)
def no_settings_file():
    """The settings folder is shared by the session's tests: leave no file behind."""
    Settings.path().unlink(missing_ok=True)
    yield
    Settings.path().unlink(missing_ok=True)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_an_unreachable_server_is_one_line_without_the_password(capsys):
    assert main(["--db", SERVER, "case", "show", "1"]) == EXIT_DATABASE
    line = one_line(capsys.readouterr().err)
    assert line.startswith("Databasen kan ikke nås") and "127.0.0.1" in line


@pytest.mark.parametrize("source", ["--db", "CAPLEGAL_DB", "settings"])
def test_a_url_with_a_password_is_refused_from_every_source(source, monkeypatch, capsys):
    argv = ["case", "show", "1"]
    if source == "--db":
        argv = ["--db", WITH_PASSWORD, *argv]
    elif source == "CAPLEGAL_DB":
        monkeypatch.setenv("CAPLEGAL_DB", WITH_PASSWORD)
    else:
        monkeypatch.delenv("CAPLEGAL_DB", raising=False)
        Settings.path().write_text(json.dumps({"database_url": WITH_PASSWORD}), encoding="utf-8")
    assert main(argv) == EXIT_SETTINGS
    line = one_line(capsys.readouterr().err)
    assert "db set-password" in line and "hemmeligt-ord" not in line
    expected = {"--db": "--db", "CAPLEGAL_DB": "CAPLEGAL_DB", "settings": "settings.json"}[source]
    assert expected in line


def test_set_password_refuses_a_url_carrying_one(capsys):
    assert main(["--db", WITH_PASSWORD, "db", "set-password", "--stdin"]) == EXIT_SETTINGS
    line = one_line(capsys.readouterr().err)
    assert "uden adgangskode" in line and "hemmeligt-ord" not in line


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"database_url": 5}', "\udcff"])
def test_a_malformed_settings_file_is_one_line_naming_it(content, monkeypatch, capsys):
    monkeypatch.delenv("CAPLEGAL_DB", raising=False)
    Settings.path().write_bytes(content.encode("utf-8", "surrogateescape"))
    assert main(["case", "show", "1"]) == EXIT_SETTINGS
    line = one_line(capsys.readouterr().err)
    assert str(Settings.path()) in line and "Indstillingsfilen" in line


def test_a_file_keyring_is_never_chosen_for_a_user(tmp_path):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(home),
        "HOME": str(home),
    }
    env.pop("CAPLEGAL_TEST_KEYRING", None)
    result = subprocess.run(
        [sys.executable, "-m", "main", "--db", SERVER, "db", "set-password", "--stdin"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        input="hemmeligt-ord\n",
        timeout=120,
    )
    assert result.returncode == EXIT_SETTINGS
    assert "Ingen sikker nøglering" in one_line(result.stderr)
    assert not any(home.rglob("*.cfg"))  # nothing stored


def test_an_unexpected_error_goes_masked_to_the_log_and_one_line_names_it(capsys):
    def fails():
        raise RuntimeError("debitor 070761-4285, CVR 13585628, hovedstol 12500.00, 19811218-9876")

    assert run_guarded(fails, []) == EXIT_UNEXPECTED
    line = one_line(capsys.readouterr().err)
    assert str(log_file()) in line
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError" in logged
    for secret in ("070761-4285", "13585628", "12500.00", "19811218-9876"):
        assert secret not in logged


def test_a_database_error_logged_never_shows_the_parameters(app, capsys):
    """A real constraint error on either backend: its SQL parameters hold a CPR; the log does not."""

    def duplicate_party():
        with app.uow(write=True) as uow:
            for _ in range(2):
                uow.session.add(Party(no="P-DUP", name="Anne Hansen", cpr="0707614285"))
            uow.session.flush()

    with pytest.raises(IntegrityError):
        duplicate_party()
    assert run_guarded(duplicate_party, []) == EXIT_UNEXPECTED
    one_line(capsys.readouterr().err)
    logged = log_file().read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "0707614285" not in logged


def test_mask_keeps_line_numbers_and_hides_people_and_money():
    text = "File \"x.py\", line 123, in f\n[parameters: ('0707614285', Decimal('5.00'))]"
    masked = mask(text)
    assert "line 123" in masked and "0707614285" not in masked and "5.00" not in masked


def test_a_missing_import_file_is_a_clear_input_error(sqlite_url, tmp_path, capsys):
    missing = str(tmp_path / "nowhere.json")
    assert main(["--db", sqlite_url, "import", "cases", missing]) == EXIT_INPUT
    assert "kan ikke læses" in one_line(capsys.readouterr().err)


def test_anything_logged_is_masked(caplog):
    import logging

    from caplegal_desktop.logmask import MaskingFilter

    record = logging.LogRecord(
        "caplegal",
        logging.ERROR,
        __file__,
        1,
        "debitor %s skylder %s",
        ("0707614285", "12500.00"),
        None,
    )
    MaskingFilter().filter(record)
    assert record.getMessage() == "debitor *** skylder ***"


def test_the_program_start_with_a_password_url_is_one_line():
    result = subprocess.run(
        [sys.executable, "-m", "main", "--db", WITH_PASSWORD],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == EXIT_SETTINGS
    assert "db set-password" in one_line(result.stderr)
