"""The translations of the case wizard, the claims window and the case card.

They live beside this code (translations/cases_<lang>.ts, compiled to .qm by
translations/build.py) until the shared caplegal_<lang>.ts takes them in; the translator follows
the language the rest of the program uses (ui.i18n.current_language), checked whenever one of
our windows is built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import current_language

FOLDER = Path(__file__).resolve().parent / "translations"
_state: dict[str, object] = {"code": None, "translator": None}


def ensure_translations() -> None:
    app = QCoreApplication.instance()
    code = current_language().code
    if app is None or _state["code"] == code:
        return
    old = _state["translator"]
    if old is not None:
        app.removeTranslator(old)
    _state["translator"] = None
    if code != "en":
        translator = QTranslator(app)
        if translator.load(f"cases_{code}", str(FOLDER)):
            app.installTranslator(translator)
            _state["translator"] = translator
    _state["code"] = code
