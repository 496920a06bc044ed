"""Language and locale: the Qt translator, and Babel formatting/parsing of amounts and dates.

The chosen language is process-wide, like QLocale.setDefault: every widget formats through the
functions here so that one switch changes all of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.dates import format_date as babel_format_date
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    parse_decimal,
)
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.money import round_ore
from workflows.amounts import read_amount
from workflows.bundle import resources_dir

TRANSLATIONS_DIR = resources_dir("translations")


@dataclass(frozen=True)
class Language:
    code: str  # "da", "sv", "en": stored in the settings
    native_name: str  # shown in the settings dialog, never translated
    babel_locale: str
    date_pattern: str  # Babel/CLDR pattern
    qt_date_format: str  # the same for Qt (QDate.toString)
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
    if amount == 0:
        amount = abs(amount)  # never "−0,00": a zero has no sign
    if currency:
        return format_currency(amount, currency, locale=_current.babel_locale)
    return format_decimal(amount, format="#,##0.00", locale=_current.babel_locale)


def format_count(count: int) -> str:
    return format_decimal(count, format="#,##0", locale=_current.babel_locale)


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return babel_format_date(value, format=_current.date_pattern, locale=_current.babel_locale)


_TODAY_WORDS = ("t", "d", "i dag", "idag")  # today / dags dato / i dag (sv)
_SEPARATORS = re.compile(r"\s*[-./ ]\s*")


def parse_date(
    text: str, *, today: dt.date | None = None, year_first: bool | None = None
) -> dt.date:
    """The date `text` means, or ValueError; the one reader of typed dates (ui.framework.date_field).

    Danish/English: 05-01-2026, 5-1-26, 05.01.2026, 5/1 2026, 050126, 05012026, 0501, 5-1 (this
    year); Swedish/ISO: 2026-01-05, 260105, 20260105. "t" (or "d") is today. `year_first`
    (default: the language's way, True in Swedish) decides how bare digits are read. An
    impossible date (31-02-2025) raises: it is never bent into another date."""
    today = today or dt.date.today()
    text = text.strip().lower()
    if text in _TODAY_WORDS:
        return today
    if year_first is None:
        year_first = current_language().date_pattern.startswith("y")
    if text.isdigit():
        parts = _split_digits(text, year_first=year_first, today=today)
    else:
        parts = _SEPARATORS.split(text)
        if len(parts) == 2 and not year_first:  # 5-1: this year
            parts.append(str(today.year))
    if len(parts) != 3 or not all(part.isdigit() and len(part) <= 4 for part in parts):
        raise ValueError(f"not a date: {text!r}")
    if len(parts[0]) == 4 or (year_first and len(parts[2]) <= 2 and len(parts[0]) == 2):
        parts = parts[::-1]
    day_text, month_text, year_text = parts
    if len(day_text) > 2 or len(month_text) > 2 or len(year_text) == 3:
        raise ValueError(f"not a date: {text!r}")
    day, month, year = int(day_text), int(month_text), int(year_text)
    if len(year_text) <= 2:
        year += 2000 if year <= (today.year % 100) + 10 else 1900
    return dt.date(year, month, day)  # ValueError for 31-02: refused, never bent


def _split_digits(text: str, *, year_first: bool, today: dt.date) -> list[str]:
    if len(text) == 4 and not year_first:  # 0501: ddmm of this year
        return [text[:2], text[2:], str(today.year)]
    if len(text) == 6:
        return [text[:2], text[2:4], text[4:]]
    if len(text) == 8:
        if year_first:
            return [text[:4], text[4:6], text[6:]]
        return [text[:2], text[2:4], text[4:]]
    return [text]


def parse_amount(text: str, *, max_decimals: int = 2) -> Decimal:
    """Read an amount typed as '1.234,56' (the locale's way) or '1234.56' (the plain way).

    Babel decides which way it is written; the result then goes through the one amount reader
    (workflows.amounts): ASCII digits only, at most `max_decimals` decimals, within MAX_AMOUNT.
    Raises AmountError (a ValueError with a Danish message and a `code`) when it is no amount.
    """
    cleaned = text.strip().removesuffix("kr.").removesuffix("kr").strip()
    locale = _current.babel_locale
    # Swedish groups with a no-break space; people type an ordinary one
    typed_groups = cleaned.replace(" ", get_group_symbol(locale)).replace("\u202f", " ")
    for candidate, way in ((cleaned, locale), (typed_groups, locale), (cleaned, "en_US")):
        if cleaned and _parse_strict(candidate, way) is not None:
            cleaned = _plain_amount(candidate, way)
            break
    return read_amount(cleaned, "", signed=True, decimals=max_decimals)


def _plain_amount(text: str, locale: str) -> str:
    """'1.234,56' (da) as '1234.56': the locale's group, decimal and minus signs taken off."""
    for group in {get_group_symbol(locale), "\xa0", "\u202f", " "}:
        text = text.replace(group, "")
    text = text.replace(get_minus_sign_symbol(locale), "-")
    return text.replace(get_decimal_symbol(locale), ".")


def _parse_strict(text: str, locale: str) -> Decimal | None:
    try:
        return parse_decimal(text, locale=locale, strict=True)
    except (NumberFormatError, InvalidOperation):
        return None
