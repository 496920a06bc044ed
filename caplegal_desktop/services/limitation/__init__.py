"""Limitation (forældelse / preskription) and objections (indsigelser): the limitation date of
every claim with its explanation, user-added events, the list of claims soon time-barred, the
Role Center cue; objections registered and closed; the hold-back predicates the mass run asks.

May use: shared, journal. Public names below are what other features may use.
"""

from caplegal_desktop.services.limitation.objections import disputed_reasons, open_objections
from caplegal_desktop.services.limitation.queries import (
    add_limitation_to_claims,
    limitation_cue,
    limitation_list,
    time_barred_reasons,
)
from caplegal_desktop.services.limitation.statement_marks import (
    mark_claims,
    statement_print_marks,
)

__all__ = [
    "add_limitation_to_claims",
    "disputed_reasons",
    "limitation_cue",
    "limitation_list",
    "mark_claims",
    "open_objections",
    "statement_print_marks",
    "time_barred_reasons",
]
