"""The limitation windows' user texts (English source, Danish and Swedish through tr())."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_translate = QCoreApplication.translate


def factbox_title() -> str:
    return _translate("Limitation", "Limitation")


def field_titles() -> dict[str, str]:
    return {
        "earliest": _translate("Limitation", "Time-barred on"),
        "claim": _translate("Limitation", "Claim"),
        "state": _translate("Limitation", "State"),
        "rule": _translate("Limitation", "Rule"),
        "time_barred": _translate("Limitation", "Claims time-barred"),
        "objections": _translate("Limitation", "Open objections"),
    }


def state_text(days_left: int | None) -> str:
    if days_left is None:
        return _translate("Limitation", "No claims")
    if days_left <= 0:
        return _translate("Limitation", "TIME-BARRED")
    return _translate("Limitation", "in %1 days").replace("%1", str(days_left))


def component_text(component: str) -> str:
    return {
        "claim": _translate("Limitation", "Claim"),
        "interest": _translate("Limitation", "Interest after fundament"),
    }.get(component, component)


def outcome_texts() -> dict[str, str]:
    return {
        "maintained": _translate("Limitation", "Maintain the claim"),
        "reduced": _translate("Limitation", "Reduce the claim (credit)"),
        "dropped": _translate("Limitation", "Drop the claim"),
    }


def status_text(status: str) -> str:
    return {
        "open": _translate("Limitation", "Open"),
        "closed": _translate("Limitation", "Closed"),
    }.get(status, status)
