"""The Windows installer definition and its workflow agree with the build and the program.

Inno Setup only runs on Windows (.github/workflows/windows.yml builds and round-trips it); here
the definition is read for what the issue asks: per user without admin rights, a Start-menu
entry, the build's folder and programs, and an uninstall that leaves the user's data folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from caplegal_desktop.config import APP_AUTHOR, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "caplegal.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "caplegal.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")


def setting(name: str) -> str:
    found = re.search(rf"^{name}=(.*)$", ISS, re.MULTILINE)
    assert found, f"{name} is not set in caplegal.iss"
    return found.group(1).strip()


def define(name: str) -> str:
    return re.search(rf'^#define {name} "(.*)"$', ISS, re.MULTILINE).group(1)


def test_it_installs_per_user_without_administrator_rights():
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("DefaultDirName").startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user


def test_the_start_menu_entry_starts_the_window_program_of_the_build():
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#WindowExe\}"',
        ISS,
        re.MULTILINE,
    )
    assert define("WindowExe") == "CapLegalDesktop.exe"
    assert define("CommandExe") == "caplegal.exe"
    assert 'program("CapLegalDesktop", console=False)' in SPEC
    assert 'program("caplegal", console=True)' in SPEC
    assert 'name="caplegal")' in SPEC  # COLLECT -> dist/caplegal, the installer's Source
    assert 'Source: "..\\..\\dist\\caplegal\\*"' in ISS


def test_uninstall_leaves_the_users_data_folder():
    # platformdirs' user_data_dir on Windows: %LOCALAPPDATA%\<author>\<name> (config.data_dir)
    assert define("DataFolder") == f"{{localappdata}}\\{APP_AUTHOR}\\{APP_NAME}"
    uninstall_delete = ISS.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0]
    deleted = re.findall(r'Name: "([^"]+)"', uninstall_delete)
    assert deleted and all(name.startswith("{app}") for name in deleted)
    assert "{localappdata}" not in uninstall_delete and "DataFolder" not in uninstall_delete


def test_the_workflow_builds_smoke_tests_and_round_trips_the_installer():
    assert "runs-on: windows-latest" in WORKFLOW
    assert "py dev.py build" in WORKFLOW
    assert "tests/packaging" in WORKFLOW and "CAPLEGAL_FROZEN_DIR" in WORKFLOW
    assert "packaging\\windows\\caplegal.iss" in WORKFLOW
    assert "/CURRENTUSER" in WORKFLOW and "uninstall removed the user's data" in WORKFLOW
