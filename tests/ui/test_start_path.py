"""The program's own start (`caplegal` with no arguments) shows the Role Center figures before
anything loads SQLAlchemy: the feature packages install without importing their data layers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

START = """
import json, sys
from caplegal_desktop.app import AppContext
from ui.app import backend_for, create_main_window, ensure_application
app = ensure_application()
context = AppContext.open(sys.argv[1], user="probe")
window = create_main_window(backend_for(context), app_context=context)

def shown():
    figures = window.role_center.figures
    print(json.dumps({
        "loaded": sorted(m for m in ("sqlalchemy", "alembic", "matplotlib") if m in sys.modules),
        "active_cases": figures.active_cases,
        "features": sorted(window.card_factories),
    }), flush=True)
    app.quit()

window.role_center.sig_figures_loaded.connect(shown)
window.show()
app.exec()
"""


def test_the_window_shows_its_figures_before_sqlalchemy_is_loaded(sqlite_url):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, sqlite_url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["loaded"] == []
    assert probe["active_cases"] == 0  # the seeded test database has no cases yet
    assert {"case", "payment_plan"} <= set(probe["features"])  # installed, not yet loaded
