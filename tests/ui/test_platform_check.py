"""Before Qt starts: the X11 libraries are checked and named, never a bare plugin crash."""

import subprocess
import sys
from pathlib import Path

from ui.platform_check import XCB_LIBRARIES, install_command, missing_xcb_packages, needs_xcb


def test_offscreen_and_other_platforms_need_no_x11(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not needs_xcb()


def test_missing_packages_are_named_as_one_install_line():
    missing = missing_xcb_packages()
    assert set(missing) <= set(XCB_LIBRARIES.values())
    assert install_command(["libxcb-icccm4", "libxcb-keysyms1"]) == (
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    )


def test_the_program_names_what_to_install_instead_of_crashing(tmp_path):
    if not missing_xcb_packages():
        return  # this machine has them all: nothing to name
    env = {
        "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
        "DISPLAY": ":99",
        "QT_QPA_PLATFORM": "xcb",
        "CAPLEGAL_DATA_DIR": str(tmp_path),
        "CAPLEGAL_CONFIG_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "main"],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 3
    assert "sudo apt-get install" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
