"""Fundaments (judgment bases): create, activate, reopen and close per debtor, their statistics,
and the merge values letters take from the active fundament.

May use: shared, statements, payment_plans. Public names below are what other features may use.
"""

from caplegal_desktop.services.fundaments.queries import merge_court_no, merge_hearing_at

__all__ = ["merge_court_no", "merge_hearing_at"]
