"""Kept for the wizard, the claims window and the case card: their texts are in the shared
resources/translations/caplegal_<lang>.ts now; this only makes sure the translator is installed."""

from __future__ import annotations

from ui.i18n import ensure_installed


def ensure_translations() -> None:
    ensure_installed()
