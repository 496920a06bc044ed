"""User texts of the data safety cue: English sources, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

CONTEXT = "DataSafetyTexts"

_TEXTS: dict[str, str] = {
    "CueCaption": QT_TRANSLATE_NOOP("DataSafetyTexts", "The posted ledger is not intact"),
    "CueTip": QT_TRANSLATE_NOOP(
        "DataSafetyTexts", "%1\nCheck it with 'caplegal db verify' and restore a backup if needed."
    ),
    "WarnTitle": QT_TRANSLATE_NOOP("DataSafetyTexts", "Posted ledger"),
}


def t(key: str, *args: object) -> str:
    text = translate(CONTEXT, _TEXTS[key])
    for index, value in enumerate(args, 1):
        text = text.replace(f"%{index}", str(value))
    return text
