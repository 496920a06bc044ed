"""Statements (inkassoopgørelse) read from the database: a case's or a debtor's statement as of
any date, the inputs the pure engine in `workflows.statement` needs, and case totals for lists.

May use: shared. Public names below are what other features may use.
"""

from caplegal_desktop.services.statements.queries import (
    InterestSetup,
    case_inputs,
    case_rate_warnings,
    case_statement,
    case_totals,
)

__all__ = ["InterestSetup", "case_inputs", "case_rate_warnings", "case_statement", "case_totals"]
