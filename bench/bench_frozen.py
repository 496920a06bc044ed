"""The frozen program (issue 19): build size, and its start against the source program's.

Start = spawn to the main window shown (CAPLEGAL_QUIT_AFTER_MS=1 makes the window say so and
quit) on a current demo database, median of several fresh processes each; target: frozen
<= 1.5 x source. Uses CAPLEGAL_FROZEN_DIR or dist/caplegal when built, else builds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import row
from tests.packaging.frozen import PREBUILT_ENV, ROOT, build_frozen, folder_size, program

REPEAT = 7


def _frozen_dir() -> Path:
    if os.environ.get(PREBUILT_ENV):
        return Path(os.environ[PREBUILT_ENV])
    built = ROOT / "dist" / "caplegal"
    return built if program(built).exists() else build_frozen()


def _start_ms(command: list[str], env: dict[str, str], cwd: Path) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
        elapsed = (time.perf_counter() - started) * 1000
        if result.returncode != 0 or "vindue vist" not in result.stdout:
            raise RuntimeError(f"{command[0]} did not show its window: {result.stderr[-2000:]}")
        times.append(elapsed)
    return statistics.median(times)


def run() -> list[dict]:
    folder = _frozen_dir()
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = {
            **os.environ,
            "CAPLEGAL_DATA_DIR": str(home / "data"),
            "CAPLEGAL_CONFIG_DIR": str(home / "config"),
            "QT_QPA_PLATFORM": "offscreen",
            "CAPLEGAL_QUIT_AFTER_MS": "1",
        }
        url = f"sqlite:///{(home / 'demo.sqlite3').as_posix()}"
        subprocess.run(
            [str(program(folder)), "--db", url, "demo", "--cases", "200", "--seed", "1"],
            env=env,
            check=True,
            capture_output=True,
        )
        window = [str(program(folder, "CapLegalDesktop")), "--db", url]
        frozen_ms = _start_ms(window, env, home)
        source_ms = _start_ms([sys.executable, "-m", "main", "--db", url], env, ROOT)
    return [
        row("frozen build size (one folder)", "MB", folder_size(folder) / 1e6, 0),
        row("frozen start to main window (vs source)", "ms", frozen_ms, source_ms),
    ]
