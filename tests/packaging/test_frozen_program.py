"""The frozen program does what the source one does: help, db upgrade, case show, a letter merge,
a statement PDF, and the main window (offscreen).

GIVEN the PyInstaller build (tests/packaging/frozen.py builds it once per run)
WHEN its `caplegal` and `CapLegalDesktop` programs run on fresh databases in a fresh data folder
THEN they answer as `python -m main` does on the same data.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from caplegal_desktop.migrate import head_revisions
from tests.packaging.frozen import (
    IS_WINDOWS,
    PREBUILT_ENV,
    ROOT,
    SKIP_ENV,
    build_frozen,
    program,
)
from workflows.bundle import program_version

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get(SKIP_ENV) == "1" and not os.environ.get("CI"),
        reason=f"{SKIP_ENV}=1: the frozen build is skipped on this machine",
    ),
]


@pytest.fixture(scope="module")
def frozen_dir() -> Path:
    prebuilt = os.environ.get(PREBUILT_ENV)
    return Path(prebuilt) if prebuilt else build_frozen()


@pytest.fixture
def user_env(tmp_path) -> dict[str, str]:
    """A machine where the program has never run: empty data and config folders."""
    env = dict(os.environ)
    env.update(
        CAPLEGAL_DATA_DIR=str(tmp_path / "data"),
        CAPLEGAL_CONFIG_DIR=str(tmp_path / "config"),
        CAPLEGAL_USER="smoke",
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("PYTHONPATH", None)  # the frozen program must not lean on the checkout
    return env


def frozen(frozen_dir: Path, env, *args: str, name: str = "caplegal", cwd=None):
    return subprocess.run(
        [str(program(frozen_dir, name)), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=cwd,
    )


def source(env, *args: str):
    return subprocess.run(
        [sys.executable, "-m", "main", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=ROOT,
    )


def test_help_and_version_come_from_the_frozen_program(frozen_dir, user_env, tmp_path):
    helped = frozen(frozen_dir, user_env, "--help", cwd=tmp_path)
    assert helped.returncode == 0, helped.stderr
    assert "usage: caplegal" in helped.stdout
    assert helped.stdout == source(user_env, "--help").stdout
    version = frozen(frozen_dir, user_env, "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"CapLegal Desktop {program_version()}"


def test_db_upgrade_brings_a_fresh_file_to_the_newest_migration(frozen_dir, user_env, tmp_path):
    url = f"sqlite:///{(tmp_path / 'fresh.sqlite3').as_posix()}"
    upgraded = frozen(frozen_dir, user_env, "--db", url, "db", "upgrade", cwd=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    (head,) = head_revisions()
    # the first line; the ledger's protection (issue 20) may add its own after it
    assert upgraded.stdout.strip().splitlines()[0] == f"Databasen er på version {head}."


def test_the_default_database_is_created_in_the_user_data_folder(frozen_dir, user_env, tmp_path):
    upgraded = frozen(frozen_dir, user_env, "db", "upgrade", cwd=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    assert (Path(user_env["CAPLEGAL_DATA_DIR"]) / "caplegal.sqlite3").exists()


def test_db_upgrade_on_a_fresh_postgresql_database(frozen_dir, user_env, tmp_path, postgres_server):
    from sqlalchemy import create_engine, text

    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE DATABASE frozen_smoke"))
    admin.dispose()
    url = postgres_server.url("frozen_smoke")
    upgraded = frozen(frozen_dir, user_env, "--db", url, "db", "upgrade", cwd=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    (head,) = head_revisions()
    # the first line; the ledger's protection (issue 20) may add its own after it
    assert upgraded.stdout.strip().splitlines()[0] == f"Databasen er på version {head}."


@pytest.fixture
def demo_url(frozen_dir, user_env, tmp_path) -> str:
    url = f"sqlite:///{(tmp_path / 'demo.sqlite3').as_posix()}"
    made = frozen(frozen_dir, user_env, "--db", url, "demo", "--cases", "5", "--seed", "1")
    assert made.returncode == 0, made.stderr
    return url


def test_case_show_on_demo_data_matches_the_source_program(frozen_dir, user_env, demo_url):
    shown = frozen(frozen_dir, user_env, "--db", demo_url, "case", "show", "000001")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Sag 000001")
    assert shown.stdout == source(user_env, "--db", demo_url, "case", "show", "000001").stdout


def test_a_letter_merged_by_the_frozen_program_is_the_source_programs_letter(
    frozen_dir, user_env, demo_url, tmp_path
):
    args = ("letters", "merge", "rykker.docx", "--case", "000001", "--as-of", "2026-12-01")
    out_frozen, out_source = tmp_path / "frozen.docx", tmp_path / "source.docx"
    merged = frozen(frozen_dir, user_env, "--db", demo_url, *args, "--out", str(out_frozen))
    assert merged.returncode == 0, merged.stderr
    assert source(user_env, "--db", demo_url, *args, "--out", str(out_source)).returncode == 0

    def text_of(path: Path) -> str:
        return "\n".join(p.text for p in Document(str(path)).paragraphs)

    assert "000001" in text_of(out_frozen)
    assert text_of(out_frozen) == text_of(out_source)


def test_the_frozen_program_prints_a_statement_pdf(frozen_dir, user_env, demo_url, tmp_path):
    target = tmp_path / "opgoerelse.pdf"
    printed = frozen(
        frozen_dir,
        user_env,
        *("--db", demo_url, "statement", "000001", "--as-of", "2026-12-01"),
        *("--pdf", str(target)),
    )
    assert printed.returncode == 0, printed.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_the_window_opens_offscreen_on_a_fresh_database(frozen_dir, user_env, tmp_path):
    env = {**user_env, "CAPLEGAL_QUIT_AFTER_MS": "200"}
    url = f"sqlite:///{(tmp_path / 'window.sqlite3').as_posix()}"
    shown = frozen(frozen_dir, env, "--db", url, name="CapLegalDesktop", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    if not IS_WINDOWS:  # the windowed Windows program has no stdout to say it on
        assert "vindue vist: CapLegal Desktop" in shown.stdout
    assert (tmp_path / "window.sqlite3").exists()


def test_the_window_opens_on_demo_data_without_a_traceback(frozen_dir, user_env, demo_url):
    env = {**user_env, "CAPLEGAL_QUIT_AFTER_MS": "500"}
    shown = frozen(frozen_dir, env, "--db", demo_url, name="CapLegalDesktop")
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr


def test_the_build_carries_the_languages_it_speaks_and_the_windows_keyring(frozen_dir):
    inside = frozen_dir / "_internal"
    for locale in ("root", "da", "da_DK", "sv", "sv_SE", "en", "en_GB", "en_001"):
        assert (inside / "babel" / "locale-data" / f"{locale}.dat").exists(), locale
    assert not (inside / "babel" / "locale-data" / "de.dat").exists()
    for name in ("caplegal_da.qm", "caplegal_sv.qm"):
        assert (inside / "resources" / "translations" / name).exists()
    assert (inside / "templates" / "letters" / "rykker.docx").exists()
    assert (inside / "caplegal_desktop" / "migrations" / "env.py").exists()
    (metadata,) = inside.glob("keyring-*.dist-info")
    assert "keyring.backends.Windows" in (metadata / "entry_points.txt").read_text()
