"""Language and locale: the Qt translator, and Babel formatting/parsing of amounts and dates.

The chosen language is process-wide, like QLocale.setDefault: every widget formats through the
functions here so that one switch changes all of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from babel.dates import format_date as babel_format_date
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_group_symbol,
    parse_decimal,
)
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.money import round_ore

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


@dataclass(frozen=True)
class Language:
    code: str  # "da", "sv", "en": stored in the settings
    native_name: str  # shown in the settings dialog, never translated
    babel_locale: str
    date_pattern: str  # Babel/CLDR pattern
    qt_date_format: str  # the same for QDateEdit
    date_hint: str  # placeholder of an empty date field, in the language's own letters


LANGUAGES: dict[str, Language] = {
    "da": Language("da", "Dansk", "da_DK", "dd-MM-yyyy", "dd-MM-yyyy", "dd-mm-åååå"),
    "sv": Language("sv", "Svenska", "sv_SE", "yyyy-MM-dd", "yyyy-MM-dd", "åååå-mm-dd"),
    "en": Language("en", "English", "en_GB", "dd/MM/yyyy", "dd/MM/yyyy", "dd/mm/yyyy"),
}
DEFAULT_LANGUAGE = "da"
DEFAULT_CURRENCY = "DKK"

_current = LANGUAGES[DEFAULT_LANGUAGE]
_installed: list[QTranslator] = []
_installed_state: dict[str, object] = {"code": None, "app": None}


def current_language() -> Language:
    return _current


def install_language(code: str) -> Language:
    """Make `code` the language of the whole program: Qt translators, QLocale and Babel."""
    global _current
    language = LANGUAGES.get(code, LANGUAGES[DEFAULT_LANGUAGE])
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
        if language.code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in (
                (f"qtbase_{language.code}", qt_dir),
                (f"caplegal_{language.code}", str(TRANSLATIONS_DIR)),
            ):
                translator = QTranslator(app)
                if translator.load(name, folder):
                    app.installTranslator(translator)
                    _installed.append(translator)
    QLocale.setDefault(QLocale(language.babel_locale))
    _current = language
    _installed_state.update(code=language.code, app=app)
    return language


def ensure_installed() -> None:
    """Install the current language's translators if nobody has yet (Danish is the default even
    before the main window chose one, e.g. a window opened on its own)."""
    app = QCoreApplication.instance()
    if app is not None and (
        _installed_state["code"] != _current.code or _installed_state["app"] is not app
    ):
        install_language(_current.code)


def translate(context: str, source: str) -> str:
    """QCoreApplication.translate for texts kept as QT_TRANSLATE_NOOP constants."""
    ensure_installed()
    return QCoreApplication.translate(context, source)


def format_amount(amount: Decimal | None, *, currency: str | None = None) -> str:
    """'1.234,56' (or '1.234,56 kr.' with a currency) in the chosen locale; '' for None."""
    if amount is None:
        return ""
    amount = round_ore(Decimal(amount))
    if currency:
        return format_currency(amount, currency, locale=_current.babel_locale)
    return format_decimal(amount, format="#,##0.00", locale=_current.babel_locale)


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return babel_format_date(value, format=_current.date_pattern, locale=_current.babel_locale)


def parse_date(text: str) -> dt.date:
    """Read a date typed as day-month-year (Danish, English) or year-month-day (Swedish, ISO),
    separated by '-', '.', '/' or a space. Raises ValueError when it is not a date."""
    parts = re.split(r"[-./ ]", text.strip())
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValueError(f"not a date: {text!r}")
    if len(parts[0]) == 4:
        year, month, day = (int(part) for part in parts)
    elif len(parts[2]) == 4:
        day, month, year = (int(part) for part in parts)
    else:
        raise ValueError(f"not a date: {text!r}")
    return dt.date(year, month, day)


def parse_amount(text: str, *, max_decimals: int = 2) -> Decimal:
    """Read an amount typed as '1.234,56' (the locale's way) or '1234.56' (the plain way).

    Raises ValueError when it is neither, or has more decimals than øre.
    """
    cleaned = text.strip().removesuffix("kr.").removesuffix("kr").strip()
    if not cleaned:
        raise ValueError("empty")
    locale = _current.babel_locale
    # Swedish groups with a no-break space; people type an ordinary one
    typed_groups = cleaned.replace(" ", get_group_symbol(locale)).replace("\u202f", " ")
    amount = _parse_strict(cleaned, locale) or _parse_strict(typed_groups, locale)
    if amount is None:
        amount = _parse_strict(cleaned, "en_US")
    if amount is None or not amount.is_finite():
        raise ValueError(f"not an amount: {text!r}")
    if -amount.as_tuple().exponent > max_decimals:
        raise ValueError(f"too many decimals: {text!r}")
    return amount


def _parse_strict(text: str, locale: str) -> Decimal | None:
    try:
        return parse_decimal(text, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation):
        return None
