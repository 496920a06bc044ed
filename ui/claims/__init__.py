"""Fordringer: the three-pane claims window (new case, and Add/Adjust on an existing case).

It is opened by the case wizard and the case card; nothing to add to the main window itself.
"""

from __future__ import annotations


def install(window, app_context) -> None:
    """Nothing to register: the wizard and the case card open the claims window."""
