"""Signing the OS user in on the embedded file costs the start nothing: once the user exists,
the start reads them with sqlite3 and SQLAlchemy is still not loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from caplegal_desktop.app import AppContext
context = AppContext.open(sys.argv[1], user=sys.argv[2])
try:
    actor = context.sign_in()
    said = {"role": actor.role, "login": actor.login}
except Exception as exc:
    said = {"refused": str(exc)}
print(json.dumps({"loaded": sorted(m for m in ("sqlalchemy", "alembic") if m in sys.modules),
                  **said}))
"""


def _start(url: str, user: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, url, user], capture_output=True,
                          text=True, cwd=ROOT, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_second_start_signs_in_without_loading_sqlalchemy(sqlite_url):
    first = _start(sqlite_url, "anne")  # makes the first Administrator (the services do that)
    assert first["role"] == "Administrator"
    second = _start(sqlite_url, "anne")
    assert second == {"loaded": [], "role": "Administrator", "login": "anne"}
    stranger = _start(sqlite_url, "bo")  # not a user: the services refuse, in Danish
    assert "bo er ikke oprettet som bruger" in stranger["refused"]
