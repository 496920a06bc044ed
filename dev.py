#!/usr/bin/env python3
"""Set everything up and start the program (`run`), or set everything up and run every test (`test`).

Uses only the standard library, so it works on a fresh machine with Python 3.11+:
    python3 dev.py run        (Windows: py dev.py run)
    python3 dev.py test       (Windows: py dev.py test)
    python3 dev.py bench      benchmarks -> bench/results.json
    python3 dev.py build      the frozen program (PyInstaller, one folder) -> dist/caplegal/
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if IS_WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if IS_WINDOWS else "python")

TEST_PACKAGES = {  # Debian packages the test run needs: command -> package
    "pdftoppm": "poppler-utils",
    "soffice": "libreoffice-writer-nogui",
    "chromium": "chromium",  # the portal's real-browser tests (driven by Playwright)
}
# Shared libraries the program loads itself: library -> Debian package. weasyprint embeds only
# the glyphs a PDF uses when HarfBuzz's subsetter is there (and will require it).
RUNTIME_LIBRARIES = {"harfbuzz-subset": "libharfbuzz-subset0"}


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(*command, **kwargs) -> None:
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def ensure_python() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must speak on old Pythons too
        sys.exit(f"Python 3.11 or newer is needed (this is {platform.python_version()}).")


def ensure_venv(requirements: str) -> None:
    ensure_python()
    if not PYTHON.exists():
        say(f"creating the virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256()
    for name in ("requirements.txt", requirements, "setup.cfg", "pyproject.toml"):
        wanted.update((ROOT / name).read_bytes())
    stamp = VENV / f".installed-{Path(requirements).stem}"
    if stamp.exists() and stamp.read_text() == wanted.hexdigest():
        return
    say(f"installing pinned dependencies from {requirements}")
    run(
        PYTHON,
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "-q",
        "-r",
        ROOT / requirements,
    )
    run(
        PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", "--no-deps", "-e", ROOT
    )
    stamp.write_text(wanted.hexdigest())


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def apt_install(packages: list[str]) -> bool:
    if not packages:
        return True
    if not (is_root() and shutil.which("apt-get")):
        return False
    say("installing Debian packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL)
    result = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return result.returncode == 0


def ensure_display() -> None:
    sys.path.insert(0, str(ROOT))
    from ui.platform_check import install_command, missing_xcb_packages, needs_xcb

    if not needs_xcb():
        return
    missing = missing_xcb_packages()
    if missing and not apt_install(missing):
        sys.exit(
            "Qt's window needs these Debian/Ubuntu packages; install them and run again:\n"
            f"    {install_command(missing)}"
        )
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        sys.exit(
            "There is no display. Start from a desktop session, or use a virtual one:\n"
            "    sudo apt-get install xvfb && xvfb-run python3 dev.py run\n"
            "or QT_QPA_PLATFORM=offscreen python3 dev.py run (no visible window)."
        )


def ensure_runtime_libraries() -> None:
    if platform.system() != "Linux":
        return
    import ctypes.util

    wanted = [pkg for lib, pkg in RUNTIME_LIBRARIES.items() if not ctypes.util.find_library(lib)]
    if wanted and not apt_install(wanted):
        say("could not install " + " ".join(wanted) + "; PDFs embed whole fonts without it")


def postgres_available() -> bool:
    return bool(list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))) or bool(
        shutil.which("initdb")
    )


def ensure_test_tools() -> None:
    if platform.system() != "Linux":
        return
    wanted = [pkg for cmd, pkg in TEST_PACKAGES.items() if not shutil.which(cmd)]
    if not postgres_available():
        wanted.append("postgresql")
    if wanted and not apt_install(wanted):
        say(
            "could not install " + " ".join(wanted) + " (not root or no apt-get); "
            "tests that need them will say so"
        )


def caplegal(*args) -> None:
    run(PYTHON, "-m", "main", *args, cwd=ROOT)


def cmd_run(extra: list[str]) -> int:
    ensure_venv("requirements.txt")
    ensure_runtime_libraries()
    ensure_display()
    probe = subprocess.run([PYTHON, "-m", "caplegal_desktop.first_start"], cwd=ROOT)
    if probe.returncode != 0:
        return probe.returncode
    return subprocess.run([PYTHON, "-m", "main", *extra], cwd=ROOT).returncode


def parallel(extra: list[str]) -> list[str]:
    """Every core works (pytest-xdist), a test file staying on one worker: its fixtures (a
    PostgreSQL server per worker, the frozen build) are made once. Off when the caller chose."""
    if any(arg.startswith(("-n", "--numprocesses")) for arg in extra):
        return []
    return ["-n", "auto", "--dist", "loadfile"]


def cmd_test(extra: list[str]) -> int:
    ensure_venv("requirements-dev.txt")
    ensure_runtime_libraries()
    ensure_test_tools()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps = [
        [BIN / "ruff", "check", "."],
        [BIN / "ruff", "format", "--check", "."],
        [BIN / "lint-imports"],
        [PYTHON, "-m", "pytest", *parallel(extra), *extra],
    ]
    for step in steps:
        say(" ".join(str(part.name if isinstance(part, Path) else part) for part in step))
        if subprocess.run([str(s) for s in step], cwd=ROOT, env=env).returncode != 0:
            return 1
    return 0


def cmd_bench(extra: list[str]) -> int:
    ensure_venv("requirements-dev.txt")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([PYTHON, "-m", "bench.run", *extra], cwd=ROOT, env=env).returncode


DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "caplegal.spec"


def cmd_build(extra: list[str]) -> int:
    ensure_venv("requirements-dev.txt")
    say(f"building the frozen program from {SPEC.relative_to(ROOT)} -> {DIST / 'caplegal'}")
    places = []  # extra may name other folders (the packaging test builds into its own)
    if "--distpath" not in extra:
        places += ["--distpath", DIST]
    if "--workpath" not in extra:
        places += ["--workpath", ROOT / "build" / "pyinstaller"]
    command = [PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *places]
    if subprocess.run([str(c) for c in [*command, *extra, SPEC]], cwd=ROOT).returncode != 0:
        return 1
    say("built caplegal (command line) and CapLegalDesktop (window)")
    return 0


def main() -> int:
    commands = {"run": cmd_run, "test": cmd_test, "bench": cmd_bench, "build": cmd_build}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
