"""The frozen (PyInstaller) program for the packaging tests and the bench: built once per run.

CAPLEGAL_FROZEN_DIR=<folder>  use a build made before (the Windows workflow builds, then tests);
CAPLEGAL_SKIP_FROZEN=1        skip these tests on a machine where a 2-minute build is too slow.
Without either, `python3 dev.py build` builds into build/frozen-test/ (a lock file keeps
parallel test workers from building twice).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IS_WINDOWS = os.name == "nt"
SKIP_ENV = "CAPLEGAL_SKIP_FROZEN"
PREBUILT_ENV = "CAPLEGAL_FROZEN_DIR"
TEST_BUILD = ROOT / "build" / "frozen-test"


def program(folder: Path, name: str = "caplegal") -> Path:
    """caplegal (command line) or CapLegalDesktop (window) in a frozen build's folder."""
    return folder / (f"{name}.exe" if IS_WINDOWS else name)


def build_frozen(target: Path = TEST_BUILD, *, timeout: float = 1500) -> Path:
    """Build (or wait for another worker's build of) the frozen program; its folder."""
    folder = target / "dist" / "caplegal"
    done, lock = target / "built.ok", target / "building.lock"
    target.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        deadline = time.monotonic() + timeout
        while not done.exists():
            if time.monotonic() > deadline or not lock.exists():
                raise RuntimeError("another test worker's frozen build did not finish") from None
            time.sleep(2)
        return folder
    try:
        done.unlink(missing_ok=True)
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "dev.py"),
                "build",
                "--distpath",
                str(target / "dist"),
                "--workpath",
                str(target / "work"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"the frozen build failed:\n{result.stdout}\n{result.stderr}")
        done.write_text("ok", encoding="utf-8")
    finally:
        lock.unlink(missing_ok=True)
    return folder


def folder_size(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
